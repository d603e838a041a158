using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Cdr;

/// <summary>CSV as exports write it, read with Sep: what is counted, and every record that is not, by line.</summary>
public sealed class CsvCdrReaderTests
{
    [Fact]
    public void Crlf_and_lf_line_ends_quoted_fields_and_line_breaks_inside_them_keep_line_numbers_right()
    {
        HangupReport report = TestReports.FromText(
            "\uFEFFcall_uuid,note,hangup_cause_code\r\nc1,\"Doe, Jane\",3010\r\nc2,\"said \"\"hi\"\"\",\"4000\"\nc3,\"two\r\nlines\nthree\",3000\nc4,short\n");

        Assert.Equal(3, report.TotalCalls);
        Assert.Equal([(3000, 1), (3010, 1), (4000, 1)], report.Causes());
        Assert.Equal([new RowProblem(7, "The record has 2 fields; the header has 3.")], report.SkippedRows);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_with_its_line_and_reading_goes_on()
    {
        HangupReport report = TestReports.FromText("call_uuid,hangup_cause_code\nc1,\"3010\"\nc2,\"30\"x\nc3,4000\n");

        Assert.Equal(2, report.TotalCalls);
        Assert.Equal([new RowProblem(3, "Field 2 has 'x' after its closing quote (a quote inside a quoted field is written \"\").")], report.SkippedRows);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_reported()
    {
        HangupReport report = TestReports.FromText("call_uuid,hangup_cause_code\nc1,3010\nc2,30\"10\n");

        Assert.Equal(1, report.TotalCalls);
        Assert.Equal([new RowProblem(3, "Field 2 holds a quote but is not quoted (quote the whole field and double the quote).")], report.SkippedRows);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_at_the_line_it_opens_on()
    {
        HangupReport report = TestReports.FromText("call_uuid,hangup_cause_code,note\nc1,3010,\"fine\nstill fine\"\nc2,4000,\"open\nstill open\n");

        Assert.Equal(1, report.TotalCalls);
        Assert.Equal([new RowProblem(4, "The quoted field 3 opened on line 4 is never closed.")], report.SkippedRows);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_a_header_column_may_be_quoted_and_padded()
    {
        HangupReport report = TestReports.FromText("\n\" call_uuid \",HANGUP_CAUSE_CODE\n\nc1,3010\n\n");

        Assert.Equal(1, report.TotalCalls);
        Assert.Empty(report.SkippedRows);
    }

    [Fact]
    public void A_header_with_broken_quoting_is_refused()
    {
        CdrFormatException exception = Assert.Throws<CdrFormatException>(() => TestReports.FromText("call_uuid,\"code\"x\nc1,3010\n"));

        Assert.Equal("Line 1: the header cannot be read. Field 2 has 'x' after its closing quote (a quote inside a quoted field is written \"\").", exception.Message);
    }

    [Fact]
    public void Non_uuid_call_ids_and_uuids_in_other_cases_are_told_apart_exactly()
    {
        HangupReport report = TestReports.FromText(
            "call_uuid,hangup_cause_code\n"
            + "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36,3010\n"
            + "3E82AE9D-2C78-4D85-B1A4-6EAE7DBAFB36,3010\n"
            + "call-7,3010\n"
            + "call-7 ,3010\n"
            + "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36,4000\n");

        Assert.Equal(3, report.TotalCalls);
        Assert.Equal(
            [
                new RowProblem(5, "Repeats call_uuid call-7 of line 4; counted once."),
                new RowProblem(6, "Repeats call_uuid 3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36 of line 2; counted once."),
            ],
            report.SkippedRows);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Infrastructure;
using HangupGen;

namespace HangupAnalysis.Tests.Cdr;

/// <summary>Reports over small hand-made CDR exports, with counts worked out by hand.</summary>
public sealed class CdrReportTests
{
    /// <summary>Six good calls and, on line 6, a malformed code.</summary>
    internal const string SmallExport = """
        call_uuid,call_direction,end_time,bill_duration,hangup_cause_code,hangup_cause_name,hangup_source
        c1,outbound,2025-03-03 10:00:00,0,3010,Busy Line,Carrier
        c2,outbound,2025-03-03 11:00:00,0,3010,Busy Line,Carrier
        c3,outbound,2025-03-03 12:00:00,0,3000,No Answer,Plivo
        c4,inbound,2025-03-03 13:00:00,120,4000,Normal Hangup,Caller
        c5,outbound,2025-03-03 14:00:00,0,30x0,Busy Line,Carrier
        c6,outbound,2025-03-03 15:00:00,0,3015,,Carrier
        c7,outbound,2025-03-03 16:00:00,60,4000,Normal Hangup,Call recipient

        """;

    [Fact]
    public void A_small_export_is_counted_exactly_and_its_malformed_row_reported_by_line()
    {
        HangupReport report = TestReports.FromText(SmallExport);

        Assert.Equal(6, report.TotalCalls);
        Assert.Equal(new Dictionary<string, int> { ["Call Rejections"] = 4, ["Normal Completions"] = 2 }, report.Categories());
        Assert.Equal(new Dictionary<string, int> { ["Carrier"] = 3, ["Plivo"] = 1, ["Caller"] = 1, ["Call recipient"] = 1 }, report.Sources());
        Assert.Equal([(3010, 2), (4000, 2), (3000, 1), (3015, 1)], report.Causes());
        Assert.Equal(new Dictionary<string, int> { ["none"] = 2, ["retry"] = 3, ["fix"] = 0, ["alert"] = 0, ["investigate"] = 1 }, report.FollowUps());
        Assert.Equal(new Tally(3, 0.5), report.RetryWorthy);
        Assert.Equal(180, report.BilledSeconds);
        Assert.Equal(new CallPeriod(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 3, 16, 0, 0, TimeSpan.Zero)), report.Period);
        Assert.Equal(0, report.DuplicatesIgnored);
        RowProblem skipped = Assert.Single(report.SkippedRows);
        Assert.Equal(6, skipped.Line);
        Assert.Equal("hangup_cause_code '30x0' is not a hangup code: expected digits, such as those of the hangup cause table.", skipped.Message);
    }

    [Fact]
    public void Each_cause_carries_its_documented_next_steps_and_category()
    {
        HangupReport report = TestReports.FromText(SmallExport);

        CauseLine busy = report.ByCause.Single(line => line.Code == (int)HangupCause.BusyLine);
        Assert.Equal(new CauseLine(3010, "Busy Line", "Call Rejections", true, 2, 0.3333, "retry", HangupCause.BusyLine.GetNextSteps()), busy);
        CauseLine undocumented = report.ByCause.Single(line => !line.Documented);
        Assert.Equal(new CauseLine(3015, "Undocumented (Call Rejections range)", "Call Rejections", false, 1, 0.1667, "investigate", ReportLabels.UndocumentedNextSteps), undocumented);
    }

    [Fact]
    public void Quoted_fields_repeated_calls_short_rows_and_contradictions()
    {
        const string export = """
            call_uuid,caller_name,hangup_cause_code,hangup_cause_name,hangup_source
            c1,"Doe, Jane",4000,Normal Hangup,Caller
            c2,"A ""quoted"" name",1010,"Canceled (Out Of Credits)",Plivo
            c3,"two
            lines",3010,Busy Line,Carrier
            c1,"Doe, Jane",4000,Normal Hangup,Caller
            c4,short row
            c5,,,Rejected,Call recipient
            c6,,3010,Normal Hangup,Carrier
            """;

        HangupReport report = TestReports.FromText(export);

        Assert.Equal(4, report.TotalCalls);
        Assert.Equal([(1010, 1), (3010, 1), (3020, 1), (4000, 1)], report.Causes());
        Assert.Equal(1, report.DuplicatesIgnored);
        Assert.Equal(
            [
                new RowProblem(6, "Repeats call_uuid c1 of line 2; counted once."),
                new RowProblem(7, "The record has 2 fields; the header has 5."),
                new RowProblem(9, "hangup_cause_name 'Normal Hangup' is the name of code 4000, but hangup_cause_code is 3010 (Busy Line)."),
            ],
            report.SkippedRows);
        Assert.Equal(1, report.FollowUps()["alert"]);
    }

    [Fact]
    public void Callee_as_hangup_source_counts_as_the_call_recipient()
    {
        const string export = """
            call_uuid,hangup_cause_code,hangup_source
            c1,4000,Callee
            c2,4000,call recipient
            """;

        HangupReport report = TestReports.FromText(export);

        Assert.Empty(report.SkippedRows);
        Assert.Equal(new Dictionary<string, int> { [HangupSource.CallRecipient.GetName()] = 2 }, report.Sources());
    }

    [Fact]
    public void Every_bad_field_of_a_row_is_named()
    {
        const string export = """
            call_uuid,hangup_cause_code,hangup_source,bill_duration,end_time
            ,abc,Robot,1.5,soon
            """;

        RowProblem problem = Assert.Single(TestReports.FromText(export).SkippedRows);

        Assert.Equal(2, problem.Line);
        Assert.Equal(
            "call_uuid is missing. hangup_cause_code 'abc' is not a hangup code: expected digits, such as those of the hangup cause table. "
            + "hangup_source 'Robot' is not a documented hangup source (Unknown, Caller, Call recipient, Plivo, Carrier, API Request, Answer XML, Error). "
            + "bill_duration '1.5' is not a number of seconds. end_time 'soon' is not a time such as 2025-03-03 10:15:22.",
            problem.Message);
    }

    [Fact]
    public void Json_lines_take_numbers_or_strings_and_report_bad_lines_by_number()
    {
        const string export = """
            {"call_uuid":"j1","hangup_cause_code":3010,"hangup_cause_name":"Busy Line","hangup_source":"Carrier","bill_duration":0}
            {"call_uuid":"j2","hangup_cause_code":"4000","hangup_cause_name":"Normal Hangup","hangup_source":"Call recipient","bill_duration":95,"end_time":"2025-03-03 10:00:00+05:30"}

            {"call_uuid":"j3","hangup_cause_code":
            ["not","an","object"]
            {"call_uuid":"j4","hangup_cause_code":8011,"hangup_cause_name":"Invalid Answer XML","hangup_source":"Error","bill_duration":null}
            """;

        HangupReport report = TestReports.FromText(export, CdrFormat.JsonLines);

        Assert.Equal(3, report.TotalCalls);
        Assert.Equal([(3010, 1), (4000, 1), (8011, 1)], report.Causes());
        Assert.Equal(95, report.BilledSeconds);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 4, 30, 0, TimeSpan.Zero), report.Period!.FirstEnd);
        Assert.Equal([4, 5], report.SkippedRows.Select(problem => problem.Line));
        Assert.StartsWith("The line is not valid JSON", report.SkippedRows[0].Message, StringComparison.Ordinal);
        Assert.Equal("The line is a JSON array, not an object.", report.SkippedRows[1].Message);
        Assert.Equal(1, report.FollowUps()["alert"]);
    }

    [Theory]
    [InlineData("", "The file is empty: expected a header line naming the CDR fields.")]
    [InlineData("\n\nid,hangup_cause_code\n1,3010\n", "Line 3: the header has no call_uuid field (found: id, hangup_cause_code).")]
    [InlineData("call_uuid,hangup_source\nc1,Carrier\n", "Line 1: the header has neither hangup_cause_code nor hangup_cause_name.")]
    public void A_file_that_cannot_be_a_cdr_export_is_refused_with_a_reason(string text, string message)
    {
        CdrFormatException exception = Assert.Throws<CdrFormatException>(() => TestReports.FromText(text));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Progress_is_reported_as_the_file_is_read_and_ends_at_the_whole_file()
    {
        var text = new StringWriter();
        SampleCdrGenerator.Write(text, seed: 7, count: 5000);
        var reports = new List<CdrProgress>();

        HangupReport report = TestReports.FromText(text.ToString(), progress: new Collect(reports));

        Assert.Equal(5000, report.TotalCalls);
        Assert.True(reports.Count >= 3, $"{reports.Count} progress reports");
        Assert.Equal(reports.Select(progress => progress.BytesRead).Order(), reports.Select(progress => progress.BytesRead));
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Equal(5000, reports[^1].Rows);
    }

    [Theory]
    [InlineData("calls.csv", "{\"call_uuid\":1}", nameof(CdrFormat.Csv))]
    [InlineData("calls.jsonl", "call_uuid", nameof(CdrFormat.JsonLines))]
    [InlineData("calls.NDJSON", "call_uuid", nameof(CdrFormat.JsonLines))]
    [InlineData("export.txt", "\uFEFF  {\"call_uuid\":1}", nameof(CdrFormat.JsonLines))]
    [InlineData("export", "call_uuid,hangup_cause_code", nameof(CdrFormat.Csv))]
    public void The_format_is_told_by_extension_then_by_content(string fileName, string content, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        Assert.Equal(Enum.Parse<CdrFormat>(expected), CdrFormats.Detect(fileName, stream));
        Assert.Equal(0, stream.Position);
    }

    private sealed class Collect(List<CdrProgress> reports) : IProgress<CdrProgress>
    {
        public void Report(CdrProgress value) => reports.Add(value);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Table;

namespace HangupGen.Tests.Table;

/// <summary>RFC 4180 as <see cref="CsvReader"/> reads it: values, and where each record and field stands in the file.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void Fields_are_separated_by_commas_and_records_by_line_breaks()
    {
        Assert.Equal(
            [["code", "name"], ["3010", "Busy Line"]],
            Values("code,name\n3010,Busy Line\n"));
    }

    [Fact]
    public void Quoted_field_may_hold_commas()
    {
        Assert.Equal(
            [["3080", "Retry. If persistent, contact support"]],
            Values("""
                3080,"Retry. If persistent, contact support"
                """));
    }

    [Fact]
    public void Doubled_quote_inside_a_quoted_field_is_one_quote()
    {
        Assert.Equal(
            [["Retry later or use \"voicemail\"", "\""]],
            Values("\"Retry later or use \"\"voicemail\"\"\",\"\"\"\""));
    }

    [Fact]
    public void Quoted_field_may_hold_line_breaks_which_become_lf()
    {
        Assert.Equal(
            [["first\nsecond\n\nthird", "x"], ["next", "y"]],
            Values("\"first\r\nsecond\r\n\r\nthird\",x\r\nnext,y\r\n"));
        Assert.Equal(
            [["first\nsecond", "x"]],
            Values("\"first\rsecond\",x\r"));
        Assert.Equal(
            [["first\nsecond", "x"]],
            Values("\"first\nsecond\",x\n"));
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\r\nc,d")]
    [InlineData("a,b\nc,d")]
    [InlineData("\uFEFFa,b\nc,d\n")]
    [InlineData("\n\na,b\n   \n\t\nc,d\n\n")]
    [InlineData("a,b\r\n\r\n\r\nc,d")]
    public void Line_ends_bom_blank_lines_and_a_missing_final_newline_do_not_change_the_records(string text)
    {
        Assert.Equal([["a", "b"], ["c", "d"]], Values(text));
    }

    [Fact]
    public void Byte_order_mark_is_skipped_but_offsets_still_count_it()
    {
        List<CsvRecord> records = Read("\uFEFFcode,name");

        Assert.Equal("code", records[0].Fields[0].Value);
        Assert.Equal(1, records[0].Start);
        Assert.Equal(1, records[0].Fields[0].Start);
    }

    [Fact]
    public void Empty_fields_are_kept_wherever_they_are()
    {
        Assert.Equal(
            [["", "a", "", "b", ""], ["", "", ""], ["", "x"]],
            Values("""
                ,a,,b,
                ,"",
                "",x
                """));
    }

    [Fact]
    public void Unquoted_fields_keep_their_spaces_for_the_table_reader_to_trim()
    {
        Assert.Equal([[" 3010 ", "  Busy Line"]], Values(" 3010 ,  Busy Line"));
    }

    [Fact]
    public void Field_offsets_cover_the_quotes_and_record_offsets_stop_before_the_line_break()
    {
        const string Text = "3010,\"Busy, Line\"\r\n3020,x";

        List<CsvRecord> records = Read(Text);

        CsvField quoted = records[0].Fields[1];
        Assert.Equal("\"Busy, Line\"", Text.Substring(quoted.Start, quoted.Length));
        Assert.Equal("3010,\"Busy, Line\"", Text.Substring(records[0].Start, records[0].Length));
        Assert.Equal("3020,x", Text.Substring(records[1].Start, records[1].Length));
    }

    [Fact]
    public void Quoted_record_over_several_lines_is_one_record()
    {
        const string Text = "1,\"a\nb\nc\",2\n3,4,5";

        List<CsvRecord> records = Read(Text);

        Assert.Equal(2, records.Count);
        Assert.Equal("1,\"a\nb\nc\",2", Text.Substring(records[0].Start, records[0].Length));
    }

    [Fact]
    public void Malformed_record_is_skipped_and_reading_goes_on_at_the_next_line()
    {
        var problems = new ProblemCollector("/t.csv", "a,b\"c,d\ne,f");

        List<CsvRecord> records = Collect("a,b\"c,d\ne,f", problems, out int skipped);

        Assert.Equal([["e", "f"]], records.Select(r => r.Fields.Select(f => f.Value).ToArray()).ToArray());
        Assert.Equal("HG1002", Assert.Single(problems.Problems).Id);
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void Unterminated_quote_is_reported_and_ends_the_file()
    {
        var problems = new ProblemCollector("/t.csv", "a,b\n\"c,d\ne,f");

        List<CsvRecord> records = Collect("a,b\n\"c,d\ne,f", problems, out int skipped);

        Assert.Equal([["a", "b"]], records.Select(r => r.Fields.Select(f => f.Value).ToArray()).ToArray());
        Assert.Equal("HG1001", Assert.Single(problems.Problems).Id);
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void Line_of_commas_is_a_record_of_empty_fields_not_a_blank_line()
    {
        Assert.Equal([["", "", ""]], Values(",,"));
    }

    private static List<CsvRecord> Read(string text)
    {
        var problems = new ProblemCollector("/t.csv", text);
        List<CsvRecord> records = Collect(text, problems, out int skipped);
        Assert.Empty(problems.Problems);
        Assert.Equal(0, skipped);
        return records;
    }

    /// <summary>The records in the order the reader hands them over, and how many it skipped.</summary>
    private static List<CsvRecord> Collect(string text, ProblemCollector problems, out int skipped)
    {
        var records = new List<CsvRecord>();
        skipped = CsvReader.Read(text, problems, records.Add, CancellationToken.None);
        return records;
    }

    private static string[][] Values(string text)
        => Read(text).Select(record => record.Fields.Select(field => field.Value).ToArray()).ToArray();
}

using System.Collections.Generic;
using System.Linq;
using System.IO;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Cdr;

/// <summary>Reports over small hand-made Bolna exports written to files, with counts worked out by hand.</summary>
public sealed class BolnaReportTests
{
    private const string NotRecorded = "(not recorded)";

    /// <summary>
    /// Ten calls: every kind of hangup_by spelling, an all-empty row, an undocumented code and the
    /// undocumented pairs (Caller, 3010) twice, (Carrier, 3015) and (not recorded, 4000); then on lines
    /// 10 to 13 an unknown hangup_by, a malformed code, an unknown reason and a repeated id.
    /// </summary>
    private const string CsvExport = """
        id,agent_id,hangup_by,hangup_code,hangup_reason,transcript
        e1,a1,Callee,4000,Call recipient hungup,"Thanks, bye"
        e2,a1,API Request,4000,llm_prompted_hangup,
        e3,a1,Carrier,3010,Call recipient was busy,
        e4,a2,Caller,3010,Call recipient was busy,
        e5,a2,,,,
        e6,a2,Unknown,0,Unknown,
        e7,a2,Plivo,3000,inactivity_timeout,
        e8,a2,Carrier,3015,Carrier declined,
        e9,a3,Robot,4000,Call ended,
        e10,a3,Caller,40x0,Call ended,
        e11,a3,Caller,4000,Agent got bored,
        e3,a1,Carrier,3010,Call recipient was busy,
        e12,a3,CALLER,3010,call recipient was busy,
        ,a3,,4000,Call ended,

        """;

    [Fact]
    public void A_csv_export_is_counted_by_hangup_by_reason_and_code_with_its_bad_rows_by_line()
    {
        using var directory = new TempDirectory();

        BolnaReport report = TestBolnaReports.FromFile(directory.Write("bolna.csv", CsvExport));

        Assert.Equal(10, report.TotalCalls);
        Assert.Equal(
            new Dictionary<string, int> { ["Call recipient"] = 1, ["API Request"] = 1, ["Carrier"] = 2, ["Caller"] = 2, ["Unknown"] = 1, ["Plivo"] = 1, [NotRecorded] = 2 },
            report.HangupBy());
        Assert.Equal(NotRecorded, report.ByHangupBy[^1].Source);
        Assert.Equal(new Dictionary<string, int> { ["Bolna"] = 2, ["Telephony provider"] = 7, [NotRecorded] = 1 }, report.Sides());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["llm_prompted_hangup"] = 1, ["inactivity_timeout"] = 1,
                ["Call recipient was busy"] = 3, ["Call recipient hungup"] = 1, ["Unknown"] = 1, ["Carrier declined"] = 1, ["Call ended"] = 1,
                [NotRecorded] = 1,
            },
            report.Reasons());
        Assert.Equal(new Dictionary<string, int> { ["Call Rejections"] = 5, ["Normal Completions"] = 3, ["Unknown"] = 1 }, report.Categories());
        Assert.Equal([(3010, 3), (4000, 3), (0, 1), (3000, 1), (3015, 1)], report.Causes());
        Assert.Equal(new Tally(1, 0.1), report.CodeNotRecorded);
        Assert.Equal([("Caller", 3010, 2), (NotRecorded, 4000, 1), ("Carrier", 3015, 1)], report.Pairs());
        Assert.Equal(1, report.DuplicatesIgnored);
        Assert.Equal(
            [
                new RowProblem(10, "hangup_by 'Robot' is not a documented hangup source (Unknown, Caller, Call recipient, Plivo, Carrier, API Request, Answer XML, Error)."),
                new RowProblem(11, "hangup_code '40x0' is not a hangup code: expected digits, such as those of the hangup cause table."),
                new RowProblem(12, "hangup_reason 'Agent got bored' is not a documented hangup reason of Bolna or its telephony providers."),
                new RowProblem(13, "Repeats id e3 of line 4; counted once."),
            ],
            report.SkippedRows);
    }

    [Fact]
    public void A_json_lines_export_reads_numbers_nulls_and_execution_id()
    {
        const string export = """
            {"execution_id":"x1","hangup_by":"Callee","hangup_code":3020,"hangup_reason":"Call recipient rejected","telephony_data":{"duration":"12"}}
            {"execution_id":"x2","hangup_by":null,"hangup_code":null,"hangup_reason":null}
            {"execution_id":"x3","hangup_by":"Plivo","hangup_code":"6010","hangup_reason":"Call unanswered"}
            {"execution_id":
            {"execution_id":"x1","hangup_by":"Callee","hangup_code":3020,"hangup_reason":"Call recipient rejected"}
            {"execution_id":"x4","hangup_by":"Error","hangup_code":4000,"hangup_reason":"Bolna Error"}
            {"execution_id":"x5","hangup_by":"Caller","hangup_code":"abc","hangup_reason":"failed"}
            """;
        using var directory = new TempDirectory();

        BolnaReport report = TestBolnaReports.FromFile(directory.Write("bolna.jsonl", export));

        Assert.Equal(4, report.TotalCalls);
        Assert.Equal(new Dictionary<string, int> { ["Call recipient"] = 1, ["Plivo"] = 1, ["Error"] = 1, [NotRecorded] = 1 }, report.HangupBy());
        Assert.Equal(new Dictionary<string, int> { ["Telephony provider"] = 3, [NotRecorded] = 1 }, report.Sides());
        Assert.Equal([(3020, 1), (4000, 1), (6010, 1)], report.Causes());
        Assert.Equal(1, report.CodeNotRecorded.Calls);
        Assert.Equal([("Error", 4000, 1)], report.Pairs());
        Assert.Equal([4, 5, 7], report.SkippedRows.Select(problem => problem.Line));
        Assert.StartsWith("The line is not valid JSON", report.SkippedRows[0].Message, System.StringComparison.Ordinal);
        Assert.Equal("Repeats execution_id x1 of line 1; counted once.", report.SkippedRows[1].Message);
        Assert.Equal("hangup_code 'abc' is not a hangup code: expected digits, such as those of the hangup cause table.", report.SkippedRows[2].Message);
    }

    [Fact]
    public void Without_an_id_every_row_is_a_call()
    {
        const string export = """
            hangup_by,hangup_code,hangup_reason
            Caller,4000,Call ended
            Caller,4000,Call ended
            """;
        using var directory = new TempDirectory();

        BolnaReport report = TestBolnaReports.FromFile(directory.Write("bolna.csv", export));

        Assert.Equal(2, report.TotalCalls);
        Assert.Empty(report.SkippedRows);
        Assert.Empty(report.UndocumentedPairs);
    }

    [Theory]
    [InlineData("id,hangup_by,hangup_reason\n1,Caller,Call ended\n", "Line 1: a Bolna export needs hangup_by, hangup_code and hangup_reason; the header lacks hangup_code.")]
    [InlineData("id,hangup_reason\n1,Call ended\n", "Line 1: a Bolna export needs hangup_by, hangup_code and hangup_reason; the header lacks hangup_by, hangup_code.")]
    public void A_bolna_header_without_its_three_fields_is_refused(string text, string message)
    {
        using var directory = new TempDirectory();

        CdrFormatException exception = Assert.Throws<CdrFormatException>(() => TestBolnaReports.FromFile(directory.Write("bolna.csv", text)));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void The_header_decides_which_report_an_export_gets()
    {
        using var directory = new TempDirectory();
        string bolna = directory.Write("bolna.csv", "hangup_by,hangup_code,hangup_reason\nCaller,4000,Call ended\n");
        string plivo = directory.Write("plivo.csv", "call_uuid,hangup_cause_code\nc1,4000\n");

        ExportReport fromBolna = Build(bolna);
        ExportReport fromPlivo = Build(plivo);

        Assert.Null(fromBolna.Plivo);
        Assert.Equal(1, fromBolna.Bolna!.TotalCalls);
        Assert.Null(fromPlivo.Bolna);
        Assert.Equal(1, fromPlivo.Plivo!.TotalCalls);
    }

    private static ExportReport Build(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return CdrReport.BuildAny(stream, CdrFormat.Csv, Path.GetFileName(path));
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Infrastructure;
using HangupGen;

namespace HangupAnalysis.Tests.Cdr;

/// <summary>
/// The embedded Bolna export (Data/sample-bolna.csv): 274 calls in a fixed order, covering every
/// hangup_by and every documented reason, with four undocumented pairs and four bad rows. The counts
/// are those the file was written with.
/// </summary>
public sealed class SampleBolnaTests
{
    private const string NotRecorded = "(not recorded)";

    [Fact]
    public void Every_call_is_counted_by_hangup_by_including_not_recorded()
    {
        BolnaReport report = Build();

        Assert.Equal(274, report.TotalCalls);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Call recipient"] = 70, ["API Request"] = 58, ["Carrier"] = 56, ["Caller"] = 31, ["Error"] = 21, ["Plivo"] = 20, ["Unknown"] = 4, [NotRecorded] = 14,
            },
            report.HangupBy());
    }

    [Fact]
    public void Every_documented_reason_appears_with_its_side()
    {
        BolnaReport report = Build();

        Assert.Equal(new Dictionary<string, int> { ["Bolna"] = 48, ["Telephony provider"] = 214, [NotRecorded] = 12 }, report.Sides());
        Assert.Equal(HangupReasons.All.Select(reason => reason.GetName()).Append(NotRecorded).Order(), report.ByReason.Select(line => line.Reason).Order());
        Assert.All(
            report.ByReason.Where(line => line.Reason != NotRecorded),
            line => Assert.Equal(ReportLabels.ReasonSide(HangupReasons.TryParse(line.Reason, out HangupReason reason) ? reason.GetSide() : default), line.Side));
        Assert.Equal(30, report.Reasons()[HangupReasonNames.LlmPromptedHangup]);
        Assert.Equal(18, report.Reasons()[HangupReasonNames.InactivityTimeout]);
    }

    [Fact]
    public void Codes_are_counted_by_category_with_the_undocumented_pairs_and_bad_rows()
    {
        BolnaReport report = Build();

        Assert.Equal(12, report.CodeNotRecorded.Calls);
        Assert.Equal(138, report.ByCause.Single(line => line.Code == (int)HangupCause.NormalHangup).Calls);
        Assert.Equal(2, report.ByCause.Single(line => !line.Documented).Calls);
        Assert.Equal(62, report.Categories()["Call Rejections"]);
        Assert.Equal(
            [("Caller", 3010, 3), (NotRecorded, 4000, 2), ("Call recipient", 6010, 2), ("Carrier", 3015, 2)],
            report.Pairs());
        Assert.Equal(1, report.DuplicatesIgnored);
        Assert.Equal([42, 122, 202, 262], report.SkippedRows.Select(problem => problem.Line));
    }

    private static BolnaReport Build()
    {
        using Stream stream = SampleBolna.Open();
        return CdrReport.BuildBolna(stream, CdrFormat.Csv, SampleBolna.FileName);
    }
}

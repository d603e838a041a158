using System.IO;
using System.Linq;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Cdr;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Reports;

public sealed class TextReportWriterTests
{
    [Fact]
    public void The_report_of_a_small_export_reads_as_expected()
    {
        var text = new StringWriter { NewLine = "\n" };

        TextReportWriter.Write(TestReports.FromText(CdrReportTests.SmallExport), text);

        Assert.Equal(
            """
            Why calls ended: test
            6 calls, ended 2025-03-03 10:00 UTC to 2025-03-03 16:00 UTC, 3 billed minutes.

            By category                                            Calls   Share
              Call Rejections (3000-3050)                              4   66.7%
              Normal Completions (4000-4030)                           2   33.3%

            By source (who hung up)                                Calls   Share
              Carrier                                                  3   50.0%
              Caller                                                   1   16.7%
              Call recipient                                           1   16.7%
              Plivo                                                    1   16.7%

            By cause                                               Calls   Share  Follow-up
              3010  Busy Line                                          2   33.3%  retry
                    Next steps: Retry later or implement voicemail fallback
              4000  Normal Hangup                                      2   33.3%  none
                    Next steps: None - call completed successfully
              3000  No Answer                                          1   16.7%  retry
                    Next steps: Retry. Check if destination is online
              3015  Undocumented (Call Rejections range)               1   16.7%  investigate
                    Next steps: Not in the hangup table: look the code up in Plivo's hangup causes and add it to HangupCodes.csv.

            Follow-up (retry and alert policy)                     Calls   Share
              none        completed, or ended on purpose               2   33.3%
              retry       transient: call again later                  3   50.0%
              fix         change number, caller ID, settings           0    0.0%
              alert       our server or XML, credits, platform         0    0.0%
              investigate undocumented: look it up first               1   16.7%

            Retry-worthy: 3 of 6 calls (50.0%).

            Not counted: 1 row
              line 6: hangup_cause_code '30x0' is not a hangup code: expected digits, such as those of the hangup cause table.

            """,
            text.ToString());
    }

    [Fact]
    public void An_unrecognized_cause_is_shown_quoted_and_long_skip_lists_are_cut()
    {
        var statistics = new HangupStatistics();
        statistics.Add(HangupAnalysis.Hangups.ResolvedCause.Unrecognized("NORMAL_CLEARING"), null);
        RowProblem[] skipped = Enumerable.Range(2, 25).Select(line => new RowProblem(line, "bad")).ToArray();
        var text = new StringWriter { NewLine = "\n" };

        TextReportWriter.Write(statistics.ToReport("test", 0, skipped), text);

        string report = text.ToString();
        Assert.Contains("        'NORMAL_CLEARING' (unrecognized)", report, System.StringComparison.Ordinal);
        Assert.Contains("  Not reported                                             1  100.0%", report, System.StringComparison.Ordinal);
        Assert.Contains("  line 21: bad\n  ... and 5 more\n", report, System.StringComparison.Ordinal);
        Assert.DoesNotContain("line 22", report, System.StringComparison.Ordinal);
    }
}

using System.IO;
using System.Linq;

namespace HangupAnalysis.Reports;

/// <summary>Writes a <see cref="BolnaReport"/> as the plain-text report the <c>report</c> command prints for a Bolna export.</summary>
internal static class BolnaTextReportWriter
{
    // Wider than the CDR report's: reasons such as "Carrier ended call because MPC duration limit exceeded" fit.
    private const int LabelWidth = 62;

    /// <summary>Writes the report.</summary>
    public static void Write(BolnaReport report, TextWriter writer)
    {
        writer.WriteLine($"Why calls ended (Bolna export): {report.Source}");
        string duplicates = report.DuplicatesIgnored > 0
            ? $"; {ReportFormat.Count(report.DuplicatesIgnored)} repeated {TextReportWriter.Plural(report.DuplicatesIgnored, "call")} counted once"
            : string.Empty;
        writer.WriteLine($"{ReportFormat.Count(report.TotalCalls)} {TextReportWriter.Plural(report.TotalCalls, "call")}{duplicates}.");

        writer.WriteLine();
        TextReportWriter.Header(writer, "By who hung up (hangup_by)", "Calls", "Share", labelWidth: LabelWidth);
        foreach (SourceLine line in report.ByHangupBy)
        {
            TextReportWriter.Row(writer, $"  {line.Source}", line.Calls, line.Share, labelWidth: LabelWidth);
        }

        writer.WriteLine();
        TextReportWriter.Header(writer, "By reason (hangup_reason), by who reports it", "Calls", "Share", labelWidth: LabelWidth);
        foreach (ReasonSideLine side in report.ByReasonSide)
        {
            TextReportWriter.Row(writer, $"  {side.Side}", side.Calls, side.Share, labelWidth: LabelWidth);
            foreach (ReasonLine line in report.ByReason.Where(line => line.Side == side.Side && line.Reason != side.Side))
            {
                TextReportWriter.Row(writer, $"    {line.Reason}", line.Calls, line.Share, labelWidth: LabelWidth);
            }
        }

        writer.WriteLine();
        TextReportWriter.Header(writer, "By category (hangup_code)", "Calls", "Share", labelWidth: LabelWidth);
        TextReportWriter.Categories(writer, report.ByCategory, LabelWidth);
        NotRecorded(writer, report.CodeNotRecorded);

        writer.WriteLine();
        TextReportWriter.Header(writer, "By cause (hangup_code)", "Calls", "Share", "  Follow-up", LabelWidth);
        TextReportWriter.Causes(writer, report.ByCause, LabelWidth);
        NotRecorded(writer, report.CodeNotRecorded);

        writer.WriteLine();
        if (report.UndocumentedPairs.Count == 0)
        {
            writer.WriteLine("Every (hangup_by, hangup_code) pair is documented by Plivo or Bolna.");
        }
        else
        {
            writer.WriteLine("Pairs neither Plivo's table (the cause's sources) nor Bolna's (the codes under hangup_by) documents:");
            writer.WriteLine($"{"  hangup_by / hangup_code".PadRight(LabelWidth)}{"Calls",8}");
            foreach (PairLine line in report.UndocumentedPairs)
            {
                writer.WriteLine($"{$"  {line.HangupBy} / {line.Cause}".PadRight(LabelWidth)}{ReportFormat.Count(line.Calls),8}");
            }
        }

        TextReportWriter.SkippedRows(writer, report.SkippedRows);
    }

    private static void NotRecorded(TextWriter writer, Tally calls)
    {
        if (calls.Calls > 0)
        {
            TextReportWriter.Row(writer, $"  {ReportLabels.NotRecorded}", calls.Calls, calls.Share, labelWidth: LabelWidth);
        }
    }
}

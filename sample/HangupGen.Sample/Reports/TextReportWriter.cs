using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Writes a <see cref="HangupReport"/> as the plain-text report the <c>report</c> command prints.</summary>
internal static class TextReportWriter
{
    private const int LabelWidth = 52;
    private const int MaxSkippedRowsShown = 20;

    /// <summary>Writes the report.</summary>
    public static void Write(HangupReport report, TextWriter writer)
    {
        writer.WriteLine($"Why calls ended: {report.Source}");
        writer.WriteLine(Summary(report));

        writer.WriteLine();
        Header(writer, "By category", "Calls", "Share");
        Categories(writer, report.ByCategory);

        writer.WriteLine();
        Header(writer, "By source (who hung up)", "Calls", "Share");
        foreach (SourceLine line in report.BySource)
        {
            Row(writer, $"  {line.Source}", line.Calls, line.Share);
        }

        writer.WriteLine();
        Header(writer, "By cause", "Calls", "Share", "  Follow-up");
        Causes(writer, report.ByCause);

        writer.WriteLine();
        Header(writer, "Follow-up (retry and alert policy)", "Calls", "Share");
        foreach (FollowUpLine line in report.ByFollowUp)
        {
            Row(writer, $"  {line.FollowUp,-12}{line.Meaning}", line.Calls, line.Share);
        }

        writer.WriteLine();
        writer.WriteLine($"Retry-worthy: {ReportFormat.Count(report.RetryWorthy.Calls)} of {ReportFormat.Count(report.TotalCalls)} calls ({ReportFormat.Percent(report.RetryWorthy.Share)}).");

        // Only callbacks carry these fields: a CDR export's report has none of the three sections.
        Statuses(writer, "By call status (hangup callbacks)", report.ByCallStatus);
        Statuses(writer, "Dial outcome: by Dial status (Dial events)", report.ByDialStatus);
        if (report.ByDialCause.Count > 0)
        {
            writer.WriteLine();
            Header(writer, "Dial outcome: by telephony cause (Dial events)", "Calls", "Share", "  SIP");
            foreach (TelephonyCauseLine line in report.ByDialCause)
            {
                string code = line.Code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                string sip = line.SipStatus?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                Row(writer, $"  {code,-4}  {line.Name}", line.Calls, line.Share, sip.Length > 0 ? $"  {sip}" : string.Empty);
            }
        }

        SkippedRows(writer, report.SkippedRows);
    }

    /// <summary>The lines of a category breakdown, each with its documented range.</summary>
    internal static void Categories(TextWriter writer, IEnumerable<CategoryLine> lines, int labelWidth = LabelWidth)
    {
        foreach (CategoryLine line in lines)
        {
            string range = line.FirstCode is int first && line.LastCode is int last ? $" ({ReportFormat.Range(first, last)})" : string.Empty;
            Row(writer, $"  {line.Category}{range}", line.Calls, line.Share, labelWidth: labelWidth);
        }
    }

    /// <summary>The lines of a cause breakdown, each with its follow-up and next steps.</summary>
    internal static void Causes(TextWriter writer, IEnumerable<CauseLine> lines, int labelWidth = LabelWidth)
    {
        foreach (CauseLine line in lines)
        {
            string code = line.Code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            string name = line.Code is null ? $"'{line.Name}' (unrecognized)" : line.Name;
            Row(writer, $"  {code,-4}  {name}", line.Calls, line.Share, $"  {line.FollowUp}", labelWidth);
            writer.WriteLine($"        Next steps: {line.NextSteps}");
        }
    }

    /// <summary>The rows not counted, by line (the first few), when there are any.</summary>
    internal static void SkippedRows(TextWriter writer, IReadOnlyList<RowProblem> skippedRows)
    {
        if (skippedRows.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"Not counted: {ReportFormat.Count(skippedRows.Count)} {Plural(skippedRows.Count, "row")}");
            foreach (RowProblem problem in skippedRows.Take(MaxSkippedRowsShown))
            {
                writer.WriteLine($"  line {ReportFormat.Count(problem.Line)}: {problem.Message}");
            }

            if (skippedRows.Count > MaxSkippedRowsShown)
            {
                writer.WriteLine($"  ... and {ReportFormat.Count(skippedRows.Count - MaxSkippedRowsShown)} more");
            }
        }
    }

    private static void Statuses(TextWriter writer, string title, IReadOnlyList<StatusLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        Header(writer, title, "Calls", "Share");
        foreach (StatusLine line in lines)
        {
            Row(writer, $"  {line.Status}", line.Calls, line.Share);
        }
    }

    private static string Summary(HangupReport report)
    {
        string calls = $"{ReportFormat.Count(report.TotalCalls)} {Plural(report.TotalCalls, "call")}";
        string period = report.Period is CallPeriod p ? $", ended {ReportFormat.Time(p.FirstEnd)} to {ReportFormat.Time(p.LastEnd)}" : string.Empty;
        string billed = $", {ReportFormat.Count(report.BilledSeconds / 60)} billed minutes";
        string duplicates = report.DuplicatesIgnored > 0
            ? $"; {ReportFormat.Count(report.DuplicatesIgnored)} repeated {Plural(report.DuplicatesIgnored, "call")} counted once"
            : string.Empty;
        return $"{calls}{period}{billed}{duplicates}.";
    }

    internal static void Header(TextWriter writer, string title, string calls, string share, string extra = "", int labelWidth = LabelWidth)
        => writer.WriteLine($"{title.PadRight(labelWidth)}{calls,8}{share,8}{extra}");

    internal static void Row(TextWriter writer, string label, int calls, double share, string extra = "", int labelWidth = LabelWidth)
        => writer.WriteLine($"{label.PadRight(labelWidth)}{ReportFormat.Count(calls),8}{ReportFormat.Percent(share),8}{extra}");

    internal static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}

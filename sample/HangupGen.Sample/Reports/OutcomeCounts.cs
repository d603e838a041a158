using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using HangupGen;

namespace HangupAnalysis.Reports;

/// <summary>
/// Counts how calls ended by the status fields of the callbacks: <c>CallStatus</c> of hangup callbacks,
/// <c>DialStatus</c> and <c>DialHangupCause</c> of Dial events. The text is counted as it was sent and
/// read through the generated tables (<see cref="CallStatuses"/>, <see cref="DialStatuses"/>,
/// <see cref="TelephonyCauses"/>) only when the report is built: a value the table lacks is kept in a
/// bucket of its own ("undocumented: queued"), never dropped, and counts as documented once the table has it.
/// </summary>
internal sealed class OutcomeCounts
{
    private readonly Dictionary<string, int> _callStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Status, string Cause), int> _dial = new();

    /// <summary>Counts <paramref name="calls"/> hangup callbacks whose <c>CallStatus</c> was <paramref name="text"/> (null: not sent).</summary>
    public void AddCallStatus(string? text, int calls = 1)
        => CollectionsMarshal.GetValueRefOrAddDefault(_callStatus, Key(text), out _) += calls;

    /// <summary>Counts <paramref name="calls"/> Dial events with <c>DialStatus</c> <paramref name="status"/> and <c>DialHangupCause</c> <paramref name="cause"/>.</summary>
    public void AddDialOutcome(string? status, string? cause, int calls = 1)
        => CollectionsMarshal.GetValueRefOrAddDefault(_dial, (Key(status), Key(cause)), out _) += calls;

    /// <summary>The hangup callbacks by call status.</summary>
    public StatusLine[] CallStatusLines()
        => StatusLines(_callStatus.Select(pair => (pair.Key, pair.Value)), text => CallStatuses.TryParse(text, out CallStatus status)
            ? new Bucket(status.GetName(), true, status.GetDescription(), (int)status, null, null)
            : null);

    /// <summary>The Dial events by Dial status.</summary>
    public StatusLine[] DialStatusLines()
        => StatusLines(_dial.Select(pair => (pair.Key.Status, pair.Value)), text => DialStatuses.TryParse(text, out DialStatus status)
            ? new Bucket(status.GetName(), true, status.GetDescription(), (int)status, null, null)
            : null);

    /// <summary>The Dial events by telephony cause.</summary>
    public TelephonyCauseLine[] DialCauseLines()
        => Group(_dial.Select(pair => (pair.Key.Cause, pair.Value)), text => TelephonyCauses.TryParse(text, out TelephonyCause cause)
                ? new Bucket(cause.GetName(), true, cause.GetDescription(), (int)cause, (int)cause, cause.GetSipStatus())
                : null)
            .Select(line => new TelephonyCauseLine(line.Bucket.Code, line.Bucket.Name, line.Bucket.Documented, line.Bucket.SipStatus, line.Bucket.Description, line.Calls, line.Share))
            .ToArray();

    private static string Key(string? text) => text?.Trim() ?? string.Empty;

    private static StatusLine[] StatusLines(IEnumerable<(string Text, int Calls)> counts, Func<string, Bucket?> documented)
        => Group(counts, documented)
            .Select(line => new StatusLine(line.Bucket.Name, line.Bucket.Documented, line.Bucket.Description, line.Calls, line.Share))
            .ToArray();

    // Most frequent first; among equals, documented values in table order, then undocumented text, then not reported.
    private static IEnumerable<(Bucket Bucket, int Calls, double Share)> Group(IEnumerable<(string Text, int Calls)> counts, Func<string, Bucket?> documented)
    {
        (string Text, int Calls)[] all = counts.ToArray();
        int total = all.Sum(count => count.Calls);
        return all
            .GroupBy(count => Classify(count.Text, documented))
            .Select(group => (Bucket: group.Key, Calls: group.Sum(count => count.Calls)))
            .OrderByDescending(line => line.Calls)
            .ThenBy(line => line.Bucket.Order)
            .ThenBy(line => line.Bucket.Name, StringComparer.Ordinal)
            .Select(line => (line.Bucket, line.Calls, total == 0 ? 0 : Math.Round((double)line.Calls / total, 4)));
    }

    private static Bucket Classify(string text, Func<string, Bucket?> documented)
    {
        if (text.Length == 0)
        {
            return new Bucket(ReportLabels.SourceNotReported, false, ReportLabels.NotReportedMeaning, int.MaxValue, null, null);
        }

        return documented(text) ?? new Bucket(ReportLabels.UndocumentedValue(text), false, ReportLabels.UndocumentedValueMeaning, int.MaxValue - 1, null, null);
    }

    /// <summary>A line of a breakdown: a documented value, or a bucket for text the table lacks or a field not sent.</summary>
    private readonly record struct Bucket(string Name, bool Documented, string Description, int Order, int? Code, int? SipStatus);
}

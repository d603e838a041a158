using System;
using System.Collections.Generic;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>
/// Why calls ended: what the <c>report</c> command prints for a CDR export and <c>GET /stats</c>
/// returns as JSON for the stored callbacks. Shares are fractions of <see cref="TotalCalls"/> (0.25 = 25%).
/// </summary>
/// <param name="Source">What was read: a file name, or the stored callbacks.</param>
/// <param name="TotalCalls">The calls counted, each once.</param>
/// <param name="Period">When the first and last counted calls ended, when the input says.</param>
/// <param name="BilledSeconds">The billed duration of all counted calls.</param>
/// <param name="ByCategory">Counts per category, most frequent first.</param>
/// <param name="BySource">Counts per hangup source (who hung up), most frequent first.</param>
/// <param name="ByCause">Counts per cause, most frequent first, with the documented next steps.</param>
/// <param name="ByFollowUp">Counts per follow-up of the retry and alert policy, in policy order.</param>
/// <param name="RetryWorthy">The calls worth calling again.</param>
/// <param name="DuplicatesIgnored">Repeated rows or callback deliveries for a call already counted.</param>
/// <param name="SkippedRows">Rows that were not counted (malformed or repeated), with their line numbers.</param>
internal sealed record HangupReport(
    string Source,
    int TotalCalls,
    CallPeriod? Period,
    long BilledSeconds,
    IReadOnlyList<CategoryLine> ByCategory,
    IReadOnlyList<SourceLine> BySource,
    IReadOnlyList<CauseLine> ByCause,
    IReadOnlyList<FollowUpLine> ByFollowUp,
    Tally RetryWorthy,
    int DuplicatesIgnored,
    IReadOnlyList<RowProblem> SkippedRows)
{
    /// <summary>Calls per day (UTC) of the calls whose end time is known, each day by category; empty when no time is known.</summary>
    public IReadOnlyList<DayLine> ByDay { get; init; } = [];

    /// <summary>
    /// Hangup callbacks by <c>CallStatus</c>, most frequent first; shares are of those callbacks. A value
    /// the table does not document is counted as "undocumented: queued"; a callback without one as "Not reported".
    /// Empty when no hangup callback was counted (CDR exports have no call status).
    /// </summary>
    public IReadOnlyList<StatusLine> ByCallStatus { get; init; } = [];

    /// <summary>Dial events by <c>DialStatus</c>, most frequent first; shares are of the Dial events. Empty without Dial events.</summary>
    public IReadOnlyList<StatusLine> ByDialStatus { get; init; } = [];

    /// <summary>
    /// Dial events by <c>DialHangupCause</c> read as a standard telephony cause (<c>NORMAL_CLEARING</c> or <c>16</c>),
    /// most frequent first; shares are of the Dial events. Empty without Dial events.
    /// </summary>
    public IReadOnlyList<TelephonyCauseLine> ByDialCause { get; init; } = [];
}

/// <summary>One call status or Dial status: documented (as Plivo spells it), undocumented ("undocumented: queued"), or not reported.</summary>
/// <param name="Status">The documented value as sent on the wire, "undocumented: " and the text as sent, or "Not reported".</param>
/// <param name="Documented">Whether Plivo documents the value.</param>
/// <param name="Description">Plivo's description of the value, or what the bucket holds.</param>
/// <param name="Calls">The calls (or Dial events) with that status.</param>
/// <param name="Share">Their share of the breakdown.</param>
internal sealed record StatusLine(string Status, bool Documented, string Description, int Calls, double Share);

/// <summary>One telephony cause of Dial events: documented (with its number and SIP status) or undocumented.</summary>
/// <param name="Code">The cause's number (Q.850 where it has one); null when undocumented.</param>
/// <param name="Name">The documented name, such as <c>USER_BUSY</c>, or "undocumented: " and the text as sent.</param>
/// <param name="Documented">Whether the telephony cause table documents it.</param>
/// <param name="SipStatus">The SIP response status the cause maps to, when it has one.</param>
/// <param name="Description">The documented description, or what the bucket holds.</param>
/// <param name="Calls">The Dial events that ended with it.</param>
/// <param name="Share">Their share of the Dial events.</param>
internal sealed record TelephonyCauseLine(int? Code, string Name, bool Documented, int? SipStatus, string Description, int Calls, double Share);

/// <summary>The calls that ended on one day (UTC), by category, in the order of <see cref="HangupReport.ByCategory"/>.</summary>
/// <param name="Date">The day, as <c>2025-03-03</c>.</param>
/// <param name="Calls">The calls that ended that day.</param>
/// <param name="ByCategory">Those calls by category.</param>
internal sealed record DayLine(string Date, int Calls, IReadOnlyList<DayCategory> ByCategory);

/// <summary>The calls of one category on one day.</summary>
internal sealed record DayCategory(string Category, int Calls);

/// <summary>When the first and the last counted calls ended.</summary>
internal sealed record CallPeriod(DateTimeOffset FirstEnd, DateTimeOffset LastEnd);

/// <summary>A number of calls and its share of the total.</summary>
internal sealed record Tally(int Calls, double Share);

/// <summary>One category: a documented one with its range, or a bucket for codes outside every range or unrecognized text.</summary>
internal sealed record CategoryLine(string Category, int? FirstCode, int? LastCode, int Calls, double Share);

/// <summary>One hangup source, or the bucket of calls whose source was not reported.</summary>
internal sealed record SourceLine(string Source, int Calls, double Share);

/// <summary>One cause: documented, an undocumented code, or unrecognized text.</summary>
/// <param name="Code">The hangup code; null for unrecognized text.</param>
/// <param name="Name">The documented name, "Undocumented (Call Rejections range)", or the unrecognized text as sent.</param>
/// <param name="Category">The category name (for an undocumented code, the one whose range holds it).</param>
/// <param name="Documented">Whether the hangup table documents the cause.</param>
/// <param name="Calls">The calls that ended this way.</param>
/// <param name="Share">Their share of all calls.</param>
/// <param name="FollowUp">What to do about them (<c>retry</c>, <c>fix</c>, <c>alert</c>, <c>none</c>, <c>investigate</c>).</param>
/// <param name="NextSteps">The documented next steps, or what to do about a cause the table lacks.</param>
internal sealed record CauseLine(int? Code, string Name, string Category, bool Documented, int Calls, double Share, string FollowUp, string NextSteps);

/// <summary>One follow-up of the retry and alert policy.</summary>
internal sealed record FollowUpLine(string FollowUp, string Meaning, int Calls, double Share);

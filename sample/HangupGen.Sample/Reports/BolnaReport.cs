using System.Collections.Generic;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>
/// Why the calls of a Bolna export ended: by who hung up (<c>hangup_by</c>), by reason
/// (<c>hangup_reason</c>, Bolna's and the telephony provider's apart) and by code (<c>hangup_code</c>,
/// by category and cause), with the (<c>hangup_by</c>, code) pairs that neither Plivo nor Bolna
/// documents. Shares are fractions of <see cref="TotalCalls"/>.
/// </summary>
/// <param name="Source">What was read.</param>
/// <param name="TotalCalls">The calls counted, each once.</param>
/// <param name="ByHangupBy">Counts per hangup source, most frequent first; "(not recorded)" last.</param>
/// <param name="ByReasonSide">Counts per side that reported the reason (Bolna, telephony provider), then "(not recorded)".</param>
/// <param name="ByReason">Counts per reason, by side, most frequent first.</param>
/// <param name="ByCategory">The calls with a code, per category (undocumented codes by documented range).</param>
/// <param name="ByCause">The calls with a code, per cause, with the documented next steps.</param>
/// <param name="CodeNotRecorded">The calls with an empty <c>hangup_code</c>.</param>
/// <param name="UndocumentedPairs">The (<c>hangup_by</c>, code) pairs neither table documents, most frequent first.</param>
/// <param name="DuplicatesIgnored">Rows repeating a call already counted.</param>
/// <param name="SkippedRows">Rows that were not counted (malformed or repeated), with their line numbers.</param>
internal sealed record BolnaReport(
    string Source,
    int TotalCalls,
    IReadOnlyList<SourceLine> ByHangupBy,
    IReadOnlyList<ReasonSideLine> ByReasonSide,
    IReadOnlyList<ReasonLine> ByReason,
    IReadOnlyList<CategoryLine> ByCategory,
    IReadOnlyList<CauseLine> ByCause,
    Tally CodeNotRecorded,
    IReadOnlyList<PairLine> UndocumentedPairs,
    int DuplicatesIgnored,
    IReadOnlyList<RowProblem> SkippedRows);

/// <summary>The calls whose reason one side reported, or the bucket of calls without a reason.</summary>
/// <param name="Side">"Bolna", "Telephony provider", or "(not recorded)".</param>
/// <param name="Calls">The calls.</param>
/// <param name="Share">Their share of all calls.</param>
internal sealed record ReasonSideLine(string Side, int Calls, double Share);

/// <summary>One hangup reason, or the bucket of calls without one.</summary>
/// <param name="Reason">The documented spelling as Bolna sends it, or "(not recorded)".</param>
/// <param name="Side">Who reports it: "Bolna" or "Telephony provider"; "(not recorded)" for the bucket.</param>
/// <param name="Description">The documented description.</param>
/// <param name="Calls">The calls that ended for this reason.</param>
/// <param name="Share">Their share of all calls.</param>
internal sealed record ReasonLine(string Reason, string Side, string Description, int Calls, double Share);

/// <summary>A (<c>hangup_by</c>, <c>hangup_code</c>) pair and its calls.</summary>
/// <param name="HangupBy">The source's documented name, or "(not recorded)".</param>
/// <param name="Code">The code, or null when not recorded.</param>
/// <param name="Cause">The code described: "4000 Normal Hangup", "undocumented code 3015 in Call Rejections", or "(not recorded)".</param>
/// <param name="Calls">The calls with this pair.</param>
internal sealed record PairLine(string HangupBy, int? Code, string Cause, int Calls);

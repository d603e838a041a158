using System;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Callbacks;

/// <summary>A validated hangup callback or Dial hangup event, as it is stored.</summary>
/// <param name="EventKey">What makes the event unique: a repeated delivery has the same key and is counted once.</param>
/// <param name="Kind">The callback it came from.</param>
/// <param name="CallUuid">The call (for a Dial event, the A leg that dialed).</param>
/// <param name="DialedLegUuid">For a Dial event, the B leg; absent when nobody answered.</param>
/// <param name="Cause">Why the call ended.</param>
/// <param name="CauseText">The cause name (or Dial cause text) exactly as sent.</param>
/// <param name="Source">Who hung up, when the callback says.</param>
/// <param name="Direction">inbound or outbound, when sent.</param>
/// <param name="From">The caller's number, when sent.</param>
/// <param name="To">The called number, when sent.</param>
/// <param name="Status">CallStatus, or DialStatus for a Dial event.</param>
/// <param name="DurationSeconds">The call's duration, when sent.</param>
/// <param name="BilledSeconds">The billed duration, when sent.</param>
/// <param name="EndTime">When the call ended, when sent.</param>
internal sealed record ReceivedHangup(
    string EventKey,
    HangupEventKind Kind,
    string CallUuid,
    string? DialedLegUuid,
    ResolvedCause Cause,
    string? CauseText,
    HangupSource? Source,
    string? Direction,
    string? From,
    string? To,
    string? Status,
    long? DurationSeconds,
    long? BilledSeconds,
    DateTimeOffset? EndTime);

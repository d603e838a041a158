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
/// <param name="Status">CallStatus, or DialStatus for a Dial event, exactly as sent (trimmed): kept whether or not the table documents it.</param>
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
    DateTimeOffset? EndTime)
{
    /// <summary>The hangup callback's <c>CallStatus</c> read through the generated table; null when not sent or undocumented (<see cref="Status"/> keeps the text).</summary>
    public CallStatus? CallStatus { get; init; }

    /// <summary>The Dial event's <c>DialStatus</c> read through the generated table; null when not sent or undocumented.</summary>
    public DialStatus? DialStatus { get; init; }

    /// <summary>The Dial event's <c>DialHangupCause</c> read as a standard telephony cause; null when the table does not have it (<see cref="CauseText"/> keeps the text).</summary>
    public TelephonyCause? TelephonyCause { get; init; }

    /// <summary>Whether a status or telephony cause was sent that the generated tables do not document.</summary>
    public bool HasUndocumentedOutcome => Kind == HangupEventKind.HangupCallback
        ? Status is not null && CallStatus is null
        : (Status is not null && DialStatus is null) || (CauseText is not null && TelephonyCause is null);
}

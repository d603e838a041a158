using System.Text.Json.Serialization;

namespace HangupAnalysis.Callbacks;

/// <summary>The answer to a callback: Plivo only needs the 200, people and tests read the rest. Absent values are left out.</summary>
/// <param name="Status"><c>stored</c>, <c>duplicate</c> (a repeated delivery, counted once) or <c>ignored</c> (not a hangup).</param>
/// <param name="CallUuid">The call, when stored or duplicate.</param>
/// <param name="Code">The hangup code, when one was sent.</param>
/// <param name="Cause">How the cause was understood, such as "3010 Busy Line" or "undocumented code 3015 in Call Rejections".</param>
/// <param name="Category">The category, when the code has one.</param>
/// <param name="FollowUp">What to do about the call (<c>retry</c>, <c>fix</c>, <c>alert</c>, <c>none</c>, <c>investigate</c>).</param>
/// <param name="Reason">Why the callback was ignored.</param>
/// <param name="CallStatus">A hangup callback's <c>CallStatus</c> as the table spells it, or "undocumented: " and the text as sent.</param>
/// <param name="DialStatus">A Dial event's <c>DialStatus</c>, likewise.</param>
/// <param name="TelephonyCause">A Dial event's <c>DialHangupCause</c> as a standard telephony cause name (<c>USER_BUSY</c>), or "undocumented: " and the text as sent.</param>
internal sealed record CallbackReceipt(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CallUuid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cause,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FollowUp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CallStatus = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DialStatus = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TelephonyCause = null);

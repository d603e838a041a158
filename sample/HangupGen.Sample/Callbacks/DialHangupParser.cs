using System;
using HangupAnalysis.Hangups;
using Microsoft.AspNetCore.Http;

namespace HangupAnalysis.Callbacks;

/// <summary>Validates the events Plivo posts to a Dial element's <c>callbackUrl</c>, keeping the hangups.</summary>
internal static class DialHangupParser
{
    /// <summary>The A leg: the call that dialed.</summary>
    public const string ALegUuid = "DialALegUUID";

    /// <summary>The standard telephony hangup cause of the dialed leg.</summary>
    public const string HangupCause = "DialHangupCause";

    private const string DialAction = "DialAction";
    private const string BLegUuid = "DialBLegUUID";
    private const string DialStatus = "DialStatus";
    private const string DialRingStatus = "DialRingStatus";
    private const string HangupAction = "hangup";

    private static readonly string[] s_statuses = ["completed", "busy", "failed", "timeout", "no-answer"];
    private static readonly string[] s_ringStatuses = ["true", "false"];

    /// <summary>
    /// Parses the form. Answer and digit events reach the same URL and are acknowledged but not
    /// stored. <c>DialHangupCause</c> may be a code, a documented name or other telephony text: text
    /// the table does not know is stored as an unrecognized cause, not refused.
    /// </summary>
    public static CallbackParseResult Parse(IFormCollection form)
    {
        var fields = new CallbackForm(form);
        string? action = fields.Optional(DialAction);
        if (action is not null && !action.Equals(HangupAction, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackParseResult.Ignored($"{DialAction} '{action}' is not a hangup; only hangups are counted.");
        }

        string aLeg = fields.Required(ALegUuid);
        string? bLeg = fields.Optional(BLegUuid);
        string causeText = fields.Required(HangupCause);
        string? status = fields.OneOf(DialStatus, s_statuses);
        fields.OneOf(DialRingStatus, s_ringStatuses);

        if (fields.Problems.Count > 0)
        {
            return CallbackParseResult.Invalid(fields.Problems);
        }

        ResolvedCause cause = HangupFieldResolver.ResolveDialCause(causeText);

        // One A leg can dial several times (sequentially, or with nobody answering): the event is
        // the dial attempt, so a repeated delivery matches on every field that describes it.
        string key = $"dial:{aLeg}:{bLeg}:{causeText}:{status}";
        return CallbackParseResult.Valid(new ReceivedHangup(
            key, HangupEventKind.DialHangup, aLeg, bLeg, cause, causeText, null, null, null, null, status, null, null, null));
    }
}

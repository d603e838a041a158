using System;
using HangupAnalysis.Hangups;
using HangupGen;
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
    private const string DialStatusField = "DialStatus";
    private const string DialRingStatus = "DialRingStatus";
    private const string HangupAction = "hangup";

    private static readonly string[] s_ringStatuses = ["true", "false"];

    /// <summary>
    /// Parses the form. Answer and digit events reach the same URL and are acknowledged but not
    /// stored. <c>DialHangupCause</c> may be a code, a documented name or other telephony text: text
    /// the table does not know is stored as an unrecognized cause, not refused. It is also read as a
    /// standard telephony cause (<see cref="TelephonyCauses"/>), and <c>DialStatus</c> through
    /// <see cref="DialStatuses"/>: a value outside either table is kept as sent and reported as undocumented.
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
        string? statusText = fields.Optional(DialStatusField);
        fields.OneOf(DialRingStatus, s_ringStatuses);

        if (fields.Problems.Count > 0)
        {
            return CallbackParseResult.Invalid(fields.Problems);
        }

        ResolvedCause cause = HangupFieldResolver.ResolveDialCause(causeText);
        DialStatus? dialStatus = DialStatuses.TryParse(statusText, out DialStatus parsed) ? parsed : null;
        TelephonyCause? telephonyCause = TelephonyCauses.TryParse(causeText, out TelephonyCause telephony) ? telephony : null;

        // The documented spelling in the key, so "Busy" and "busy" are one event; other text as sent.
        string? status = dialStatus is DialStatus documented ? documented.GetName() : statusText;

        // One A leg can dial several times (sequentially, or with nobody answering): the event is
        // the dial attempt, so a repeated delivery matches on every field that describes it.
        string key = $"dial:{aLeg}:{bLeg}:{causeText}:{status}";
        return CallbackParseResult.Valid(new ReceivedHangup(
            key, HangupEventKind.DialHangup, aLeg, bLeg, cause, causeText, null, null, null, null, statusText, null, null, null)
        {
            DialStatus = dialStatus,
            TelephonyCause = telephonyCause,
        });
    }
}

using HangupAnalysis.Hangups;
using HangupGen;
using Microsoft.AspNetCore.Http;

namespace HangupAnalysis.Callbacks;

/// <summary>Validates the hangup callback Plivo posts to a call's <c>hangup_url</c>.</summary>
internal static class HangupCallbackParser
{
    /// <summary>The call's unique ID.</summary>
    public const string CallUuid = "CallUUID";

    private const string From = "From";
    private const string To = "To";
    private const string Direction = "Direction";
    private const string CallStatusField = "CallStatus";
    private const string Duration = "Duration";
    private const string BillDuration = "BillDuration";
    private const string EndTime = "EndTime";

    private static readonly string[] s_directions = ["inbound", "outbound"];

    /// <summary>Parses the form. A repeated delivery for the same <c>CallUUID</c> gets the same event key.</summary>
    public static CallbackParseResult Parse(IFormCollection form)
    {
        HangupFieldNames names = HangupFieldNames.Callback;
        var fields = new CallbackForm(form);
        string callUuid = fields.Required(CallUuid);
        string? causeName = fields.Optional(names.Name);
        fields.Add(HangupFieldResolver.ResolveCause(fields.Optional(names.Code), causeName, names, out ResolvedCause cause));
        fields.Add(HangupFieldResolver.ResolveSource(fields.Optional(names.Source), names.Source, out HangupSource? source));
        string? direction = fields.OneOf(Direction, s_directions);
        fields.Add(CallFieldParser.ParseSeconds(fields.Optional(Duration), Duration, out long? duration));
        fields.Add(CallFieldParser.ParseSeconds(fields.Optional(BillDuration), BillDuration, out long? billed));
        fields.Add(CallFieldParser.ParseTime(fields.Optional(EndTime), EndTime, out System.DateTimeOffset? endTime));
        string? from = fields.Optional(From);
        string? to = fields.Optional(To);
        // Kept as sent; a value outside the table is stored and reported as undocumented, not refused.
        string? status = fields.Optional(CallStatusField);

        if (fields.Problems.Count > 0)
        {
            return CallbackParseResult.Invalid(fields.Problems);
        }

        // A call hangs up once: every delivery for the call is the same event.
        return CallbackParseResult.Valid(new ReceivedHangup(
            "hangup:" + callUuid, HangupEventKind.HangupCallback, callUuid, null, cause, causeName, source, direction, from, to, status, duration, billed, endTime)
        {
            CallStatus = CallStatuses.TryParse(status, out CallStatus parsed) ? parsed : null,
        });
    }
}

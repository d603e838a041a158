using System;
using System.Collections.Generic;
using System.Linq;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>Callback forms as Plivo posts them, with fields to override or remove.</summary>
internal static class PlivoCallbacks
{
    /// <summary>A complete hangup_url callback for a busy outbound call; <paramref name="changes"/> replace fields, a null value removes one.</summary>
    public static (string Name, string Value)[] Hangup(string callUuid, params (string Name, string? Value)[] changes)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("CallUUID", callUuid),
            ("From", "+14155550100"),
            ("To", "+12125550123"),
            ("Direction", "outbound"),
            ("CallStatus", "busy"),
            ("Event", "Hangup"),
            ("HangupCause", "USER_BUSY"),
            ("HangupCauseCode", "3010"),
            ("HangupCauseName", "Busy Line"),
            ("HangupSource", "Carrier"),
            ("StartTime", "2025-03-03 10:15:00"),
            ("AnswerTime", ""),
            ("EndTime", "2025-03-03 10:15:22"),
            ("Duration", "0"),
            ("BillDuration", "0"),
        };
        return Apply(fields, changes);
    }

    /// <summary>A DialHangup event for a B leg that was busy.</summary>
    public static (string Name, string Value)[] DialHangup(string aLegUuid, params (string Name, string? Value)[] changes)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("DialAction", "hangup"),
            ("DialALegUUID", aLegUuid),
            ("DialBLegUUID", ""),
            ("DialRingStatus", "true"),
            ("DialStatus", "busy"),
            ("DialHangupCause", "3010"),
        };
        return Apply(fields, changes);
    }

    private static (string Name, string Value)[] Apply(List<(string Name, string? Value)> fields, (string Name, string? Value)[] changes)
    {
        foreach ((string name, string? value) in changes)
        {
            int index = fields.FindIndex(field => field.Name.Equals(name, StringComparison.Ordinal));
            if (index >= 0)
            {
                fields.RemoveAt(index);
            }

            if (value is not null)
            {
                fields.Add((name, value));
            }
        }

        return fields.Select(field => (field.Name, field.Value!)).ToArray();
    }
}

using System;
using System.Globalization;

namespace HangupAnalysis.Hangups;

/// <summary>Parses the non-hangup fields that callbacks and CDR rows share: durations and times.</summary>
internal static class CallFieldParser
{
    // Plivo writes times as "2025-03-03 10:15:22", with or without an offset; ISO 8601 is accepted too.
    private static readonly string[] s_timeFormats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "o",
    ];

    /// <summary>Parses an optional duration in whole seconds; absent gives <see langword="null"/>.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static FieldProblem? ParseSeconds(string? text, string field, out long? seconds)
    {
        string value = text?.Trim() ?? string.Empty;
        seconds = null;
        if (value.Length == 0)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
        {
            seconds = parsed;
            return null;
        }

        return new FieldProblem(field, $"{field} '{value}' is not a number of seconds.");
    }

    /// <summary>Parses an optional time; a time without an offset is UTC, as Plivo's are.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static FieldProblem? ParseTime(string? text, string field, out DateTimeOffset? time)
    {
        string value = text?.Trim() ?? string.Empty;
        time = null;
        if (value.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(value, s_timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
        {
            time = parsed;
            return null;
        }

        return new FieldProblem(field, $"{field} '{value}' is not a time such as 2025-03-03 10:15:22.");
    }
}

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
    public static FieldProblem? ParseSeconds(string? text, string field, out long? seconds) => ParseSeconds(text.AsSpan(), field, out seconds);

    /// <summary>Parses an optional duration in whole seconds; empty gives <see langword="null"/>.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static FieldProblem? ParseSeconds(ReadOnlySpan<char> text, string field, out long? seconds)
    {
        ReadOnlySpan<char> value = text.Trim();
        seconds = null;
        if (value.IsEmpty)
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
    public static FieldProblem? ParseTime(string? text, string field, out DateTimeOffset? time) => ParseTime(text.AsSpan(), field, out time);

    /// <summary>Parses an optional time; a time without an offset is UTC, as Plivo's are.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static FieldProblem? ParseTime(ReadOnlySpan<char> text, string field, out DateTimeOffset? time)
    {
        ReadOnlySpan<char> value = text.Trim();
        time = null;
        if (value.IsEmpty)
        {
            return null;
        }

        if (TryParsePlivoTime(value, out DateTimeOffset parsed)
            || DateTimeOffset.TryParseExact(value, s_timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            time = parsed;
            return null;
        }

        return new FieldProblem(field, $"{field} '{value}' is not a time such as 2025-03-03 10:15:22.");
    }

    /// <summary>
    /// The fast path for the forms Plivo writes, which a million-row export has in every row:
    /// <c>2025-03-03 10:15:22</c>, with a <c>T</c> instead of the space, and with <c>Z</c> or an offset
    /// such as <c>+05:30</c>. Anything else goes to the general parser.
    /// </summary>
    private static bool TryParsePlivoTime(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        TimeSpan offset = TimeSpan.Zero;
        ReadOnlySpan<char> zone = text[19..];
        if (zone is ['Z'] && text[10] == 'T')
        {
            // UTC.
        }
        else if (zone.Length == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':'
            && TryDigits(zone[1..3], out int offsetHours) && TryDigits(zone[4..6], out int offsetMinutes) && offsetHours <= 14 && offsetMinutes < 60)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            offset = zone[0] == '-' ? -offset : offset;
        }
        else if (!zone.IsEmpty || text[10] == 'T')
        {
            return false;
        }

        if (!TryDigits(text[..4], out int year) || !TryDigits(text[5..7], out int month) || !TryDigits(text[8..10], out int day)
            || !TryDigits(text[11..13], out int hour) || !TryDigits(text[14..16], out int minute) || !TryDigits(text[17..19], out int second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        DateTime utc = local - offset;
        if (utc < DateTime.MinValue.AddDays(1) || utc > DateTime.MaxValue.AddDays(-1))
        {
            return false;
        }

        time = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

using System.Globalization;

namespace HangupAnalysis.Reports;

/// <summary>Number formats shared by the text and HTML reports: invariant, so output is the same on every machine.</summary>
internal static class ReportFormat
{
    /// <summary>A count with thousands separators: <c>2,500</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal: <c>24.5%</c>.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A category's documented range: <c>3000-3050</c>, or <c>0</c> for a single code.</summary>
    public static string Range(int first, int last)
        => first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first}-{last}");

    /// <summary>A time in UTC to the minute: <c>2025-03-03 10:15 UTC</c>.</summary>
    public static string Time(System.DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}

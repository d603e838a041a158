using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;

namespace HangupAnalysis.Reports;

/// <summary>
/// Inline SVG charts for the HTML report: no script, no external file. Every bar carries its label and
/// its number as text, so a chart reads without colour; colour only helps tell the stacked categories
/// apart, whose order is the legend's. Each chart says what it shows (<c>data-chart</c>), and each bar
/// or segment its label and calls (<c>data-label</c>, <c>data-calls</c>), for tests and tools.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 760;
    private const int LabelWidth = 250;
    private const int BarArea = 380;
    private const int RowHeight = 24;
    private const int BarHeight = 16;
    private const int Top = 8;

    // Distinct in hue and in lightness, so neighbouring segments differ in grey too.
    private static readonly string[] s_palette =
    [
        "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
        "#1f78b4", "#b2df8a", "#fb9a99", "#6a3d9a", "#cab2d6", "#666666",
    ];

    /// <summary>One chart kind per breakdown.</summary>
    public const string ByCategory = "category";

    /// <summary>Calls by hangup source.</summary>
    public const string BySource = "source";

    /// <summary>Calls by follow-up.</summary>
    public const string ByFollowUp = "follow-up";

    /// <summary>Hangup callbacks by call status.</summary>
    public const string ByCallStatus = "call-status";

    /// <summary>Dial events by Dial status.</summary>
    public const string ByDialStatus = "dial-status";

    /// <summary>Dial events by telephony cause.</summary>
    public const string ByDialCause = "dial-cause";

    /// <summary>Calls per day, stacked by category.</summary>
    public const string PerDay = "day";

    /// <summary>A horizontal bar chart: one labelled bar per line, the number and share at its end.</summary>
    public static void Bars(StringBuilder html, string chart, string title, IReadOnlyList<(string Label, int Calls, double Share)> lines)
    {
        int max = Math.Max(1, lines.Count == 0 ? 1 : lines.Max(line => line.Calls));
        int height = Top + (lines.Count * RowHeight) + Top;
        Open(html, chart, title, height);
        for (int i = 0; i < lines.Count; i++)
        {
            (string label, int calls, double share) = lines[i];
            int y = Top + (i * RowHeight);
            double width = calls == 0 ? 0 : Math.Max(1, (double)calls / max * BarArea);
            string text = $"{ReportFormat.Count(calls)} ({ReportFormat.Percent(share)})";
            html.Append("<g data-label=\"").Append(Encode(label)).Append("\" data-calls=\"").Append(Number(calls)).Append("\">")
                .Append("<title>").Append(Encode(label)).Append(": ").Append(text).Append("</title>")
                .Append("<text x=\"").Append(Number(LabelWidth - 8)).Append("\" y=\"").Append(Number(y + 13)).Append("\" text-anchor=\"end\">").Append(Encode(label)).Append("</text>")
                .Append("<rect x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width))
                .Append("\" height=\"").Append(Number(BarHeight)).Append("\" fill=\"").Append(s_palette[0]).Append("\"/>")
                .Append("<text x=\"").Append(Number(LabelWidth + width + 6)).Append("\" y=\"").Append(Number(y + 13)).Append("\">").Append(text).Append("</text>")
                .Append("</g>\n");
        }

        html.Append("</svg>\n");
    }

    /// <summary>
    /// Calls per day: one row per day, its bar split into the day's categories in the order of the
    /// legend; each segment wide enough shows its legend number and its calls ("2: 76"), and the
    /// day's total follows the bar.
    /// </summary>
    public static void StackedDays(StringBuilder html, string title, IReadOnlyList<DayLine> days, IReadOnlyList<string> categories)
    {
        int max = Math.Max(1, days.Count == 0 ? 1 : days.Max(day => day.Calls));
        int legendRows = (categories.Count + 2) / 3;
        int height = Top + (days.Count * RowHeight) + 12 + (legendRows * 20) + Top;
        Open(html, PerDay, title, height);
        Dictionary<string, int> legendNumbers = categories.Select((category, index) => (category, index)).ToDictionary(pair => pair.category, pair => pair.index + 1, StringComparer.Ordinal);
        Dictionary<string, string> fills = categories.Select((category, index) => (category, index)).ToDictionary(pair => pair.category, pair => s_palette[pair.index % s_palette.Length], StringComparer.Ordinal);
        for (int i = 0; i < days.Count; i++)
        {
            DayLine day = days[i];
            int y = Top + (i * RowHeight);
            html.Append("<g data-label=\"").Append(day.Date).Append("\" data-calls=\"").Append(Number(day.Calls)).Append("\">")
                .Append("<text x=\"").Append(Number(LabelWidth - 8)).Append("\" y=\"").Append(Number(y + 13)).Append("\" text-anchor=\"end\">").Append(day.Date).Append("</text>");
            double x = LabelWidth;
            foreach (DayCategory segment in day.ByCategory)
            {
                double width = (double)segment.Calls / max * BarArea;
                html.Append("<rect data-label=\"").Append(Encode(segment.Category)).Append("\" data-calls=\"").Append(Number(segment.Calls))
                    .Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width))
                    .Append("\" height=\"").Append(Number(BarHeight)).Append("\" fill=\"").Append(fills.GetValueOrDefault(segment.Category, s_palette[^1]))
                    .Append("\" stroke=\"#fff\" stroke-width=\"1\"><title>").Append(day.Date).Append(", ").Append(Encode(segment.Category)).Append(": ")
                    .Append(ReportFormat.Count(segment.Calls)).Append("</title></rect>");
                // "2: 76" reads as "legend entry 2, 76 calls", whatever the colours look like.
                string label = $"{Number(legendNumbers.GetValueOrDefault(segment.Category))}: {ReportFormat.Count(segment.Calls)}";
                if (width >= (label.Length * 6) + 4)
                {
                    html.Append("<text x=\"").Append(Number(x + (width / 2))).Append("\" y=\"").Append(Number(y + 12))
                        .Append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                        .Append(label).Append("</text>");
                }

                x += width;
            }

            html.Append("<text x=\"").Append(Number(x + 6)).Append("\" y=\"").Append(Number(y + 13)).Append("\">").Append(ReportFormat.Count(day.Calls)).Append("</text></g>\n");
        }

        int legendTop = Top + (days.Count * RowHeight) + 12;
        html.Append("<g data-legend=\"categories, in the order they stack from the left\">");
        for (int i = 0; i < categories.Count; i++)
        {
            int lx = (i % 3) * (Width / 3);
            int ly = legendTop + ((i / 3) * 20);
            html.Append("<rect x=\"").Append(Number(lx)).Append("\" y=\"").Append(Number(ly)).Append("\" width=\"12\" height=\"12\" fill=\"").Append(fills[categories[i]]).Append("\"/>")
                .Append("<text x=\"").Append(Number(lx + 18)).Append("\" y=\"").Append(Number(ly + 11)).Append("\" font-size=\"12\">")
                .Append(Number(i + 1)).Append(". ").Append(Encode(categories[i])).Append("</text>");
        }

        html.Append("</g>\n</svg>\n");
    }

    private static void Open(StringBuilder html, string chart, string title, int height)
        => html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-chart=\"").Append(chart).Append("\" width=\"").Append(Number(Width))
            .Append("\" height=\"").Append(Number(height)).Append("\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(height))
            .Append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\"><title>").Append(Encode(title)).Append("</title>\n");

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

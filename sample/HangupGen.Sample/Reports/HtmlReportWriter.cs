using System.Linq;
using System.Text;
using System.Text.Encodings.Web;

namespace HangupAnalysis.Reports;

/// <summary>Writes a <see cref="HangupReport"/> as the small HTML page served at <c>GET /</c>.</summary>
internal static class HtmlReportWriter
{
    /// <summary>Renders the page.</summary>
    public static string Write(HangupReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Why calls ended</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin-bottom:1.5rem}")
            .Append("th,td{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}td.n{text-align:right}")
            .Append(".steps{color:#555;font-size:.9em}svg{display:block;max-width:100%;height:auto;margin-bottom:.75rem}</style>\n</head>\n<body>\n");
        html.Append("<h1>Why calls ended</h1>\n<p>")
            .Append(Encode(report.Source)).Append(": <strong id=\"total-calls\">").Append(ReportFormat.Count(report.TotalCalls)).Append("</strong> calls");
        if (report.DuplicatesIgnored > 0)
        {
            html.Append(" (").Append(ReportFormat.Count(report.DuplicatesIgnored))
                .Append(report.DuplicatesIgnored == 1 ? " repeated delivery" : " repeated deliveries").Append(" counted once)");
        }

        html.Append(". Retry-worthy: <strong>").Append(ReportFormat.Count(report.RetryWorthy.Calls)).Append("</strong> (")
            .Append(ReportFormat.Percent(report.RetryWorthy.Share)).Append(").</p>\n");

        html.Append("<h2>By category</h2>\n");
        SvgCharts.Bars(html, SvgCharts.ByCategory, "Calls by category", [.. report.ByCategory.Select(line => (line.Category, line.Calls, line.Share))]);
        html.Append("<table>\n<tr><th>Category</th><th>Codes</th><th>Calls</th><th>Share</th></tr>\n");
        foreach (CategoryLine line in report.ByCategory)
        {
            string range = line.FirstCode is int first && line.LastCode is int last ? ReportFormat.Range(first, last) : string.Empty;
            html.Append("<tr><td>").Append(Encode(line.Category)).Append("</td><td>").Append(range).Append("</td>");
            Numbers(html, line.Calls, line.Share);
        }

        html.Append("</table>\n");
        if (report.ByDay.Count > 0)
        {
            html.Append("<h2>Calls per day (UTC), by category</h2>\n");
            SvgCharts.StackedDays(html, "Calls per day, stacked by category", report.ByDay, [.. report.ByCategory.Select(line => line.Category)]);
        }

        html.Append("<h2>By source (who hung up)</h2>\n");
        SvgCharts.Bars(html, SvgCharts.BySource, "Calls by source", [.. report.BySource.Select(line => (line.Source, line.Calls, line.Share))]);
        html.Append("<table>\n<tr><th>Source</th><th>Calls</th><th>Share</th></tr>\n");
        foreach (SourceLine line in report.BySource)
        {
            html.Append("<tr><td>").Append(Encode(line.Source)).Append("</td>");
            Numbers(html, line.Calls, line.Share);
        }

        html.Append("</table>\n<h2>By cause</h2>\n<table>\n<tr><th>Code</th><th>Cause</th><th>Category</th><th>Follow-up</th><th>Calls</th><th>Share</th></tr>\n");
        foreach (CauseLine line in report.ByCause)
        {
            html.Append("<tr><td>").Append(line.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Append("</td><td>").Append(Encode(line.Name)).Append("<div class=\"steps\">").Append(Encode(line.NextSteps)).Append("</div></td><td>")
                .Append(Encode(line.Category)).Append("</td><td>").Append(Encode(line.FollowUp)).Append("</td>");
            Numbers(html, line.Calls, line.Share);
        }

        html.Append("</table>\n<h2>Follow-up (retry and alert policy)</h2>\n");
        SvgCharts.Bars(html, SvgCharts.ByFollowUp, "Calls by follow-up", [.. report.ByFollowUp.Select(line => (line.FollowUp, line.Calls, line.Share))]);
        html.Append("<table>\n<tr><th>Follow-up</th><th>Meaning</th><th>Calls</th><th>Share</th></tr>\n");
        foreach (FollowUpLine line in report.ByFollowUp)
        {
            html.Append("<tr><td>").Append(Encode(line.FollowUp)).Append("</td><td>").Append(Encode(line.Meaning)).Append("</td>");
            Numbers(html, line.Calls, line.Share);
        }

        html.Append("</table>\n");
        Statuses(html, SvgCharts.ByCallStatus, "By call status (hangup callbacks)", "Calls by call status", report.ByCallStatus);
        Statuses(html, SvgCharts.ByDialStatus, "Dial outcome: by Dial status (Dial events)", "Dial events by Dial status", report.ByDialStatus);
        if (report.ByDialCause.Count > 0)
        {
            html.Append("<h2>Dial outcome: by telephony cause (Dial events)</h2>\n");
            SvgCharts.Bars(html, SvgCharts.ByDialCause, "Dial events by telephony cause", [.. report.ByDialCause.Select(line => (line.Name, line.Calls, line.Share))]);
            html.Append("<table data-table=\"dial-cause\">\n<tr><th>Number</th><th>Telephony cause</th><th>SIP</th><th>Calls</th><th>Share</th></tr>\n");
            foreach (TelephonyCauseLine line in report.ByDialCause)
            {
                html.Append("<tr><td>").Append(line.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                    .Append("</td><td>").Append(Encode(line.Name)).Append("<div class=\"steps\">").Append(Encode(line.Description)).Append("</div></td><td>")
                    .Append(line.SipStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Append("</td>");
                Numbers(html, line.Calls, line.Share);
            }

            html.Append("</table>\n");
        }

        html.Append("<p>Plivo posts hangup callbacks to <code>/callbacks/hangup</code> and Dial events to <code>/callbacks/dial</code>; ")
            .Append("the same numbers as JSON are at <a href=\"/stats\"><code>/stats</code></a>.</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Only callbacks carry statuses: nothing is written for a breakdown with no calls.
    private static void Statuses(StringBuilder html, string table, string heading, string chartTitle, System.Collections.Generic.IReadOnlyList<StatusLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n");
        SvgCharts.Bars(html, table, chartTitle, [.. lines.Select(line => (line.Status, line.Calls, line.Share))]);
        html.Append("<table data-table=\"").Append(table).Append("\">\n<tr><th>Status</th><th>Meaning</th><th>Calls</th><th>Share</th></tr>\n");
        foreach (StatusLine line in lines)
        {
            html.Append("<tr><td>").Append(Encode(line.Status)).Append("</td><td>").Append(Encode(line.Description)).Append("</td>");
            Numbers(html, line.Calls, line.Share);
        }

        html.Append("</table>\n");
    }

    private static void Numbers(StringBuilder html, int calls, double share)
        => html.Append("<td class=\"n\">").Append(ReportFormat.Count(calls)).Append("</td><td class=\"n\">").Append(ReportFormat.Percent(share)).Append("</td></tr>\n");

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

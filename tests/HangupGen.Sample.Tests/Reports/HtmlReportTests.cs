using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Cdr;
using HangupAnalysis.Commands;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Cdr;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Reports;

/// <summary>The HTML report: its inline SVG charts parsed, one per breakdown, with the report's numbers.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_embedded_sample_has_one_chart_per_breakdown_with_the_right_totals()
    {
        HangupReport report;
        using (Stream sample = SampleCdr.Open())
        {
            report = CdrReport.Build(sample, CdrFormat.Csv, "sample");
        }

        string html = HtmlReportWriter.Write(report);
        Dictionary<string, XElement> charts = Charts(html);

        Assert.Equal([SvgCharts.ByCategory, SvgCharts.PerDay, SvgCharts.ByFollowUp, SvgCharts.BySource], charts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(report.ByCategory.Select(line => (line.Category, line.Calls)), Bars(charts[SvgCharts.ByCategory]));
        Assert.Equal(report.BySource.Select(line => (line.Source, line.Calls)), Bars(charts[SvgCharts.BySource]));
        Assert.Equal(report.ByFollowUp.Select(line => (line.FollowUp, line.Calls)), Bars(charts[SvgCharts.ByFollowUp]));
        Assert.All([SvgCharts.ByCategory, SvgCharts.BySource, SvgCharts.ByFollowUp], chart => Assert.Equal(report.TotalCalls, Bars(charts[chart]).Sum(bar => bar.Calls)));

        // A week of calls: seven days, each day's segments add up to the day, the days to every call,
        // and each category's segments to that category's calls.
        XElement perDay = charts[SvgCharts.PerDay];
        List<(string Label, int Calls)> days = Bars(perDay);
        Assert.Equal(7, days.Count);
        Assert.Equal("2025-03-03", days[0].Label);
        Assert.Equal(report.TotalCalls, days.Sum(day => day.Calls));
        Assert.All(perDay.Elements(s_svg + "g").Where(g => g.Attribute("data-calls") is not null), day =>
            Assert.Equal(Calls(day), day.Elements(s_svg + "rect").Sum(Calls)));
        Dictionary<string, int> byCategory = perDay.Descendants(s_svg + "rect").Where(rect => rect.Attribute("data-label") is not null)
            .GroupBy(rect => (string)rect.Attribute("data-label")!).ToDictionary(group => group.Key, group => group.Sum(Calls));
        Assert.Equal(report.ByCategory.ToDictionary(line => line.Category, line => line.Calls), byCategory);

        // Segments name their legend entry in text: "1: 205" is the first category, whatever its colour.
        Assert.Contains(perDay.Descendants(s_svg + "text"), text => text.Value.StartsWith("1: ", StringComparison.Ordinal));
        Assert.Contains(perDay.Descendants(s_svg + "text"), text => text.Value == $"1. {report.ByCategory[0].Category}");
    }

    [Fact]
    public void Every_bar_is_labelled_in_text_and_the_page_has_no_script_or_external_asset()
    {
        string html = HtmlReportWriter.Write(TestReports.FromText(CdrReportTests.SmallExport));

        foreach (XElement bar in Charts(html).Values.SelectMany(chart => chart.Elements(s_svg + "g")).Where(g => g.Attribute("data-label") is not null))
        {
            string[] texts = bar.Elements(s_svg + "text").Select(text => text.Value).ToArray();
            Assert.Contains((string)bar.Attribute("data-label")!, texts);
            Assert.Contains(texts, text => text.StartsWith(ReportFormat.Count(Calls(bar)), StringComparison.Ordinal));
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_times_there_is_no_per_day_chart()
    {
        string html = HtmlReportWriter.Write(TestReports.FromText("call_uuid,hangup_cause_code\nc1,3010\nc2,4000\n"));

        Assert.Equal([SvgCharts.ByCategory, SvgCharts.ByFollowUp, SvgCharts.BySource], Charts(html).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_report_command_writes_the_page_with_html()
    {
        using var directory = new TempDirectory();
        string csv = directory.Write("calls.csv", CdrReportTests.SmallExport);
        string page = directory.File("report.html");
        var output = new StringWriter();

        int exitCode = await SampleCommands.RunAsync(["report", csv, "--html", page], output, new StringWriter());

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Why calls ended: calls.csv", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(6, Bars(Charts(File.ReadAllText(page))[SvgCharts.ByCategory]).Sum(bar => bar.Calls));
    }

    [Fact]
    public async Task The_served_page_charts_the_stored_callbacks_and_stats_gains_the_days()
    {
        await using var app = new SampleAppFactory();
        using HttpClient client = app.CreateClient();
        foreach (string call in new[] { "a", "b", "c" })
        {
            using HttpResponseMessage response = await client.PostAsync(CallbackEndpoints.HangupPath, new FormUrlEncodedContent(
                PlivoCallbacks.Hangup(call).Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));
            response.EnsureSuccessStatusCode();
        }

        Dictionary<string, XElement> charts = Charts(await client.GetStringAsync("/"));
        string stats = await client.GetStringAsync(StatsEndpoints.StatsPath);

        Assert.Equal([("Call Rejections", 3)], Bars(charts[SvgCharts.ByCategory]));
        Assert.Equal([("2025-03-03", 3)], Bars(charts[SvgCharts.PerDay]));
        Assert.Contains("\"byDay\":[{\"date\":\"2025-03-03\",\"calls\":3,\"byCategory\":[{\"category\":\"Call Rejections\",\"calls\":3}]}]", stats, StringComparison.Ordinal);
    }

    private static Dictionary<string, XElement> Charts(string html)
        => Svg().Matches(html).Select(match => XElement.Parse(match.Value)).ToDictionary(svg => (string)svg.Attribute("data-chart")!);

    private static List<(string Label, int Calls)> Bars(XElement chart)
        => chart.Elements(s_svg + "g").Where(g => g.Attribute("data-calls") is not null).Select(g => ((string)g.Attribute("data-label")!, Calls(g))).ToList();

    private static int Calls(XElement element) => (int)element.Attribute("data-calls")!;

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex Svg();
}

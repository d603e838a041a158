using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>Builds reports from text, and reads their lines by name.</summary>
internal static class TestReports
{
    public static HangupReport FromText(string text, CdrFormat format = CdrFormat.Csv, IProgress<CdrProgress>? progress = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return CdrReport.Build(stream, format, "test", progress);
    }

    public static Dictionary<string, int> Categories(this HangupReport report) => report.ByCategory.ToDictionary(line => line.Category, line => line.Calls);

    public static Dictionary<string, int> Sources(this HangupReport report) => report.BySource.ToDictionary(line => line.Source, line => line.Calls);

    public static Dictionary<string, int> FollowUps(this HangupReport report) => report.ByFollowUp.ToDictionary(line => line.FollowUp, line => line.Calls);

    public static (int? Code, int Calls)[] Causes(this HangupReport report) => report.ByCause.Select(line => (line.Code, line.Calls)).ToArray();
}

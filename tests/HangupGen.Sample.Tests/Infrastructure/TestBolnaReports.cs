using System.Collections.Generic;
using System.IO;
using System.Linq;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>Builds Bolna reports from files, and reads their lines by name.</summary>
internal static class TestBolnaReports
{
    public static BolnaReport FromFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return CdrReport.BuildBolna(stream, CdrFormats.Detect(path, stream), Path.GetFileName(path));
    }

    public static Dictionary<string, int> HangupBy(this BolnaReport report) => report.ByHangupBy.ToDictionary(line => line.Source, line => line.Calls);

    public static Dictionary<string, int> Sides(this BolnaReport report) => report.ByReasonSide.ToDictionary(line => line.Side, line => line.Calls);

    public static Dictionary<string, int> Reasons(this BolnaReport report) => report.ByReason.ToDictionary(line => line.Reason, line => line.Calls);

    public static Dictionary<string, int> Categories(this BolnaReport report) => report.ByCategory.ToDictionary(line => line.Category, line => line.Calls);

    public static (int? Code, int Calls)[] Causes(this BolnaReport report) => report.ByCause.Select(line => (line.Code, line.Calls)).ToArray();

    public static (string HangupBy, int? Code, int Calls)[] Pairs(this BolnaReport report) => report.UndocumentedPairs.Select(line => (line.HangupBy, line.Code, line.Calls)).ToArray();
}

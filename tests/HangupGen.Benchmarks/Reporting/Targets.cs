using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HangupGen.Benchmarks.Analyzers;

namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// The targets issue #6 sets, checked against one run: speed as ratios between benchmarks of the
/// same run (never absolute times, which depend on the machine), allocations, generator caching and
/// analyzer overhead.
/// </summary>
public static class Targets
{
    /// <summary>The generated helpers measured, by benchmark method: each must allocate nothing.</summary>
    public static readonly string[] GeneratedHelperMethods =
    [
        "GetName", "GetDescription", "GetCategory", "TryFromCode", "TryParseCode",
        "TryParseName", "TryParseMixedCaseIdentifier", "TryParseIdentifier", "MatchCategory",
    ];

    public static IReadOnlyList<TargetRow> Evaluate(BenchmarkRun run, TelemetryReport? telemetry)
    {
        var rows = new List<TargetRow>
        {
            TimesFaster(run, "GetDescription vs a [Description] attribute read by reflection", "GetDescription", "DescriptionAttributeByReflection", 50),
            AtMost(run, "GetName vs Enum.ToString()", "GetName", "EnumToString", 0.35),
            AtMost(run, "TryFromCode vs Enum.IsDefined + cast", "TryFromCode", "EnumIsDefinedAndCast", 0.6),
            AtMost(run, "TryParse vs Enum.TryParse (ignore case)", "TryParseMixedCaseIdentifier", "EnumTryParseIgnoreCase", 0.2),
            AtMost(run, "TryParse vs Enum.TryParse (exact case)", "TryParseIdentifier", "EnumTryParse", 0.2),
            AtMost(run, "TryParse vs a FrozenDictionary (ignore case, documented names)", "TryParseName", "NameFrozenDictionaryIgnoreCase", 1.0),
        };

        List<BenchmarkResult> helpers = [.. GeneratedHelperMethods.Select(m => run.Find(m)).OfType<BenchmarkResult>()];
        List<string> allocating = [.. helpers.Where(h => h.AllocatedBytes is not 0).Select(h => $"{h.Method} ({h.AllocatedBytes?.ToString(CultureInfo.InvariantCulture) ?? "?"} B)")];
        rows.Add(new TargetRow(
            $"Bytes allocated by the generated helpers ({helpers.Count} measured)",
            "0 B each",
            helpers.Count == 0 ? "not measured" : allocating.Count == 0 ? "0 B each" : string.Join(", ", allocating),
            helpers.Count == 0 ? null : allocating.Count == 0 && helpers.Count == GeneratedHelperMethods.Length));

        foreach (string rows54 in new[] { "Rows=54", "Rows=1000", "Rows=10000" })
        {
            BenchmarkResult? cold = run.Find("ColdRun", rows54);
            BenchmarkResult? rerun = run.Find("CachedRerunAfterUnrelatedEdit", rows54);
            double? share = cold is null || rerun is null ? null : rerun.MeanNanoseconds / cold.MeanNanoseconds;
            rows.Add(new TargetRow($"Generator re-run after an unrelated edit vs a cold run ({rows54.Replace("Rows=", string.Empty, System.StringComparison.Ordinal)} rows)", "≤ 5%", Percent(share), share is null ? null : share <= 0.05));
        }

        ProjectTelemetry? plain = telemetry?.Projects.FirstOrDefault(p => p.HangupFilesPercent == 0);
        double? overhead = plain is null ? null : plain.AnalyzersMilliseconds / plain.CompileMilliseconds;
        rows.Add(new TargetRow("Analyzer time (telemetry) vs compile time, 1,000 files without hangup handling", "≤ 3%", Percent(overhead), overhead is null ? null : overhead <= 0.03));
        return rows;
    }

    /// <summary>Ours must take at most <paramref name="ratio"/> times the alternative's time.</summary>
    private static TargetRow AtMost(BenchmarkRun run, string claim, string ours, string other, double ratio)
    {
        double? measured = Ratio(run, ours, other);
        return new TargetRow(claim, "≤ " + Times(ratio), measured is null ? "not measured" : Times(measured.Value), measured is null ? null : measured <= ratio);
    }

    /// <summary>The alternative must take at least <paramref name="factor"/> times ours.</summary>
    private static TargetRow TimesFaster(BenchmarkRun run, string claim, string ours, string other, double factor)
    {
        double? measured = Ratio(run, other, ours);
        return new TargetRow(claim, "≥ " + factor.ToString("0", CultureInfo.InvariantCulture) + "× faster", measured is null ? "not measured" : measured.Value.ToString("0", CultureInfo.InvariantCulture) + "× faster", measured is null ? null : measured >= factor);
    }

    private static double? Ratio(BenchmarkRun run, string numerator, string denominator)
    {
        BenchmarkResult? top = run.Find(numerator);
        BenchmarkResult? bottom = run.Find(denominator);
        return top is null || bottom is null ? null : top.MeanNanoseconds / bottom.MeanNanoseconds;
    }

    public static string Times(double ratio) => ratio.ToString(ratio switch
    {
        < 0.01 => "0.0000",
        < 10 => "0.00",
        _ => "0",
    }, CultureInfo.InvariantCulture) + "×";

    public static string Percent(double? share) => share is null ? "not measured" : (100 * share.Value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

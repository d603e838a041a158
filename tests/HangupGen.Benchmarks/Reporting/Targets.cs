using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HangupGen.Benchmarks.Analyzers;
using HangupGen.Benchmarks.RealBuild;

namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// The targets issues #6 and #13 set, checked against one run: speed as ratios between benchmarks of
/// the same run (never absolute times, which depend on the machine, except where the target is a time:
/// the IDE's per-document and per-compilation costs), allocations, generator caching, analyzer
/// overhead, and HangupGen's share of a real build (<c>real-build</c>).
/// </summary>
public static class Targets
{
    /// <summary>The generated helpers measured, by benchmark method: each must allocate nothing.</summary>
    public static readonly string[] GeneratedHelperMethods =
    [
        "GetName", "GetDescription", "GetCategory", "TryFromCode", "TryParseCode",
        "TryParseName", "TryParseMixedCaseIdentifier", "TryParseIdentifier", "MatchCategory", "MatchCategoryWithState",
        "NameFromSpanSlice", "NameFromUtf8", "CodeFromSpanSlice", "CodeFromUtf8", "CauseFromUtf8Code", "NameIntoUtf8Span",
        "TelephonyGetName", "TelephonyTryFromCode", "TelephonyTryParse", "CallStatusGetName", "ReasonTryParse",
    ];

    public static IReadOnlyList<TargetRow> Evaluate(BenchmarkRun run, TelemetryReport? telemetry, RealBuildReport? realBuild = null, AlternatingAbReport? alternating = null, IdeAlternatingReport? ideAlternating = null)
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

        rows.AddRange(LookupTargets.Evaluate([run]));
        rows.AddRange(GeneratorTargets(run));
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
        rows.AddRange(RealBuildTargets(realBuild));
        rows.AddRange(InProcessBuildTargets(run));
        if (alternating is not null)
        {
            // The median and its interval from the same rounds (the file's MedianDifference is that median too).
            double[] differences = AlternatingBuildAb.RoundDifferences(alternating.With, alternating.Without);
            (double Lower, double Upper, double Coverage)? interval = MedianInterval(differences);
            rows.Insert(rows.Count - 2, new TargetRow(
                $"A/B build in process, alternated in one process (median of {alternating.Rounds} rounds)",
                "≤ 1%",
                $"{SignedPercent(RealBuildCommand.Median(differences))} ({SignedMilliseconds(MedianRoundDifference(alternating.With, alternating.Without) * 1e6)} per round"
                    + (interval is { } i ? $"; {Percent(i.Coverage)} interval of the median difference {SignedPercent(i.Lower)} to {SignedPercent(i.Upper)}" : "; under 6 rounds, so no interval") + ")"
                    + AlternatingSplit(alternating),
                interval is { } bounds ? bounds.Upper <= 0.01 : null));
        }

        if (ideAlternating is not null)
        {
            // After the IDE edit measured by BenchmarkDotNet, before the per-compilation setup.
            rows.Insert(rows.Count - 1, new TargetRow(
                $"IDE: the same edit, the two cases alternated in one process ({ideAlternating.Repeat} edits in a row per case and round; median of {ideAlternating.Rounds} rounds' differences)",
                "≤ 2 ms more",
                $"{SignedMilliseconds(ideAlternating.MedianDifferenceMilliseconds * 1e6)} (middle half of the rounds {SignedMilliseconds(ideAlternating.LowerQuartileMilliseconds * 1e6)} to {SignedMilliseconds(ideAlternating.UpperQuartileMilliseconds * 1e6)}; medians {ideAlternating.NoOpMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms without, {ideAlternating.WithMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms with)",
                ideAlternating.MedianDifferenceMilliseconds <= 2));
        }

        return rows;
    }

    /// <summary>
    /// The median over the rounds of each round's difference, in milliseconds: beside the median of the
    /// rounds' ratios, where the difference of the two medians could even have the other sign.
    /// </summary>
    private static double MedianRoundDifference(IReadOnlyList<double> times, IReadOnlyList<double> baseline)
        => RealBuildCommand.Median(times.Zip(baseline, (t, b) => t - b));

    /// <summary>The median round difference when the run kept both cases' rounds, else the difference of their medians (older files).</summary>
    private static double RoundDifference(IReadOnlyList<double>? times, IReadOnlyList<double>? baseline, double timesMedian, double baselineMedian)
        => times is null || baseline is null ? timesMedian - baselineMedian : MedianRoundDifference(times, baseline);

    /// <summary>
    /// A distribution-free interval for the median of <paramref name="values"/>: the k-th smallest and
    /// k-th largest values, with the largest k whose coverage (by the binomial distribution of how many
    /// values fall below the median) is at least 95%; null with fewer than 6 values, where no such k
    /// exists. The alternated A/B is met only when the whole interval is within 1%: its rounds swing by
    /// ±10%, and a median alone read −0.1% on a run whose previous ones gave +2.2% to +6.4%.
    /// </summary>
    public static (double Lower, double Upper, double Coverage)? MedianInterval(IReadOnlyList<double> values)
    {
        int n = values.Count;
        double[] sorted = [.. values.Order()];
        (double, double, double)? best = null;
        double below = 0;
        // ln(C(n, i) / 2^n), i counting up: in logarithms, since 2^n and C(n, i) overflow a double from n = 1024.
        double logTerm = -n * System.Math.Log(2);
        for (int k = 1; k <= n / 2; k++)
        {
            // P(fewer than k values below the median) = sum over i < k of C(n, i) / 2^n.
            below += System.Math.Exp(logTerm);
            logTerm += System.Math.Log(n - (k - 1)) - System.Math.Log(k);
            double coverage = 1 - (2 * below);
            if (coverage < 0.95)
            {
                break;
            }

            best = (sorted[k - 1], sorted[n - k], coverage);
        }

        return best;
    }

    /// <summary>
    /// Where the alternated A/B difference goes, when the run had the generator-only case: the generator
    /// with compiling its output, and HangupGen's analyzers (the case with them against the generator-only
    /// case); each a median of the rounds' differences, so the two need not add up to the whole.
    /// </summary>
    private static string AlternatingSplit(AlternatingAbReport alternating)
        => alternating.GeneratorOnlyDifference is not double generator || alternating.GeneratorOnlyMilliseconds is not double generatorMs
            ? string.Empty
            : $"; of it, the generator and compiling what it generates {SignedPercent(generator)} ({SignedMilliseconds(RoundDifference(alternating.GeneratorOnly, alternating.Without, generatorMs, alternating.WithoutMilliseconds) * 1e6)}), "
                + $"HangupGen's analyzers, with against the generator only ({SignedMilliseconds(RoundDifference(alternating.With, alternating.GeneratorOnly, alternating.WithMilliseconds, generatorMs) * 1e6)})"
                + NoAnalyzersSplit(alternating);

    /// <summary>The generator's cost where no analyzer pass binds the generated code again, when the run had those cases.</summary>
    private static string NoAnalyzersSplit(AlternatingAbReport alternating)
        => alternating.NoAnalyzersGeneratorDifference is not double generator
            || alternating.NoAnalyzersGeneratorMilliseconds is not double generatorMs
            || alternating.NoAnalyzersWithoutMilliseconds is not double withoutMs
            ? string.Empty
            : $"; with no analyzer in either case, the generator and compiling what it generates {SignedPercent(generator)} ({SignedMilliseconds(RoundDifference(alternating.NoAnalyzersGenerator, alternating.NoAnalyzersWithout, generatorMs, withoutMs) * 1e6)} per round)";

    /// <summary>Issue #13, target 4: a cold run's allocations on the real tables, and growth from 1,000 to 10,000 rows.</summary>
    private static IEnumerable<TargetRow> GeneratorTargets(BenchmarkRun run)
    {
        long? allocated = run.Find("ColdRun", "Rows=54")?.AllocatedBytes;
        yield return new TargetRow(
            "Generator cold run on the real tables (54-row hangup table and the four vocabularies): bytes allocated",
            "≤ 1 MB",
            allocated is null ? "not measured" : (allocated.Value / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " MB",
            allocated is null ? null : allocated <= 1_000_000);
        BenchmarkResult? thousand = run.Find("ColdRun", "Rows=1000");
        BenchmarkResult? tenThousand = run.Find("ColdRun", "Rows=10000");
        double? growth = thousand is null || tenThousand is null ? null : tenThousand.MeanNanoseconds / thousand.MeanNanoseconds;
        yield return new TargetRow(
            "Generator cold run, 10× the rows (1,000 → 10,000): growth of the time",
            "≤ 11×",
            growth is null ? "not measured" : Times(growth.Value),
            growth is null ? null : growth <= 11);
    }

    /// <summary>Issue #13, target 1: HangupGen's lines of <c>ReportAnalyzer</c> against the Csc task, medians of the builds.</summary>
    private static IEnumerable<TargetRow> RealBuildTargets(RealBuildReport? realBuild)
    {
        RealBuildProject? plain = realBuild?.Projects.FirstOrDefault(p => p.HangupFilesPercent == 0);
        RealBuildProject? handling = realBuild?.Projects.FirstOrDefault(p => p.HangupFilesPercent == 10);
        string builds = realBuild is null ? string.Empty : $", median of {realBuild.Builds}";
        yield return Share($"ReportAnalyzer: analyzers vs the Csc task (0% of files handling hangups{builds})", plain?.Median.AnalyzersShare, 0.01);
        yield return Share($"ReportAnalyzer: generator vs the Csc task (0%{builds})", plain?.Median.GeneratorShare, 0.005);
        yield return Share($"ReportAnalyzer: analyzers vs the Csc task (10%{builds})", handling?.Median.AnalyzersShare, 0.02);
    }

    /// <summary>Issue #13, targets 1 and 2: the in-process A/B build, the IDE's edited document, the per-compilation setup.</summary>
    private static IEnumerable<TargetRow> InProcessBuildTargets(BenchmarkRun run)
    {
        (BenchmarkResult With, BenchmarkResult Without)? ab = Pair(run, nameof(BuildAbBenchmarks), nameof(BuildAbBenchmarks.WithHangupGen), nameof(BuildAbBenchmarks.WithoutHangupGen));
        yield return ab is null
            ? new TargetRow(BuildAbClaim, "≤ 1%", "not measured", null)
            : BuildAb(ab.Value.With, ab.Value.Without);

        (BenchmarkResult With, BenchmarkResult Without)? document = Pair(run, nameof(DocumentEditBenchmarks), nameof(DocumentEditBenchmarks.WithHangupGen), nameof(DocumentEditBenchmarks.NoOpAnalyzer));
        double? documentExtra = document is null ? null : (document.Value.With.MeanNanoseconds - document.Value.Without.MeanNanoseconds) / 1e6;
        yield return new TargetRow(
            "IDE: one edited 200-line document, HangupGen analyzers vs none (new compilation per edit)",
            "≤ 2 ms more",
            documentExtra is null ? "not measured" : SignedMilliseconds(documentExtra.Value * 1e6),
            documentExtra is null ? null : documentExtra <= 2);

        (BenchmarkResult With, BenchmarkResult Without)? setup = Pair(run, nameof(CompilationStartBenchmarks), nameof(CompilationStartBenchmarks.CompilationStart), nameof(CompilationStartBenchmarks.FreshCompilation));
        double? setupMilliseconds = setup is null ? null : (setup.Value.With.MeanNanoseconds - setup.Value.Without.MeanNanoseconds) / 1e6;
        yield return new TargetRow(
            "IDE: per-compilation setup of the HangupGen analyzers (reading the generated types, real table)",
            "< 1 ms",
            setupMilliseconds is null ? "not measured" : SignedMilliseconds(setupMilliseconds.Value * 1e6).TrimStart('+'),
            setupMilliseconds is null ? null : setupMilliseconds < 1);
    }

    private const string BuildAbClaim = "A/B build in process (1,000 files, 0%): with HangupGen vs without, NetAnalyzers and generators in both";

    /// <summary>
    /// The in-process A/B, met only when the whole 99.9% interval of the difference is within 1%: a mean
    /// difference alone read "met" for a run that measured HangupGen 7.4% faster, which adding work cannot be,
    /// with standard deviations of 1.4–2.2 s on 9–10 s. The difference's margin is the two means' margins
    /// combined as independent errors (each is BenchmarkDotNet's t × standard error, with the same N).
    /// </summary>
    public static TargetRow BuildAb(BenchmarkResult with, BenchmarkResult without)
    {
        double difference = with.MeanNanoseconds - without.MeanNanoseconds;
        double share = difference / without.MeanNanoseconds;
        string measured = $"{SignedPercent(share)} ({SignedMilliseconds(difference)})";
        if (with.MarginNanoseconds is not double withMargin || without.MarginNanoseconds is not double withoutMargin)
        {
            // A mean alone once read "met" for a run 7.4% faster with margins of seconds: no interval, no verdict.
            return new TargetRow(BuildAbClaim, "≤ 1%", measured + "; no margins in the export, so no interval", null);
        }

        double margin = System.Math.Sqrt((withMargin * withMargin) + (withoutMargin * withoutMargin));
        double lower = (difference - margin) / without.MeanNanoseconds;
        double upper = (difference + margin) / without.MeanNanoseconds;
        return new TargetRow(BuildAbClaim, "≤ 1%", $"{measured}; 99.9% interval of the difference {SignedPercent(lower)} to {SignedPercent(upper)}", upper <= 0.01);
    }

    /// <summary>Two cases of one benchmark class, or null when the run lacks either.</summary>
    public static (BenchmarkResult With, BenchmarkResult Without)? Pair(BenchmarkRun run, string type, string with, string without, string parameters = "")
        => run.Find(type, with, parameters) is BenchmarkResult a && run.Find(type, without, parameters) is BenchmarkResult b ? (a, b) : null;

    private static TargetRow Share(string claim, double? share, double limit)
        => new(claim, "≤ " + Percent(limit), share is null ? "not measured" : FinePercent(share.Value), share is null ? null : share <= limit);

    /// <summary>Two decimals, for shares compared with limits such as 0.5%.</summary>
    public static string FinePercent(double share) => (100 * share).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string SignedPercent(double share) => (share >= 0 ? "+" : string.Empty) + Percent(share);

    public static string SignedMilliseconds(double nanoseconds)
        => (nanoseconds >= 0 ? "+" : "−") + (System.Math.Abs(nanoseconds) / 1e6).ToString(System.Math.Abs(nanoseconds) < 1e7 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";

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

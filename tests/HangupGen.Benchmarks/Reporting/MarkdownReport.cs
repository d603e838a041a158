using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Benchmarks.Analyzers;
using HangupGen.Benchmarks.Generator;
using HangupGen.Benchmarks.RealBuild;

namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// Writes the results section of docs/benchmarks.md from a run: the machine, the targets with their
/// verdicts, and one table per comparison with each alternative's ratio to ours and its allocations.
/// </summary>
public static class MarkdownReport
{
    public static string Write(BenchmarkRun run, TelemetryReport? telemetry, RealBuildReport? realBuild = null, AlternatingAbReport? alternating = null, IdeAlternatingReport? ideAlternating = null)
    {
        var md = new StringBuilder();
        WriteEnvironment(md, run);
        WriteTargets(md, Targets.Evaluate(run, telemetry, realBuild, alternating, ideAlternating));
        WriteComparisons(md, run);
        WriteGenerator(md, run);
        WriteAnalyzers(md, run, telemetry);
        WriteBuildAndIde(md, run);
        WriteRealBuild(md, realBuild);
        return md.ToString();
    }

    /// <summary>
    /// The in-process A/B build, compiling the generated code alone, the IDE's edited document and the
    /// per-compilation setup (issue #13).
    /// </summary>
    private static void WriteBuildAndIde(StringBuilder md, BenchmarkRun run)
    {
        (string Title, string Type, string With, string Without, string Parameters)[] pairs =
        [
            ("A/B build in process: generators, analyzers (`GetAnalyzerDiagnosticsAsync`) and emit of the 1,000-file project, SDK NetAnalyzers and targeting-pack generators in both", nameof(BuildAbBenchmarks), nameof(BuildAbBenchmarks.WithHangupGen), nameof(BuildAbBenchmarks.WithoutHangupGen), ""),
            GeneratedCode("The generated code alone: parsed, compiled and emitted with a one-class consumer, built without `GenerateDocumentationFile` (the SDK's default)", "Documentation=None&JsonConverters=True"),
            GeneratedCode("The same without the JSON converters (`HangupGenJsonConverters=false`)", "Documentation=None&JsonConverters=False"),
            GeneratedCode("The same with the converters, built with `GenerateDocumentationFile` (documentation comments checked and written)", "Documentation=Diagnose&JsonConverters=True"),
            GeneratedCode("The same without the converters, with `GenerateDocumentationFile`", "Documentation=Diagnose&JsonConverters=False"),
            ("IDE: one edited 200-line document (new compilation, `GetAnalyzerSemanticDiagnosticsAsync` on its semantic model)", nameof(DocumentEditBenchmarks), nameof(DocumentEditBenchmarks.WithHangupGen), nameof(DocumentEditBenchmarks.NoOpAnalyzer), ""),
            ("IDE: per-compilation setup of the HangupGen analyzers (their compilation-start actions and the table their first callback reads, on a fresh compilation)", nameof(CompilationStartBenchmarks), nameof(CompilationStartBenchmarks.CompilationStart), nameof(CompilationStartBenchmarks.FreshCompilation), ""),
        ];
        if (pairs.All(p => Targets.Pair(run, p.Type, p.With, p.Without, p.Parameters) is null))
        {
            return;
        }

        md.AppendLine("### HangupGen in a build and in the IDE (in process)").AppendLine()
            .AppendLine("| Measurement | Baseline | Mean | Allocated | With HangupGen | Mean | Allocated | Difference |")
            .AppendLine("|---|---|---:|---:|---|---:|---:|---:|");
        foreach ((string title, string type, string with, string without, string parameters) in pairs)
        {
            if (Targets.Pair(run, type, with, without, parameters) is not { } pair)
            {
                continue;
            }

            double difference = pair.With.MeanNanoseconds - pair.Without.MeanNanoseconds;
            md.Append(CultureInfo.InvariantCulture, $"| {title} | {without} | {Time(pair.Without.MeanNanoseconds)} | {Bytes(pair.Without.AllocatedBytes)} | {with} | {Time(pair.With.MeanNanoseconds)} | {Bytes(pair.With.AllocatedBytes)} | ")
                .AppendLine(CultureInfo.InvariantCulture, $"{Targets.SignedMilliseconds(difference)} ({Targets.SignedPercent(difference / pair.Without.MeanNanoseconds)}) |");
        }

        md.AppendLine();
    }

    /// <summary>A row of <see cref="GeneratedCodeCompileBenchmarks"/>: the consumer with the generated code against the consumer alone, for one set of parameters.</summary>
    private static (string Title, string Type, string With, string Without, string Parameters) GeneratedCode(string title, string parameters)
        => (title, nameof(GeneratedCodeCompileBenchmarks), nameof(GeneratedCodeCompileBenchmarks.ConsumerWithGeneratedCode), nameof(GeneratedCodeCompileBenchmarks.ConsumerAlone), parameters);

    /// <summary>The <c>real-build</c> results: every build of each project, the medians, and the HangupGen rules' medians.</summary>
    private static void WriteRealBuild(StringBuilder md, RealBuildReport? realBuild)
    {
        if (realBuild is null)
        {
            md.AppendLine("Real build (`ReportAnalyzer`): not measured (run `real-build`).").AppendLine();
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"### A real build with `-p:ReportAnalyzer=true` ({realBuild.Builds} builds per project, {realBuild.Date:yyyy-MM-dd HH:mm} UTC)").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"SDK {realBuild.Sdk}, {realBuild.Machine}; each build `{realBuild.Command}`, after a restore build and {realBuild.WarmupBuilds} warm-up builds with the same command that are not counted.").AppendLine()
            .AppendLine("| Files handling hangups | Build | Csc task | All analyzers | All generators | HangupGen.Analyzers | Share of Csc | HangupGen generator | Share of Csc |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        string Seconds(double seconds, string format = "0.00") => seconds.ToString(format, CultureInfo.InvariantCulture) + " s";
        foreach (RealBuildProject project in realBuild.Projects)
        {
            IEnumerable<(string Name, RealBuildMeasurement Measurement)> rows = project.Builds
                .Select((build, index) => ((index + 1).ToString(CultureInfo.InvariantCulture), build))
                .Append(("**median**", project.Median));
            foreach ((string name, RealBuildMeasurement m) in rows)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {project.HangupFilesPercent}% of {project.Files:N0} | {name} | {Seconds(m.CscSeconds)} | {Seconds(m.AllAnalyzersSeconds)} | {Seconds(m.AllGeneratorsSeconds)} | ")
                    .AppendLine(CultureInfo.InvariantCulture, $"{Seconds(m.HangupGenAnalyzersSeconds, "0.000")} | {Targets.FinePercent(m.AnalyzersShare)} | {Seconds(m.HangupGenGeneratorSeconds, "0.000")} | {Targets.FinePercent(m.GeneratorShare)} |");
            }
        }

        md.AppendLine();
        foreach (RealBuildProject project in realBuild.Projects)
        {
            md.Append(CultureInfo.InvariantCulture, $"Per rule, median ({project.HangupFilesPercent}%): ")
                .Append(string.Join("; ", project.Median.PerRuleSeconds.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {Seconds(r.Value, "0.000")}"))).AppendLine(".").AppendLine();
        }
    }

    private static void WriteEnvironment(StringBuilder md, BenchmarkRun run)
    {
        string Get(string key) => run.Environment.TryGetValue(key, out string? value) ? value : "?";
        md.AppendLine("### Machine and run").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Run written: {Get("Written")}, BenchmarkDotNet {Get("BenchmarkDotNetVersion")}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Processor: {Get("ProcessorName")}, {Get("PhysicalCoreCount")} physical / {Get("LogicalCoreCount")} logical cores")
            .AppendLine(CultureInfo.InvariantCulture, $"- OS: {Get("OsVersion")}; runtime: {Get("RuntimeVersion")}; SDK: {Get("DotNetCliVersion")}")
            .AppendLine();
    }

    private static void WriteTargets(StringBuilder md, IReadOnlyList<TargetRow> targets)
    {
        md.AppendLine("### Targets").AppendLine()
            .AppendLine("| Claim | Target | Measured | Verdict |")
            .AppendLine("|---|---|---|---|");
        foreach (TargetRow target in targets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Claim} | {target.Goal} | {target.Measured} | {target.Verdict} |");
        }

        md.AppendLine();
    }

    /// <summary>The helper comparisons: per group, ours first (the baseline), then each alternative.</summary>
    private static void WriteComparisons(StringBuilder md, BenchmarkRun run)
    {
        md.AppendLine("### Generated helpers vs the alternatives").AppendLine()
            .AppendLine("Per lookup (each invocation walks every member: 54 causes, 81 telephony causes, 7 call statuses, 23 reasons). *Ours vs this*: our time divided by the alternative's; below 1 is faster.").AppendLine()
            .AppendLine("| Comparison | Method | Mean | Allocated | Ours vs this |")
            .AppendLine("|---|---|---:|---:|---:|");
        foreach ((string group, string ours, string[] others, _) in LookupComparisons.All)
        {
            BenchmarkResult? baseline = run.Find(ours);
            foreach (string method in others.Prepend(ours))
            {
                BenchmarkResult? result = run.Find(method);
                if (result is null)
                {
                    continue;
                }

                string ratio = baseline is null ? "?" : Targets.Times(baseline.MeanNanoseconds / result.MeanNanoseconds);
                md.AppendLine(CultureInfo.InvariantCulture, $"| {group} | {(method == ours ? "**" + method + "** (ours)" : method)} | {Time(result.MeanNanoseconds)} | {Bytes(result.AllocatedBytes)} | {ratio} |");
            }
        }

        md.AppendLine();
    }

    private static void WriteGenerator(StringBuilder md, BenchmarkRun run)
    {
        md.AppendLine("### Generator").AppendLine()
            .AppendLine("| Table rows | Cold run | Allocated | Re-run after an unrelated edit | Allocated | Re-run vs cold |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|");
        BenchmarkResult? previous = null;
        var growth = new List<string>();
        foreach (int rows in new[] { 54, 1_000, 10_000 })
        {
            string parameters = "Rows=" + rows.ToString(CultureInfo.InvariantCulture);
            BenchmarkResult? cold = run.Find("ColdRun", parameters);
            BenchmarkResult? rerun = run.Find("CachedRerunAfterUnrelatedEdit", parameters);
            if (cold is null || rerun is null)
            {
                continue;
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"| {rows:N0} | {Time(cold.MeanNanoseconds)} | {Bytes(cold.AllocatedBytes)} | {Time(rerun.MeanNanoseconds)} | {Bytes(rerun.AllocatedBytes)} | {Targets.Percent(rerun.MeanNanoseconds / cold.MeanNanoseconds)} |");
            if (previous is not null && rows == 10_000)
            {
                growth.Add($"10× the rows (1,000 → 10,000) took {Targets.Times(cold.MeanNanoseconds / previous.MeanNanoseconds)} the time of a cold run");
            }

            previous = cold;
        }

        md.AppendLine();
        if (growth.Count > 0)
        {
            md.AppendLine("Growth: " + string.Join("; ", growth) + " (linear growth is 10×).").AppendLine();
        }
    }

    private static void WriteAnalyzers(StringBuilder md, BenchmarkRun run, TelemetryReport? telemetry)
    {
        md.AppendLine("### Analyzers").AppendLine()
            .AppendLine("Wall clock through `CompilationWithAnalyzers` (an upper bound: it adds its own event queues):").AppendLine()
            .AppendLine("| Files handling hangups | Compile | Compile + analyzers | Difference |")
            .AppendLine("|---:|---:|---:|---:|");
        foreach (int percent in new[] { 0, 10 })
        {
            string parameters = "HangupFilesPercent=" + percent.ToString(CultureInfo.InvariantCulture);
            BenchmarkResult? compile = run.Find("Compile", parameters);
            BenchmarkResult? both = run.Find("CompileWithAnalyzers", parameters);
            if (compile is not null && both is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {percent}% | {Time(compile.MeanNanoseconds)} | {Time(both.MeanNanoseconds)} | +{Targets.Percent((both.MeanNanoseconds - compile.MeanNanoseconds) / compile.MeanNanoseconds)} |");
            }
        }

        md.AppendLine();
        if (telemetry is null)
        {
            md.AppendLine("Analyzer telemetry: not measured (run `analyzer-telemetry`).").AppendLine();
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"Analyzer telemetry (the analyzers' own execution time, median of {telemetry.Runs} compiles, {telemetry.Date:yyyy-MM-dd}):").AppendLine()
            .AppendLine("| Files handling hangups | Compile (emit, no analyzers) | All HangupGen analyzers | Share | A do-nothing analyzer beside them | The analysis: wall clock, garbage-collection pauses in it | Per analyzer | HG diagnostics |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (ProjectTelemetry project in telemetry.Projects)
        {
            string perAnalyzer = string.Join("; ", project.PerAnalyzerMilliseconds.OrderByDescending(p => p.Value)
                .Select(p => $"{p.Key} {p.Value.ToString("0.0", CultureInfo.InvariantCulture)} ms"));
            string diagnostics = project.Diagnostics.Count == 0 ? "none" : string.Join(", ", project.Diagnostics.Select(d => $"{d.Key} ×{d.Value}"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {project.HangupFilesPercent}% of {project.Files:N0} | {project.CompileMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms | "
                + $"{project.AnalyzersMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms | {Targets.Percent(project.AnalyzersMilliseconds / project.CompileMilliseconds)} | {Milliseconds(project.ControlMilliseconds)} | {AnalysisWindow(project)} | {perAnalyzer} | {diagnostics} |");
        }

        md.AppendLine()
            .AppendLine("Telemetry times each callback by the wall clock: a garbage collection that pauses the process during a")
            .AppendLine("callback is charged to it, whoever allocated (docs/analyzer-profile.md, finding 13). The do-nothing analyzer")
            .AppendLine("takes the same operations as the rules and returns at once: what it is charged is the floor of the measurement.").AppendLine();
    }

    /// <summary>"3,210 ms, 1,050 ms in 61 collections", or "not recorded" for a report written before they were.</summary>
    private static string AnalysisWindow(ProjectTelemetry project)
        => project.AnalysisMilliseconds is double analysis && project.GcPauseMilliseconds is double pause && project.Collections is int collections
            ? $"{analysis.ToString("N0", CultureInfo.InvariantCulture)} ms, {pause.ToString("N0", CultureInfo.InvariantCulture)} ms in {collections} collections"
            : "not recorded";

    private static string Milliseconds(double? milliseconds)
        => milliseconds is double value ? value.ToString("0.0", CultureInfo.InvariantCulture) + " ms" : "not recorded";

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => nanoseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (nanoseconds / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        < 1_000_000_000 => (nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        _ => (nanoseconds / 1_000_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    private static string Bytes(long? bytes) => bytes is null ? "?" : bytes.Value.ToString("N0", CultureInfo.InvariantCulture) + " B";

    /// <summary>
    /// The lookup target on several runs (<c>report-lookups</c>): per lookup, its ratio to the fastest
    /// alternative in each run, and the verdict across them.
    /// </summary>
    public static string WriteLookupRuns(IReadOnlyList<BenchmarkRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Runs: {string.Join(", ", runs.Select(r => r.Environment.GetValueOrDefault("Written", "?")))}; the ratio is ours divided by the fastest alternative of the same run.").AppendLine()
            .AppendLine("| Lookup | Target | Each run | Verdict |")
            .AppendLine("|---|---|---|---|");
        foreach (TargetRow row in LookupTargets.Evaluate(runs))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Claim} | {row.Goal} | {row.Measured} | {row.Verdict} |");
        }

        return md.AppendLine().ToString();
    }

    /// <summary>Replaces what lies between the two markers of <paramref name="document"/> with <paramref name="section"/>.</summary>
    public static string ReplaceSection(string document, string section, string marker = "benchmark-results")
    {
        string Start = $"<!-- {marker}:start -->";
        string End = $"<!-- {marker}:end -->";
        int start = document.IndexOf(Start, StringComparison.Ordinal);
        int end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"The document has no '{Start}' ... '{End}' section to replace.");
        }

        return document[..(start + Start.Length)] + "\n" + section + document[end..];
    }
}

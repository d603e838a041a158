using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Running;
using HangupGen.Benchmarks;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Analyzers;
using HangupGen.Benchmarks.RealBuild;
using HangupGen.Benchmarks.Reporting;

// Commands (docs/benchmarks.md):
//   [BenchmarkDotNet arguments]          run benchmarks: --filter '*' [--job short|dry]
//   analyzer-telemetry [out.json]        per-analyzer time from the compiler's telemetry
//   generate-project DIR [--hangup-percent N]   the synthetic project, for a real ReportAnalyzer build
//   ab-alternate [--rounds N] [--warmup N] [--out FILE]   the A/B build operations alternated in one process
//   ide-alternate [--rounds N] [--repeat N] [--warmup N] [--out FILE]   the IDE edit operations alternated in one process
//   real-build [DIR] [--hangup-percent N] [--warmup N] [--builds N] [--compiler-server on|off] [--out FILE]   ReportAnalyzer medians of real builds (0% and 10% unless N given; 3 warm-up builds; the compiler server on unless off)
//   report-lookups DIR DIR DIR [--update docs/benchmarks.md]   the lookup target on three runs' results folders
//   report [--results DIR] [--telemetry FILE] [--real-build FILE] [--ab-alternate FILE] [--ide-alternate FILE] [--update docs/benchmarks.md]   ratios against the targets
switch (args.FirstOrDefault())
{
    case "analyzer-telemetry":
        return AnalyzerTelemetry.Run(args.Length > 1 ? args[1] : Path.Combine("BenchmarkDotNet.Artifacts", "analyzer-telemetry.json"));
    case "generate-project" when args.Length > 1:
        return SyntheticProjectWriter.Run(args[1], int.Parse(Option(args, "--hangup-percent") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
    case "ab-alternate":
        return AlternatingBuildAb.Run(
            int.Parse(Option(args, "--rounds") ?? "10", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option(args, "--warmup") ?? "2", System.Globalization.CultureInfo.InvariantCulture),
            Option(args, "--out") ?? Path.Combine("BenchmarkDotNet.Artifacts", "ab-alternate.json"));
    case "ide-alternate":
        return AlternatingDocumentEdit.Run(
            int.Parse(Option(args, "--rounds") ?? "100", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option(args, "--repeat") ?? "8", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option(args, "--warmup") ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            Option(args, "--out") ?? Path.Combine("BenchmarkDotNet.Artifacts", "ide-alternate.json"));
    case "real-build":
        return RealBuildCommand.Run(
            args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine(Path.GetTempPath(), "hangupgen-real-build"),
            Option(args, "--hangup-percent") is string percent ? [int.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)] : [0, 10],
            int.Parse(Option(args, "--warmup") ?? "3", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option(args, "--builds") ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            Option(args, "--compiler-server") != "off",
            Option(args, "--out") ?? Path.Combine("BenchmarkDotNet.Artifacts", "real-build.json"));
    case "report":
        return Report(args);
    case "report-lookups":
        return ReportLookups(args);
    default:
        AlternativeTables.Verify();
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
}

static int Report(string[] args)
{
    BenchmarkRun run = BenchmarkRun.Read(Option(args, "--results") ?? Path.Combine("BenchmarkDotNet.Artifacts", "results"));
    string telemetryPath = Option(args, "--telemetry") ?? Path.Combine("BenchmarkDotNet.Artifacts", "analyzer-telemetry.json");
    TelemetryReport? telemetry = File.Exists(telemetryPath)
        ? JsonSerializer.Deserialize<TelemetryReport>(File.ReadAllText(telemetryPath), TelemetryReport.JsonOptions)
        : null;

    string realBuildPath = Option(args, "--real-build") ?? Path.Combine("BenchmarkDotNet.Artifacts", "real-build.json");
    RealBuildReport? realBuild = File.Exists(realBuildPath)
        ? JsonSerializer.Deserialize<RealBuildReport>(File.ReadAllText(realBuildPath), RealBuildReport.JsonOptions)
        : null;

    string alternatingPath = Option(args, "--ab-alternate") ?? Path.Combine("BenchmarkDotNet.Artifacts", "ab-alternate.json");
    AlternatingAbReport? alternating = File.Exists(alternatingPath)
        ? JsonSerializer.Deserialize<AlternatingAbReport>(File.ReadAllText(alternatingPath), AlternatingAbReport.JsonOptions)
        : null;

    string ideAlternatingPath = Option(args, "--ide-alternate") ?? Path.Combine("BenchmarkDotNet.Artifacts", "ide-alternate.json");
    IdeAlternatingReport? ideAlternating = File.Exists(ideAlternatingPath)
        ? JsonSerializer.Deserialize<IdeAlternatingReport>(File.ReadAllText(ideAlternatingPath), IdeAlternatingReport.JsonOptions)
        : null;

    foreach (TargetRow target in Targets.Evaluate(run, telemetry, realBuild, alternating, ideAlternating))
    {
        Console.WriteLine($"{target.Verdict,-14} {target.Claim}: {target.Measured} (target {target.Goal})");
    }

    string? document = Option(args, "--update");
    if (document is not null)
    {
        File.WriteAllText(document, MarkdownReport.ReplaceSection(File.ReadAllText(document), MarkdownReport.Write(run, telemetry, realBuild, alternating, ideAlternating)));
        Console.WriteLine($"Updated {document}");
    }

    return 0;
}

// The lookup target across several runs: report-lookups DIR DIR DIR [--update docs/benchmarks.md]
static int ReportLookups(string[] args)
{
    string? document = Option(args, "--update");
    BenchmarkRun[] runs = [.. args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(BenchmarkRun.Read)];
    foreach (TargetRow target in LookupTargets.Evaluate(runs))
    {
        Console.WriteLine($"{target.Verdict,-14} {target.Claim}: {target.Measured} (target {target.Goal})");
    }

    if (document is not null)
    {
        File.WriteAllText(document, MarkdownReport.ReplaceSection(File.ReadAllText(document), MarkdownReport.WriteLookupRuns(runs), "lookup-runs"));
        Console.WriteLine($"Updated {document}");
    }

    return 0;
}

static string? Option(string[] args, string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

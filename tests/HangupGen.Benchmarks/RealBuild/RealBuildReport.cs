using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HangupGen.Benchmarks.RealBuild;

/// <summary>What <c>real-build</c> writes (<c>BenchmarkDotNet.Artifacts/real-build.json</c>) and <c>report</c> reads.</summary>
/// <param name="Date">When the builds finished.</param>
/// <param name="Builds">Measured builds per project (the restore and warm-up builds are not counted).</param>
/// <param name="Sdk">The SDK that built (<c>dotnet --version</c>).</param>
/// <param name="Machine">Processor count and OS, as the program saw them.</param>
/// <param name="Command">The measured build command, with <c>DIR</c> for the project.</param>
/// <param name="Projects">One entry per share of files handling hangups.</param>
/// <param name="WarmupBuilds">Builds with the measured command before the measured ones, not counted (runs before this field: 0, a restore build only).</param>
public sealed record RealBuildReport(DateTimeOffset Date, int Builds, string Sdk, string Machine, string Command, IReadOnlyList<RealBuildProject> Projects, int WarmupBuilds = 0)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

/// <summary>One synthetic project's builds and their medians.</summary>
/// <param name="HangupFilesPercent">Files handling hangups, in percent (0 or 10).</param>
/// <param name="Files">Files in the project.</param>
/// <param name="Builds">Each measured build, in order.</param>
/// <param name="Median">The median of each measurement over the builds, each taken on its own (so the shares are medians of the per-build shares, not ratios of medians).</param>
public sealed record RealBuildProject(int HangupFilesPercent, int Files, IReadOnlyList<RealBuildMeasurement> Builds, RealBuildMeasurement Median);

/// <summary>One build, or the medians of several.</summary>
/// <param name="CscSeconds">The Csc task, from MSBuild's task performance summary.</param>
/// <param name="AllAnalyzersSeconds">"Total analyzer execution time" (every analyzer of the build, the SDK's included).</param>
/// <param name="AllGeneratorsSeconds">"Total generator execution time".</param>
/// <param name="HangupGenAnalyzersSeconds">The <c>HangupGen.Analyzers</c> assembly's line.</param>
/// <param name="HangupGenGeneratorSeconds">The <c>HangupGen.Generator</c> assembly's line.</param>
/// <param name="AnalyzersShare">HangupGen analyzers / Csc.</param>
/// <param name="GeneratorShare">HangupGen generator / Csc.</param>
/// <param name="PerRuleSeconds">Each HangupGen analyzer type with its rule IDs, e.g. <c>MagicHangupCodeAnalyzer (HG0001, HG0002)</c>.</param>
public sealed record RealBuildMeasurement(
    double CscSeconds,
    double AllAnalyzersSeconds,
    double AllGeneratorsSeconds,
    double HangupGenAnalyzersSeconds,
    double HangupGenGeneratorSeconds,
    double AnalyzersShare,
    double GeneratorShare,
    IReadOnlyDictionary<string, double> PerRuleSeconds);

using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>What <c>analyzer-telemetry</c> writes and <c>report</c> reads: medians over <paramref name="Runs"/> compiles.</summary>
public sealed record TelemetryReport(int Runs, DateTimeOffset Date, IReadOnlyList<ProjectTelemetry> Projects)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

/// <summary>One synthetic project's compile time, analyzer time (telemetry) and the HangupGen diagnostics found.</summary>
public sealed record ProjectTelemetry(
    int HangupFilesPercent,
    int Files,
    double CompileMilliseconds,
    double AnalyzersMilliseconds,
    IReadOnlyDictionary<string, double> PerAnalyzerMilliseconds,
    IReadOnlyDictionary<string, int> Diagnostics);

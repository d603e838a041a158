using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>What <c>analyzer-telemetry</c> writes and <c>report</c> reads: medians over <paramref name="Runs"/> compiles.</summary>
public sealed record TelemetryReport(int Runs, DateTimeOffset Date, IReadOnlyList<ProjectTelemetry> Projects)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

/// <summary>
/// One synthetic project's compile time, analyzer time (telemetry) and the HangupGen diagnostics found,
/// with the garbage collections that fell inside the analysis (medians; absent in reports written before
/// they were recorded) and the time charged to a do-nothing analyzer on the same operations beside them
/// (<see cref="NoOpOperationAnalyzer"/>, not counted in <paramref name="AnalyzersMilliseconds"/>).
/// Telemetry times each callback by the wall clock, so a collection that pauses the process during a
/// callback is charged to that callback (docs/analyzer-profile.md, finding 13).
/// </summary>
public sealed record ProjectTelemetry(
    int HangupFilesPercent,
    int Files,
    double CompileMilliseconds,
    double AnalyzersMilliseconds,
    IReadOnlyDictionary<string, double> PerAnalyzerMilliseconds,
    IReadOnlyDictionary<string, int> Diagnostics,
    double? AnalysisMilliseconds = null,
    double? GcPauseMilliseconds = null,
    int? Collections = null,
    double? ControlMilliseconds = null);

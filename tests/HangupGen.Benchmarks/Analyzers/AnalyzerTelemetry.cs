using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The <c>analyzer-telemetry</c> command: compiles the synthetic project several times and reads
/// each analyzer's own execution time from the compiler's analyzer telemetry (what
/// <c>-p:ReportAnalyzer=true</c> prints in a real build), against the compile time without
/// analyzers. Medians of the runs are written as JSON for the report.
/// </summary>
public static class AnalyzerTelemetry
{
    private const int Runs = 7;

    /// <summary>Compiles first run and thrown away, so the compiler's own code is jitted to its final tier.</summary>
    private const int WarmupRuns = 3;

    /// <summary>
    /// Runs beside the HangupGen analyzers and does nothing on the operations they take: what the telemetry
    /// charges it is the floor of the measurement (the callbacks' dispatch and whatever pauses the process
    /// during them), not work of its own.
    /// </summary>
    private static readonly DiagnosticAnalyzer Control = new NoOpOperationAnalyzer();

    public static int Run(string outputPath)
    {
        var projects = new List<ProjectTelemetry>();
        foreach (int percent in new[] { 0, 10 })
        {
            SyntaxTree[] trees = SyntheticProject.ParseWithGeneratedTypes(percent);
            for (int warmup = 0; warmup < WarmupRuns; warmup++)
            {
                Compilation warm = SyntheticProject.Compile(trees);
                warm.Emit(Stream.Null);
                Analyze(warm);
            }

            var compileTimes = new List<double>();
            var analyses = new List<GcSpan>();
            var controlTimes = new List<double>();
            var analyzerTimes = new Dictionary<string, List<double>>();
            Dictionary<string, int> diagnostics = [];
            for (int run = 0; run < Runs; run++)
            {
                Compilation compilation = SyntheticProject.Compile(trees);
                var watch = Stopwatch.StartNew();
                compilation.Emit(Stream.Null);
                compileTimes.Add(watch.Elapsed.TotalMilliseconds);

                var window = GcWindow.Start();
                AnalysisResult result = Analyze(compilation);
                analyses.Add(window.Stop());
                controlTimes.Add(result.AnalyzerTelemetryInfo[Control].ExecutionTime.TotalMilliseconds);
                ImmutableArray<Diagnostic> found = result.GetAllDiagnostics();
                foreach (DiagnosticAnalyzer analyzer in HangupAnalyzers.All)
                {
                    AnalyzerTelemetryInfo info = result.AnalyzerTelemetryInfo[analyzer];
                    string name = analyzer.GetType().Name;
                    if (!analyzerTimes.TryGetValue(name, out List<double>? times))
                    {
                        analyzerTimes[name] = times = [];
                    }

                    times.Add(info.ExecutionTime.TotalMilliseconds);
                }

                diagnostics = found.Where(d => d.Id.StartsWith("HG", StringComparison.Ordinal))
                    .GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            }

            var perAnalyzer = analyzerTimes.ToDictionary(pair => pair.Key, pair => Median(pair.Value));
            double analyzersTotal = Median(Enumerable.Range(0, Runs).Select(run => analyzerTimes.Values.Sum(times => times[run])).ToList());
            projects.Add(new ProjectTelemetry(
                percent,
                SyntheticProject.FileCount,
                Median(compileTimes),
                analyzersTotal,
                perAnalyzer,
                diagnostics,
                Median(analyses.Select(a => a.Milliseconds).ToList()),
                Median(analyses.Select(a => a.PauseMilliseconds).ToList()),
                (int)Median(analyses.Select(a => (double)a.Collections).ToList()),
                Median(controlTimes)));
            Print(projects[^1]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(new TelemetryReport(Runs, DateTimeOffset.UtcNow, projects), TelemetryReport.JsonOptions));
        Console.WriteLine($"Written to {outputPath}");
        return 0;
    }

    /// <summary>Runs every HangupGen analyzer and the control over <paramref name="compilation"/> with execution times logged.</summary>
    private static AnalysisResult Analyze(Compilation compilation)
        => compilation
            .WithAnalyzers(
                HangupAnalyzers.All.Add(Control),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true))
            .GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();

    private static void Print(ProjectTelemetry project)
    {
        Console.WriteLine($"{project.Files} files, {project.HangupFilesPercent}% handling hangups: compile {project.CompileMilliseconds:F0} ms, "
            + $"analyzers {project.AnalyzersMilliseconds:F1} ms ({100 * project.AnalyzersMilliseconds / project.CompileMilliseconds:F2}% of compile)");
        Console.WriteLine($"  the analysis: {project.AnalysisMilliseconds:F0} ms, of it {project.GcPauseMilliseconds:F0} ms paused by {project.Collections} garbage collections");
        Console.WriteLine($"  a do-nothing analyzer on the same operations (not counted above): {project.ControlMilliseconds:F1} ms");
        foreach ((string analyzer, double milliseconds) in project.PerAnalyzerMilliseconds.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {analyzer,-40} {milliseconds,8:F1} ms");
        }

        Console.WriteLine("  diagnostics: " + (project.Diagnostics.Count == 0 ? "none" : string.Join(", ", project.Diagnostics.Select(d => $"{d.Key} x{d.Value}"))));
    }

    /// <summary>The wall clock, the garbage collections and their pauses from <see cref="Start"/> to <see cref="Stop"/>.</summary>
    private readonly record struct GcWindow(long StartTimestamp, int StartCollections, TimeSpan StartPause)
    {
        public static GcWindow Start() => new(Stopwatch.GetTimestamp(), GC.CollectionCount(0), GC.GetTotalPauseDuration());

        // CollectionCount(0) counts every collection: a gen-1 or gen-2 collection collects gen 0 too.
        public GcSpan Stop() => new(
            Stopwatch.GetElapsedTime(StartTimestamp).TotalMilliseconds,
            GC.CollectionCount(0) - StartCollections,
            (GC.GetTotalPauseDuration() - StartPause).TotalMilliseconds);
    }

    private readonly record struct GcSpan(double Milliseconds, int Collections, double PauseMilliseconds);

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}

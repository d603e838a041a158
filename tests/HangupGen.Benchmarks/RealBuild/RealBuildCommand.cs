using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using HangupGen.Benchmarks.Analyzers;

namespace HangupGen.Benchmarks.RealBuild;

/// <summary>
/// The <c>real-build</c> command: writes the synthetic project (<see cref="SyntheticProjectWriter"/>)
/// for each share of files handling hangups, builds it once to restore, then <c>warmup</c> times with
/// <see cref="BuildArguments"/> (not counted: the compiler server's JIT settles over a few builds, the
/// Csc task going from 16 s to 6 s over the first five on this machine), then <c>builds</c> times,
/// keeps each log next to the project, reads it (<see cref="BuildLog"/>) and writes the medians as
/// JSON for <c>report</c>.
/// </summary>
/// <remarks>
/// Whether the compiler server is used is passed explicitly (<c>UseSharedCompilation</c>), because
/// an environment variable of that name overrides the SDK's default (on) without a word: this
/// machine sets it to <c>false</c>. Without the server every build is a new <c>csc</c> process that
/// loads and JIT-compiles the analyzers and generators again, and <c>ReportAnalyzer</c> charges that
/// to them.
/// </remarks>
public static class RealBuildCommand
{
    /// <summary>A full compile each time (<c>--no-incremental</c>), with the per-analyzer table and MSBuild's task times; {1} is the compiler server, <c>true</c> or <c>false</c>.</summary>
    public const string BuildArguments = "build {0} -c Release --no-restore --no-incremental -p:UseSharedCompilation={1} -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary";

    private const string AnalyzersAssembly = "HangupGen.Analyzers";
    private const string GeneratorAssembly = "HangupGen.Generator";

    public static int Run(string directory, IReadOnlyList<int> hangupPercents, int warmup, int builds, bool compilerServer, string outputPath)
    {
        string server = compilerServer ? "true" : "false";
        var projects = new List<RealBuildProject>();
        foreach (int percent in hangupPercents)
        {
            string project = Path.GetFullPath(Path.Combine(directory, "hangup-" + percent.ToString(CultureInfo.InvariantCulture)));
            SyntheticProjectWriter.Run(project, percent);
            Console.WriteLine($"Restore build and {warmup} warm-up builds (not counted): {project}");
            Dotnet($"build {Quote(project)} -c Release -p:UseSharedCompilation={server}", Path.Combine(project, "build-restore.log"));
            for (int build = 1; build <= warmup; build++)
            {
                Dotnet(MeasuredBuild(Quote(project), server), Path.Combine(project, $"build-warmup-{build}.log"));
            }

            var measured = new List<RealBuildMeasurement>();
            for (int build = 1; build <= builds; build++)
            {
                string logPath = Path.Combine(project, $"build-{build}.log");
                RealBuildMeasurement measurement = Measure(BuildLog.Parse(Dotnet(MeasuredBuild(Quote(project), server), logPath)));
                measured.Add(measurement);
                Console.WriteLine($"  build {build}/{builds} ({percent}%): Csc {measurement.CscSeconds:F2} s, all analyzers {measurement.AllAnalyzersSeconds:F2} s, "
                    + $"HangupGen analyzers {measurement.HangupGenAnalyzersSeconds:F3} s ({Percent(measurement.AnalyzersShare)}), generator {measurement.HangupGenGeneratorSeconds:F3} s ({Percent(measurement.GeneratorShare)})");
            }

            projects.Add(new RealBuildProject(percent, SyntheticProject.FileCount, measured, Medians(measured)));
            Console.WriteLine($"  median ({percent}%): HangupGen analyzers {Percent(projects[^1].Median.AnalyzersShare)} of Csc, generator {Percent(projects[^1].Median.GeneratorShare)}");
        }

        if (compilerServer)
        {
            // Nothing of the builds should keep running into whatever is measured next.
            Dotnet("build-server shutdown", Path.Combine(Path.GetFullPath(directory), "build-server-shutdown.log"));
        }

        var report = new RealBuildReport(
            DateTimeOffset.UtcNow,
            builds,
            DotnetVersion(),
            $"{Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}",
            "dotnet " + MeasuredBuild("DIR", server),
            projects,
            warmup);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(report, RealBuildReport.JsonOptions));
        Console.WriteLine($"Written to {outputPath}");
        return 0;
    }

    /// <summary><see cref="BuildArguments"/> for <paramref name="project"/>, with the compiler server <paramref name="server"/> (<c>true</c> or <c>false</c>).</summary>
    private static string MeasuredBuild(string project, string server)
        => string.Format(CultureInfo.InvariantCulture, BuildArguments, project, server);

    private static RealBuildMeasurement Measure(BuildLog log)
    {
        double csc = log.CscMilliseconds / 1000;
        double analyzers = log.AssemblySeconds(AnalyzersAssembly);
        double generator = log.AssemblySeconds(GeneratorAssembly, generators: true);
        return new RealBuildMeasurement(
            csc,
            log.AnalyzersSeconds,
            log.GeneratorsSeconds,
            analyzers,
            generator,
            analyzers / csc,
            generator / csc,
            log.TypesIn(AnalyzersAssembly + ".").ToDictionary(rule => rule.Key[(AnalyzersAssembly.Length + 1)..], rule => rule.Value, StringComparer.Ordinal));
    }

    private static RealBuildMeasurement Medians(List<RealBuildMeasurement> builds)
        => new(
            Median(builds.Select(b => b.CscSeconds)),
            Median(builds.Select(b => b.AllAnalyzersSeconds)),
            Median(builds.Select(b => b.AllGeneratorsSeconds)),
            Median(builds.Select(b => b.HangupGenAnalyzersSeconds)),
            Median(builds.Select(b => b.HangupGenGeneratorSeconds)),
            Median(builds.Select(b => b.AnalyzersShare)),
            Median(builds.Select(b => b.GeneratorShare)),
            builds.SelectMany(b => b.PerRuleSeconds.Keys).Distinct().ToDictionary(
                rule => rule,
                rule => Median(builds.Select(b => b.PerRuleSeconds.TryGetValue(rule, out double seconds) ? seconds : 0)),
                StringComparer.Ordinal));

    public static double Median(IEnumerable<double> values)
    {
        List<double> sorted = [.. values.Order()];
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Runs <c>dotnet arguments</c>, writes its output to <paramref name="logPath"/> and returns it; throws when the build fails.</summary>
    private static string Dotnet(string arguments, string logPath)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.WriteAllText(logPath, output + error.Result);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'dotnet {arguments}' failed with exit code {process.ExitCode}; see {logPath}.");
        }

        return output;
    }

    private static string DotnetVersion()
    {
        using Process process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        string version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }

    private static string Quote(string path) => "\"" + path + "\"";

    private static string Percent(double share) => (100 * share).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}

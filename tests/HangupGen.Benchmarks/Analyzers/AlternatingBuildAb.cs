using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HangupGen.Benchmarks.RealBuild;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The <c>ab-alternate</c> command: the operations of <see cref="BuildAbBenchmarks"/>, in one process,
/// in rotation (<see cref="CaseRotation"/>: the order shifted every round), so that a change in the
/// machine's load hits every case alike; BenchmarkDotNet runs the cases one after the other instead.
/// Three cases split what HangupGen costs: without it; with its generator only (generating, then
/// compiling and emitting the generated types, with the SDK's analyzers alone); and with its generator
/// and analyzers. Two more run no analyzer at all, without and with HangupGen's generator: what the
/// generator and compiling its output cost where nothing binds the generated code twice. Writes the
/// medians of the per-round differences for <c>report</c>.
/// </summary>
public static class AlternatingBuildAb
{
    public static int Run(int rounds, int warmupRounds, string outputPath)
    {
        var benchmarks = new BuildAbBenchmarks();
        benchmarks.Setup();
        // Each case with the index of the case it is compared with (itself for a baseline).
        (string Name, Func<int> Operation, int Baseline)[] cases =
        [
            ("without", benchmarks.WithoutHangupGen, 0),
            ("generator only", benchmarks.WithHangupGenGeneratorOnly, 0),
            ("with", benchmarks.WithHangupGen, 0),
            ("no analyzers, without", benchmarks.WithoutHangupGenWithoutAnalyzers, 3),
            ("no analyzers, generator", benchmarks.GeneratorWithoutAnalyzers, 3),
        ];
        List<double>[] times = CaseRotation.Run([.. cases.Select(c => c.Operation)], rounds, warmupRounds, (round, roundTimes, results) =>
        {
            var line = new List<string>();
            for (int index = 0; index < cases.Length; index++)
            {
                int baseline = cases[index].Baseline;
                string share = index == baseline ? string.Empty : $" ({(roundTimes[index] - roundTimes[baseline]) / roundTimes[baseline]:+0.0%;-0.0%})";
                // The operations return the analyzer diagnostics found (plus a million if emit failed): the
                // cases must do the work they claim, and the counts show it.
                line.Add($"{cases[index].Name} {roundTimes[index]:F0} ms{share}, {results[index]} diagnostics");
            }

            Console.WriteLine($"round {round + 1}/{rounds}: " + string.Join("; ", line));
        });

        List<double> without = times[0], generatorOnly = times[1], with = times[2], bareWithout = times[3], bareGenerator = times[4];
        var result = new AlternatingAbReport(
            DateTimeOffset.UtcNow,
            rounds,
            RealBuildCommand.Median(without),
            RealBuildCommand.Median(with),
            MedianDifference(with, without),
            without,
            with,
            RealBuildCommand.Median(generatorOnly),
            MedianDifference(generatorOnly, without),
            generatorOnly,
            RealBuildCommand.Median(bareWithout),
            RealBuildCommand.Median(bareGenerator),
            MedianDifference(bareGenerator, bareWithout),
            bareWithout,
            bareGenerator);
        Console.WriteLine($"median: without {result.WithoutMilliseconds:F0} ms, generator only {result.GeneratorOnlyMilliseconds:F0} ms, with {result.WithMilliseconds:F0} ms; "
            + $"median difference per round: generator only {Percent(result.GeneratorOnlyDifference)}, with {Percent(result.MedianDifference)}; "
            + $"no analyzers: without {result.NoAnalyzersWithoutMilliseconds:F0} ms, generator {result.NoAnalyzersGeneratorMilliseconds:F0} ms ({Percent(result.NoAnalyzersGeneratorDifference)})");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(result, AlternatingAbReport.JsonOptions));
        Console.WriteLine($"Written to {outputPath}");
        return 0;
    }

    private static double MedianDifference(List<double> times, List<double> baseline)
        => RealBuildCommand.Median(RoundDifferences(times, baseline));

    /// <summary>Each round's difference, relative to that round's baseline.</summary>
    public static double[] RoundDifferences(IReadOnlyList<double> times, IReadOnlyList<double> baseline)
        => [.. times.Zip(baseline, (t, b) => (t - b) / b)];

    private static string Percent(double? share)
        => share is null ? "-" : (100 * share.Value).ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + "%";
}

/// <summary>What <c>ab-alternate</c> writes: medians over the rounds, and every round's times in milliseconds.</summary>
/// <param name="Date">When the rounds finished.</param>
/// <param name="Rounds">Measured rounds (warm-up rounds not counted).</param>
/// <param name="WithoutMilliseconds">Median of the operations without HangupGen.</param>
/// <param name="WithMilliseconds">Median of the operations with HangupGen (generator and analyzers).</param>
/// <param name="MedianDifference">Median over the rounds of (with − without) / without.</param>
/// <param name="Without">Each round's operation without HangupGen.</param>
/// <param name="With">Each round's operation with HangupGen.</param>
/// <param name="GeneratorOnlyMilliseconds">Median of the operations with HangupGen's generator and no HangupGen analyzer (null in files written before the split).</param>
/// <param name="GeneratorOnlyDifference">Median over the rounds of (generator only − without) / without.</param>
/// <param name="GeneratorOnly">Each round's operation with HangupGen's generator only.</param>
/// <param name="NoAnalyzersWithoutMilliseconds">Median of the operations with the SDK's generators and emit, no analyzer at all (null in files written before this case).</param>
/// <param name="NoAnalyzersGeneratorMilliseconds">Median of the same with HangupGen's generator added.</param>
/// <param name="NoAnalyzersGeneratorDifference">Median over the rounds of (generator − without) / without, no analyzer in either.</param>
/// <param name="NoAnalyzersWithout">Each round's operation without HangupGen and without analyzers.</param>
/// <param name="NoAnalyzersGenerator">Each round's operation with HangupGen's generator and without analyzers.</param>
public sealed record AlternatingAbReport(
    DateTimeOffset Date,
    int Rounds,
    double WithoutMilliseconds,
    double WithMilliseconds,
    double MedianDifference,
    IReadOnlyList<double> Without,
    IReadOnlyList<double> With,
    double? GeneratorOnlyMilliseconds = null,
    double? GeneratorOnlyDifference = null,
    IReadOnlyList<double>? GeneratorOnly = null,
    double? NoAnalyzersWithoutMilliseconds = null,
    double? NoAnalyzersGeneratorMilliseconds = null,
    double? NoAnalyzersGeneratorDifference = null,
    IReadOnlyList<double>? NoAnalyzersWithout = null,
    IReadOnlyList<double>? NoAnalyzersGenerator = null)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HangupGen.Benchmarks.RealBuild;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The <c>ab-alternate</c> command: the operations of <see cref="BuildAbBenchmarks"/>, in one process,
/// alternating without and with HangupGen (the order swapped every round), so that a change in the
/// machine's load hits both alike; BenchmarkDotNet runs the two cases one after the other instead.
/// Writes the median of the per-round differences for <c>report</c>.
/// </summary>
public static class AlternatingBuildAb
{
    public static int Run(int rounds, int warmupRounds, string outputPath)
    {
        var benchmarks = new BuildAbBenchmarks();
        benchmarks.Setup();
        var without = new List<double>();
        var with = new List<double>();
        for (int round = -warmupRounds; round < rounds; round++)
        {
            bool withFirst = round % 2 != 0;
            (double first, int firstResult) = Time(withFirst ? benchmarks.WithHangupGen : benchmarks.WithoutHangupGen);
            (double second, int secondResult) = Time(withFirst ? benchmarks.WithoutHangupGen : benchmarks.WithHangupGen);
            if (round < 0)
            {
                continue;
            }

            without.Add(withFirst ? second : first);
            with.Add(withFirst ? first : second);
            // The operations return the analyzer diagnostics found (plus a million if emit failed): the
            // two cases must do the work they claim, and the counts show it.
            Console.WriteLine($"round {round + 1}/{rounds}: without {without[^1]:F0} ms, with {with[^1]:F0} ms ({(with[^1] - without[^1]) / without[^1]:+0.0%;-0.0%}); "
                + $"analyzer diagnostics without {(withFirst ? secondResult : firstResult)}, with {(withFirst ? firstResult : secondResult)}");
        }

        var result = new AlternatingAbReport(
            DateTimeOffset.UtcNow,
            rounds,
            RealBuildCommand.Median(without),
            RealBuildCommand.Median(with),
            RealBuildCommand.Median(with.Zip(without, (w, wo) => (w - wo) / wo)),
            without,
            with);
        Console.WriteLine($"median: without {result.WithoutMilliseconds:F0} ms, with {result.WithMilliseconds:F0} ms, median difference per round {(100 * result.MedianDifference).ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}%");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(result, AlternatingAbReport.JsonOptions));
        Console.WriteLine($"Written to {outputPath}");
        return 0;
    }

    private static (double Milliseconds, int Result) Time(Func<int> operation)
    {
        var watch = Stopwatch.StartNew();
        int result = operation();
        return (watch.Elapsed.TotalMilliseconds, result);
    }
}

/// <summary>What <c>ab-alternate</c> writes: medians over the rounds, and every round's times in milliseconds.</summary>
/// <param name="Date">When the rounds finished.</param>
/// <param name="Rounds">Measured rounds (warm-up rounds not counted).</param>
/// <param name="WithoutMilliseconds">Median of the operations without HangupGen.</param>
/// <param name="WithMilliseconds">Median of the operations with HangupGen.</param>
/// <param name="MedianDifference">Median over the rounds of (with − without) / without.</param>
/// <param name="Without">Each round's operation without HangupGen.</param>
/// <param name="With">Each round's operation with HangupGen.</param>
public sealed record AlternatingAbReport(DateTimeOffset Date, int Rounds, double WithoutMilliseconds, double WithMilliseconds, double MedianDifference, IReadOnlyList<double> Without, IReadOnlyList<double> With)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

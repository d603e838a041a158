using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HangupGen.Benchmarks.RealBuild;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The <c>ide-alternate</c> command: the two operations of <see cref="DocumentEditBenchmarks"/> (an edit
/// analyzed with the baseline analyzer, and with it and every HangupGen analyzer) in rotation in one
/// process (<see cref="CaseRotation"/>). The difference the target is about is a few milliseconds in
/// about 30; BenchmarkDotNet measures the two cases minutes apart, and this machine's speed drifts by
/// more than that between them. Each case edits several times in a row in its turn, so the garbage one
/// analysis leaves is collected during the same case's next, as in an IDE that always runs the
/// analyzers. Writes each round's mean times and the median of the per-round differences for
/// <c>report</c>.
/// </summary>
public static class AlternatingDocumentEdit
{
    public static int Run(int rounds, int repeat, int warmupRounds, string outputPath)
    {
        var benchmarks = new DocumentEditBenchmarks();
        benchmarks.Setup();
        List<double>[] times = CaseRotation.Run([benchmarks.NoOpAnalyzer, benchmarks.WithHangupGen], rounds, warmupRounds, repeat: repeat);
        List<double> noOp = times[0], with = times[1];
        List<double> differences = [.. with.Zip(noOp, (w, n) => w - n).Order()];
        var result = new IdeAlternatingReport(
            DateTimeOffset.UtcNow,
            rounds,
            repeat,
            RealBuildCommand.Median(noOp),
            RealBuildCommand.Median(with),
            RealBuildCommand.Median(differences),
            Quantile(differences, 0.25),
            Quantile(differences, 0.75),
            noOp,
            with);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rounds} rounds of {repeat} edits per case: median without {result.NoOpMilliseconds:F2} ms, with {result.WithMilliseconds:F2} ms; "
            + $"per-round difference median {result.MedianDifferenceMilliseconds:+0.00;-0.00} ms (middle half {result.LowerQuartileMilliseconds:+0.00;-0.00} to {result.UpperQuartileMilliseconds:+0.00;-0.00} ms)"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(result, IdeAlternatingReport.JsonOptions));
        Console.WriteLine($"Written to {outputPath}");
        return 0;
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted <paramref name="sorted"/> lie (nearest rank).</summary>
    private static double Quantile(List<double> sorted, double share)
        => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>What <c>ide-alternate</c> writes: medians over the rounds, the spread of the per-round differences, and every round's times in milliseconds.</summary>
/// <param name="Date">When the rounds finished.</param>
/// <param name="Rounds">Measured rounds (warm-up rounds not counted).</param>
/// <param name="Repeat">Edits per case in a row in each round; a round's time is their mean.</param>
/// <param name="NoOpMilliseconds">Median of the edits analyzed with the baseline analyzer only.</param>
/// <param name="WithMilliseconds">Median of the edits analyzed with it and the HangupGen analyzers.</param>
/// <param name="MedianDifferenceMilliseconds">Median over the rounds of (with − without), in milliseconds: the target's number.</param>
/// <param name="LowerQuartileMilliseconds">The first quartile of the per-round differences.</param>
/// <param name="UpperQuartileMilliseconds">The third quartile of the per-round differences.</param>
/// <param name="NoOp">Each round's edit with the baseline analyzer.</param>
/// <param name="With">Each round's edit with the HangupGen analyzers too.</param>
public sealed record IdeAlternatingReport(
    DateTimeOffset Date,
    int Rounds,
    int Repeat,
    double NoOpMilliseconds,
    double WithMilliseconds,
    double MedianDifferenceMilliseconds,
    double LowerQuartileMilliseconds,
    double UpperQuartileMilliseconds,
    IReadOnlyList<double> NoOp,
    IReadOnlyList<double> With)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Benchmarks.Analyzers;
using HangupGen.Benchmarks.RealBuild;
using HangupGen.Benchmarks.Reporting;

namespace HangupGen.Benchmarks.Tests;

/// <summary>
/// The A/B build alternated in one process (the row <see cref="Targets.Evaluate"/> builds from an
/// <see cref="AlternatingAbReport"/>): met only when the whole interval of the median of the rounds'
/// differences is within 1%, since the rounds swing by ±10% and a median alone once read −0.1%; and
/// its milliseconds are the median of the rounds' differences, like its percentage.
/// </summary>
public sealed class AlternatedAbVerdictTests
{
    private const string Claim = "A/B build in process, alternated in one process";

    [Fact]
    public void Rounds_whose_interval_of_the_median_stays_under_1_percent_are_met()
    {
        // The 2nd to 9th of ten rounds, −1.0% to +0.8%: one round at +5% does not move it.
        TargetRow row = Row(RoundsWithDifferences(-0.02, -0.01, -0.005, 0, 0.002, 0.003, 0.004, 0.006, 0.008, 0.05));

        Assert.True(row.Met);
        Assert.Contains("97.9% interval of the median difference -1.0% to +0.8%", row.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void A_median_of_minus_0_1_percent_whose_rounds_swing_12_percent_is_missed()
    {
        TargetRow row = Row(RoundsWithDifferences(-0.12, -0.1, -0.08, -0.05, -0.002, 0, 0.04, 0.07, 0.1, 0.12));

        Assert.False(row.Met);
        Assert.StartsWith("-0.1% (", row.Measured, StringComparison.Ordinal);
        Assert.Contains("97.9% interval of the median difference -10.0% to +10.0%", row.Measured, StringComparison.Ordinal);
    }

    [Theory]
    // The 9th of ten rounds' differences is the interval's upper end.
    [InlineData(1010, true)]
    [InlineData(1010.5, false)]
    public void The_upper_end_of_the_interval_may_reach_1_percent_but_not_exceed_it(double ninth, bool met)
    {
        double[] without = [.. Enumerable.Repeat(1000.0, 10)];
        double[] with = [990, 995, 1000, 1000, 1000, 1000, 1000, 1005, ninth, 1100];

        Assert.Equal(met, Row(Report(without, with)).Met);
    }

    [Theory]
    // Under six rounds no interval of the median exists, so there is no verdict, whatever the median.
    [InlineData(new[] { 1000.0, 1000, 1000, 1000, 1000 }, new[] { 1100.0, 1100, 1005, 900, 900 })]
    [InlineData(new[] { 1000.0, 1000, 1000, 1000, 1000 }, new[] { 1100.0, 1100, 1015, 900, 900 })]
    public void Under_six_rounds_there_is_no_verdict(double[] without, double[] with)
    {
        TargetRow row = Row(Report(without, with));

        Assert.Null(row.Met);
        Assert.Contains("under 6 rounds, so no interval", row.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void The_milliseconds_are_the_median_of_the_rounds_differences_not_the_difference_of_the_medians()
    {
        // Differences +1, +1, −150 ms: their median is +1 ms, while the medians, 150 ms with and 200 ms
        // without, differ by −50 ms. The relative differences +1%, +0.5%, −50% have the median +0.5%.
        TargetRow row = Row(Report(without: [100, 200, 300], with: [101, 201, 150]));

        Assert.Equal("+0.5% (+1.000 ms per round; under 6 rounds, so no interval)", row.Measured);
    }

    [Fact]
    public void The_row_follows_the_benchmarkdotnet_ab_row()
    {
        List<string> claims = [.. Targets.Evaluate(TestRuns.Of(), telemetry: null, alternating: RoundsWithDifferences(0, 0, 0, 0, 0, 0)).Select(r => r.Claim)];

        int alternated = claims.FindIndex(c => c.StartsWith(Claim, StringComparison.Ordinal));
        Assert.Equal("A/B build in process, alternated in one process (median of 6 rounds)", claims[alternated]);
        Assert.StartsWith("A/B build in process (1,000 files", claims[alternated - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_alternated_report_there_is_no_row()
        => Assert.DoesNotContain(Targets.Evaluate(TestRuns.Of(), telemetry: null), r => r.Claim.StartsWith(Claim, StringComparison.Ordinal));

    private static TargetRow Row(AlternatingAbReport alternating)
        => Assert.Single(
            Targets.Evaluate(TestRuns.Of(), telemetry: null, alternating: alternating),
            r => r.Claim.StartsWith(Claim, StringComparison.Ordinal));

    /// <summary>Rounds of 10 s without HangupGen, each with HangupGen slower by the given share.</summary>
    private static AlternatingAbReport RoundsWithDifferences(params double[] shares)
        => Report([.. shares.Select(_ => 10_000.0)], [.. shares.Select(s => 10_000 * (1 + s))]);

    /// <summary>A report as <c>ab-alternate</c> writes it, from each round's times in milliseconds.</summary>
    private static AlternatingAbReport Report(IReadOnlyList<double> without, IReadOnlyList<double> with)
        => new(
            DateTimeOffset.UnixEpoch,
            without.Count,
            RealBuildCommand.Median(without),
            RealBuildCommand.Median(with),
            RealBuildCommand.Median(AlternatingBuildAb.RoundDifferences(with, without)),
            without,
            with);
}

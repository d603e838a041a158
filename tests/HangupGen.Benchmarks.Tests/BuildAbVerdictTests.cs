using System;
using HangupGen.Benchmarks.Analyzers;
using HangupGen.Benchmarks.Reporting;

namespace HangupGen.Benchmarks.Tests;

/// <summary>
/// The BenchmarkDotNet A/B build (<see cref="Targets.BuildAb"/>): met only when the upper end of the
/// difference's interval, the two means' margins combined as √(a² + b²), is at most +1%. A mean alone
/// once read "met" for a run that measured HangupGen 7.4% faster with margins of seconds.
/// </summary>
public sealed class BuildAbVerdictTests
{
    private const string Claim = "A/B build in process (1,000 files, 0%)";

    [Fact]
    public void A_difference_well_within_1_percent_with_small_margins_is_met()
    {
        // +30 ms on 10 s, margins 5 ms each: √50 ≈ 7.1 ms, so the interval is +0.23% to +0.37%.
        TargetRow row = Targets.BuildAb(With(10_030e6, margin: 5e6), Without(10_000e6, margin: 5e6));

        Assert.True(row.Met);
        Assert.Equal("+0.3% (+30.0 ms); 99.9% interval of the difference +0.2% to +0.4%", row.Measured);
    }

    [Fact]
    public void HangupGen_measured_faster_with_large_margins_is_missed()
    {
        // The run that used to print "met": 7.4% faster, margins of 1.5 s on 10 s. √(1.5² + 1.5²) ≈ 2.12 s,
        // so the difference could be anything from −28.6% to +13.8%.
        TargetRow row = Targets.BuildAb(With(9_260e6, margin: 1_500e6), Without(10_000e6, margin: 1_500e6));

        Assert.False(row.Met);
        Assert.Equal("**missed**", row.Verdict);
        Assert.Equal("-7.4% (−740.0 ms); 99.9% interval of the difference -28.6% to +13.8%", row.Measured);
    }

    [Theory]
    // Margins 30 and 40 combine to exactly 50 (not 70 added, not 40 the larger): +50 + 50 = 100 = 1% of 10,000.
    [InlineData(10_050, true)]
    [InlineData(10_051, false)]
    public void The_upper_end_of_the_interval_may_reach_1_percent_but_not_exceed_it(double with, bool met)
        => Assert.Equal(met, Targets.BuildAb(With(with, margin: 30), Without(10_000, margin: 40)).Met);

    [Theory]
    [InlineData(null, null)]
    [InlineData(5e6, null)]
    [InlineData(null, 5e6)]
    public void Without_both_margins_there_is_no_verdict(double? withMargin, double? withoutMargin)
    {
        // An export without margins gives no interval: the mean alone would read a run measuring HangupGen
        // 7.4% faster as "met", so the row says why it has no verdict instead, whatever the means.
        TargetRow faster = Targets.BuildAb(With(9_260e6, withMargin), Without(10_000e6, withoutMargin));
        TargetRow slower = Targets.BuildAb(With(10_101e6, withMargin), Without(10_000e6, withoutMargin));

        Assert.Null(faster.Met);
        Assert.Equal("-7.4% (−740.0 ms); no margins in the export, so no interval", faster.Measured);
        Assert.Null(slower.Met);
    }

    [Fact]
    public void Evaluate_reads_the_two_cases_and_their_margins_from_the_run()
    {
        BenchmarkRun run = TestRuns.Of(With(9_260e6, margin: 1_500e6), Without(10_000e6, margin: 1_500e6));

        TargetRow row = Assert.Single(Targets.Evaluate(run, telemetry: null), r => r.Claim.StartsWith(Claim, StringComparison.Ordinal));

        Assert.False(row.Met);
        Assert.Equal(Targets.BuildAb(With(9_260e6, margin: 1_500e6), Without(10_000e6, margin: 1_500e6)), row);
    }

    [Fact]
    public void Evaluate_without_the_two_cases_says_not_measured()
    {
        BenchmarkRun run = TestRuns.Of(With(10_000e6, margin: 5e6));

        TargetRow row = Assert.Single(Targets.Evaluate(run, telemetry: null), r => r.Claim.StartsWith(Claim, StringComparison.Ordinal));

        Assert.Null(row.Met);
        Assert.Equal("not measured", row.Measured);
    }

    private static BenchmarkResult With(double meanNanoseconds, double? margin)
        => new(nameof(BuildAbBenchmarks), nameof(BuildAbBenchmarks.WithHangupGen), string.Empty, meanNanoseconds, AllocatedBytes: null, margin);

    private static BenchmarkResult Without(double meanNanoseconds, double? margin)
        => new(nameof(BuildAbBenchmarks), nameof(BuildAbBenchmarks.WithoutHangupGen), string.Empty, meanNanoseconds, AllocatedBytes: null, margin);
}

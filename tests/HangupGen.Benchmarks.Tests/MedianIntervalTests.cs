using System.Linq;
using HangupGen.Benchmarks.Reporting;

namespace HangupGen.Benchmarks.Tests;

/// <summary>
/// <see cref="Targets.MedianInterval"/>, on which the alternated A/B's verdict rests: the k-th smallest
/// and k-th largest values with the largest k whose binomial coverage is at least 95%.
/// </summary>
public sealed class MedianIntervalTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Fewer_than_six_values_have_no_interval(int count)
        // Five values: even min to max covers only 1 − 2/32 = 93.75%.
        => Assert.Null(Targets.MedianInterval([.. Enumerable.Range(1, count).Select(v => (double)v)]));

    [Fact]
    public void Six_values_give_the_minimum_and_maximum_with_coverage_1_minus_2_of_64()
    {
        (double Lower, double Upper, double Coverage) interval = Targets.MedianInterval([1, 2, 3, 4, 5, 6])!.Value;

        Assert.Equal((1.0, 6.0), (interval.Lower, interval.Upper));
        Assert.Equal(1 - (2.0 / 64), interval.Coverage, 1e-12);
    }

    [Fact]
    public void Ten_values_give_the_2nd_and_9th_smallest_with_coverage_1_minus_22_of_1024()
    {
        // k = 3 would cover 1 − 2·(1 + 10 + 45)/1024 = 89.1%, under 95%.
        (double Lower, double Upper, double Coverage) interval = Targets.MedianInterval([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])!.Value;

        Assert.Equal((20.0, 90.0), (interval.Lower, interval.Upper));
        Assert.Equal(1 - (2.0 * 11 / 1024), interval.Coverage, 1e-12);
        Assert.Equal(0.978515625, interval.Coverage, 1e-12);
    }

    [Fact]
    public void Twenty_values_give_the_6th_and_15th_smallest()
    {
        // With n = 20 the number of values below the median is Binomial(20, 1/2). Coverage of the k-th
        // smallest to k-th largest is 1 − 2·P(X < k) = 1 − 2·(C(20,0) + … + C(20,k−1)) / 2^20, with
        // C(20,0..6) = 1, 20, 190, 1140, 4845, 15504, 38760 and 2^20 = 1,048,576:
        //   k = 6: sum 21,700, coverage 1 − 43,400/1,048,576 = 95.86% (≥ 95%)
        //   k = 7: sum 60,460, coverage 1 − 120,920/1,048,576 = 88.47% (< 95%)
        // so k = 6: the 6th smallest and the 6th largest, which is the 15th smallest.
        (double Lower, double Upper, double Coverage) interval = Targets.MedianInterval([.. Enumerable.Range(1, 20).Select(v => (double)v)])!.Value;

        Assert.Equal((6.0, 15.0), (interval.Lower, interval.Upper));
        Assert.Equal(1 - (43_400.0 / 1_048_576), interval.Coverage, 1e-12);
    }

    [Theory]
    // Expected values from the same sum in exact integers (Python: 1 − 2·sum(comb(n, i) for i < k) / 2**n,
    // the largest k with coverage ≥ 95%). From n = 1024 on, 2^n overflows a double.
    [InlineData(900, 421, 480, 0.9508386319165101)]
    [InlineData(1100, 518, 583, 0.9500329480537483)]
    [InlineData(2000, 956, 1045, 0.9534471795082162)]
    public void Hundreds_or_thousands_of_values_give_the_binomial_interval(int count, int lower, int upper, double coverage)
    {
        (double Lower, double Upper, double Coverage) interval = Targets.MedianInterval([.. Enumerable.Range(1, count).Select(v => (double)v)])!.Value;

        Assert.Equal((lower, upper), ((int)interval.Lower, (int)interval.Upper));
        Assert.Equal(coverage, interval.Coverage, 1e-9);
    }

    [Fact]
    public void Unsorted_values_give_the_same_interval_as_sorted_ones()
    {
        double[] sorted = [-0.12, -0.1, -0.08, -0.05, -0.002, 0, 0.04, 0.07, 0.1, 0.12];
        double[] shuffled = [0.07, -0.002, 0.12, -0.1, 0, -0.12, 0.1, -0.05, 0.04, -0.08];

        (double Lower, double Upper, double Coverage)? interval = Targets.MedianInterval(shuffled);

        Assert.Equal(Targets.MedianInterval(sorted), interval);
        Assert.Equal((-0.1, 0.1), (interval!.Value.Lower, interval.Value.Upper));
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// A retry policy by category: the exhaustive <c>MatchCategory</c> (one function per category, a
/// category added to the table stops compiling call sites that miss it) against a hand-written
/// switch over the documented code ranges.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MatchCategoryBenchmarks
{
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("MatchCategory")]
    public int MatchCategory()
    {
        int retries = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            bool retry = cause.MatchCategory(
                unknown: static () => false,
                canceledCalls: static () => false,
                destinationIssues: static () => false,
                callRejections: static () => true,
                carrierErrors: static () => true,
                normalCompletions: static () => false,
                systemErrors: static () => true,
                timeouts: static () => true,
                urlErrors: static () => false,
                xmlErrors: static () => false,
                specialCases: static () => false);
            retries += retry ? 1 : 0;
        }

        return retries;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("MatchCategory")]
    public int MatchCategoryWithState()
    {
        int retries = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            // The state carries what a closure would capture: here, how much a retry counts.
            retries += cause.MatchCategory(
                1,
                unknown: static _ => 0,
                canceledCalls: static _ => 0,
                destinationIssues: static _ => 0,
                callRejections: static weight => weight,
                carrierErrors: static weight => weight,
                normalCompletions: static _ => 0,
                systemErrors: static weight => weight,
                timeouts: static weight => weight,
                urlErrors: static _ => 0,
                xmlErrors: static _ => 0,
                specialCases: static _ => 0);
        }

        return retries;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("MatchCategory")]
    public int HandWrittenSwitch()
    {
        int retries = 0;
        foreach (int code in Workload.Codes)
        {
            retries += HandWrittenRetryPolicy.IsRetryWorthy(code) ? 1 : 0;
        }

        return retries;
    }
}

using System.Collections.Generic;
using System.Linq;

namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// Issue #13, target 3: every generated lookup at least as fast as the fastest alternative of its
/// group in the same run, on each of the runs given (the published verdict needs three).
/// </summary>
public static class LookupTargets
{
    /// <summary>
    /// One row per lookup. A run that measured neither side of a lookup is left out of that row (the
    /// confirming runs may measure only the lookups whose margin is close); the row says how many
    /// runs it rests on.
    /// </summary>
    public static IEnumerable<TargetRow> Evaluate(IReadOnlyList<BenchmarkRun> runs)
    {
        foreach (LookupComparisons.Comparison comparison in LookupComparisons.All.Where(c => c.IsLookup))
        {
            var ratios = new List<string>();
            bool met = true;
            foreach (BenchmarkRun run in runs)
            {
                BenchmarkResult? ours = run.Find(comparison.Ours);
                BenchmarkResult? fastest = comparison.Others.Select(o => run.Find(o)).OfType<BenchmarkResult>().MinBy(r => r.MeanNanoseconds);
                if (ours is null || fastest is null)
                {
                    continue;
                }

                double ratio = ours.MeanNanoseconds / fastest.MeanNanoseconds;
                ratios.Add($"{Targets.Times(ratio)} of {fastest.Method}");
                met &= ratio <= 1.0;
            }

            string across = runs.Count == 1 ? string.Empty : ratios.Count == 1 ? ", 1 run" : $", {ratios.Count} runs";
            yield return new TargetRow(
                $"{comparison.Ours} vs the fastest alternative ({comparison.Group}{across})",
                "≤ 1.00×",
                ratios.Count == 0 ? "not measured" : string.Join("; ", ratios),
                ratios.Count == 0 ? null : met);
        }
    }
}

using System;
using System.Linq;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;

namespace HangupGen.Benchmarks.Generator;

/// <summary>
/// Makes sure the re-run benchmark measures what it claims: after the edit, every step the generator
/// names (<see cref="TrackingNames"/>; the compiler's own inputs, such as the compilation, are
/// modified by any edit) reports Cached or Unchanged, and it generated sources the first time.
/// </summary>
internal static class GeneratorRunCheck
{
    public static void ThrowIfNotCached(GeneratorDriver warm, Compilation edited)
    {
        GeneratorRunResult first = warm.GetRunResult().Results.Single();
        if (first.Exception is not null || first.GeneratedSources.IsEmpty || first.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The generator did not generate from the benchmark table: " + first.Exception + string.Join("; ", first.Diagnostics));
        }

        GeneratorRunResult rerun = warm.RunGenerators(edited).GetRunResult().Results.Single();
        var named = typeof(TrackingNames).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToHashSet();
        var recomputed = rerun.TrackedSteps
            .Where(step => named.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (step.Key, output.Reason)))
            .Where(output => output.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)
            .ToList();
        if (recomputed.Count > 0)
        {
            throw new InvalidOperationException("Steps recomputed after an unrelated edit: " + string.Join(", ", recomputed));
        }
    }
}

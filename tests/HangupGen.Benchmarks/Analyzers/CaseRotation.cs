using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Times operations in rotation in one process: every round runs each case once, the order shifted by
/// one every round, so a change in the machine's load hits every case alike (BenchmarkDotNet runs one
/// case after the other, minutes apart). Used by <c>ab-alternate</c> and <c>ide-alternate</c>. A case
/// can run several times in a row within its turn: what one operation leaves behind (garbage to
/// collect) then falls on the same case's next operation, as in a host that always runs it.
/// </summary>
public static class CaseRotation
{
    /// <summary>
    /// Runs <paramref name="warmupRounds"/> uncounted rounds, then <paramref name="rounds"/> counted ones,
    /// and returns each case's times in milliseconds, one per counted round, in round order: the mean of
    /// its <paramref name="repeat"/> operations in a row in that round.
    /// </summary>
    /// <param name="operations">The cases; each returns a count that shows it did its work.</param>
    /// <param name="rounds">Counted rounds.</param>
    /// <param name="warmupRounds">Rounds run first and not counted (the JIT settles).</param>
    /// <param name="onRound">Called after each counted round with its index, each case's time and each case's (last) result.</param>
    /// <param name="repeat">How many times each case runs in a row in its turn.</param>
    public static List<double>[] Run(IReadOnlyList<Func<int>> operations, int rounds, int warmupRounds, Action<int, double[], int[]>? onRound = null, int repeat = 1)
    {
        // A median of no rounds, or a mean of no operations, would be a number measuring nothing.
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmupRounds);
        List<double>[] times = [.. operations.Select(_ => new List<double>(rounds))];
        for (int round = -warmupRounds; round < rounds; round++)
        {
            var roundTimes = new double[operations.Count];
            var results = new int[operations.Count];
            for (int step = 0; step < operations.Count; step++)
            {
                int index = (step + round + warmupRounds) % operations.Count;
                var watch = Stopwatch.StartNew();
                for (int time = 0; time < repeat; time++)
                {
                    results[index] = operations[index]();
                }

                roundTimes[index] = watch.Elapsed.TotalMilliseconds / repeat;
            }

            if (round < 0)
            {
                continue;
            }

            for (int index = 0; index < operations.Count; index++)
            {
                times[index].Add(roundTimes[index]);
            }

            onRound?.Invoke(round, roundTimes, results);
        }

        return times;
    }
}

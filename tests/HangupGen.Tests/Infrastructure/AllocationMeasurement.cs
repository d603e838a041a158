using System;
using System.Collections.Generic;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Allocations measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>; nothing is timed. The
/// runtime itself now and then allocates on the test's thread (once under heavy parallel load, when
/// tiered compilation promoted a method mid-loop; once, in a CI run, 1,536 B charged to a rule action
/// that made no call at all). Such a one-off shows in one measurement, while an allocation by the code
/// measured shows in every one: so a measurement is taken up to three times.
/// </summary>
internal static class AllocationMeasurement
{
    private const int Attempts = 3;

    /// <summary>Up to three measurements by <paramref name="measure"/>, stopping at the first of at most <paramref name="allowed"/> bytes.</summary>
    public static IReadOnlyList<long> Repeated(Func<long> measure, long allowed)
    {
        var measured = new List<long>(Attempts);
        do
        {
            measured.Add(measure());
        }
        while (measured[^1] > allowed && measured.Count < Attempts);

        return measured;
    }

    /// <summary>
    /// Fails unless one of up to three measurements of <paramref name="iterations"/> calls of
    /// <paramref name="calls"/> (each after a warm-up) allocates nothing.
    /// </summary>
    /// <param name="calls">The code measured, called with the iteration's index; returns a value kept alive.</param>
    /// <param name="iterations">Calls per measurement.</param>
    /// <param name="what">What the calls are, for the failure message ("lookups").</param>
    public static void AssertNone(Func<int, int> calls, int iterations, string what)
    {
        IReadOnlyList<long> measured = Repeated(() => OfCalls(calls, iterations), allowed: 0);
        if (measured[^1] > 0)
        {
            Assert.Fail($"The {what} allocated in every measurement: {string.Join(", ", measured)} bytes over {iterations} calls.");
        }
    }

    /// <summary>Bytes allocated by <paramref name="iterations"/> calls of <paramref name="calls"/>, after 1,000 calls to warm it up.</summary>
    public static long OfCalls(Func<int, int> calls, int iterations)
    {
        int checksum = 0;
        for (int i = 0; i < 1_000; i++)
        {
            checksum += calls(i);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < iterations; i++)
        {
            checksum += calls(i);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(checksum);
        return allocated;
    }
}

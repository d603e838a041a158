using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// A job for benchmarks whose operation takes seconds (a whole build of the 1,000-file project): one
/// process, one operation per iteration, no pilot (<see cref="RunStrategy.Monitoring"/>), few
/// iterations. Unlike <c>[SimpleJob]</c> it steps aside when a job is chosen on the command line
/// (<c>--job dry</c>, <c>--job short</c>), which would otherwise run in addition to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongOperationJobAttribute : Attribute, IConfigSource
{
    public LongOperationJobAttribute(int warmupCount, int iterationCount)
    {
        bool jobOnCommandLine = Environment.GetCommandLineArgs().Any(arg => arg is "--job" or "-j");
        Config = jobOnCommandLine
            ? ManualConfig.CreateEmpty()
            : ManualConfig.CreateEmpty().AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(warmupCount)
                .WithIterationCount(iterationCount));
    }

    public IConfig Config { get; }
}

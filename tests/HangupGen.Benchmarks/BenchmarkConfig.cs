using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;

namespace HangupGen.Benchmarks;

/// <summary>
/// BenchmarkDotNet's defaults (the default job unless <c>--job short</c> or <c>--job dry</c> is
/// given), with allocations measured everywhere, the full JSON export that <c>report</c> reads, and
/// a longer build timeout.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create()
        => DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full)
            // BenchmarkDotNet builds a project of its own first; on the shared 2-core machine that took
            // more than its default two minutes.
            .WithBuildTimeout(System.TimeSpan.FromMinutes(10));
}

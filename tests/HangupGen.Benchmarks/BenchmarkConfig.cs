using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;

namespace HangupGen.Benchmarks;

/// <summary>
/// BenchmarkDotNet's defaults (the default job unless <c>--job short</c> or <c>--job dry</c> is
/// given), with allocations measured everywhere and the full JSON export that <c>report</c> reads.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create()
        => DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full);
}

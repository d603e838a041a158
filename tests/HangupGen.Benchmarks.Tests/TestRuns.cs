using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using HangupGen.Benchmarks.Reporting;

namespace HangupGen.Benchmarks.Tests;

/// <summary>
/// A <see cref="BenchmarkRun"/> holding the given results. A run is only ever read from BenchmarkDotNet's
/// <c>*-report-full.json</c> files, so the results are written as one such file (the fields the reader
/// takes) in a temporary folder and read back.
/// </summary>
internal static class TestRuns
{
    public static BenchmarkRun Of(params BenchmarkResult[] results)
    {
        string directory = Path.Combine(Path.GetTempPath(), "HangupGen.Benchmarks.Tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var export = new
            {
                Benchmarks = results.Select(r => new
                {
                    r.Type,
                    r.Method,
                    r.Parameters,
                    Statistics = new
                    {
                        Mean = r.MeanNanoseconds,
                        ConfidenceInterval = r.MarginNanoseconds is double margin ? new { Margin = margin } : null,
                    },
                    Memory = r.AllocatedBytes is long bytes ? new { BytesAllocatedPerOperation = bytes } : null,
                }),
            };
            File.WriteAllText(Path.Combine(directory, "Test-report-full.json"), JsonSerializer.Serialize(export));
            return BenchmarkRun.Read(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

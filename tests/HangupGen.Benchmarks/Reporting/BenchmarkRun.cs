using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// The results of one BenchmarkDotNet run, read from the <c>*-report-full.json</c> files it writes
/// (one per benchmark class) under <c>BenchmarkDotNet.Artifacts/results</c>.
/// </summary>
public sealed class BenchmarkRun
{
    private BenchmarkRun(IReadOnlyList<BenchmarkResult> results, IReadOnlyDictionary<string, string> environment)
    {
        Results = results;
        Environment = environment;
    }

    public IReadOnlyList<BenchmarkResult> Results { get; }

    /// <summary>The host as BenchmarkDotNet saw it: processor, cores, OS, runtime, SDK, version.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static BenchmarkRun Read(string resultsDirectory)
    {
        string[] files = Directory.Exists(resultsDirectory)
            ? Directory.GetFiles(resultsDirectory, "*-report-full.json")
            : [];
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No BenchmarkDotNet JSON results (*-report-full.json) in '{resultsDirectory}': run the benchmarks first.");
        }

        var results = new List<BenchmarkResult>();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("HostEnvironmentInfo", out JsonElement host))
            {
                foreach (JsonProperty property in host.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number))
                {
                    environment[property.Name] = property.Value.ToString();
                }
            }

            environment["Written"] = File.GetLastWriteTimeUtc(file).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            foreach (JsonElement benchmark in root.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue; // a case that failed has no statistics
                }

                long? allocated = benchmark.TryGetProperty("Memory", out JsonElement memory) && memory.ValueKind == JsonValueKind.Object
                    ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                    : null;
                double? margin = statistics.TryGetProperty("ConfidenceInterval", out JsonElement interval)
                    && interval.ValueKind == JsonValueKind.Object
                    && interval.TryGetProperty("Margin", out JsonElement half)
                    && half.ValueKind == JsonValueKind.Number
                        ? half.GetDouble()
                        : null;
                results.Add(new BenchmarkResult(
                    benchmark.GetProperty("Type").GetString()!,
                    benchmark.GetProperty("Method").GetString()!,
                    benchmark.GetProperty("Parameters").GetString() ?? string.Empty,
                    statistics.GetProperty("Mean").GetDouble(),
                    allocated,
                    margin));
            }
        }

        return new BenchmarkRun(results, environment);
    }

    /// <summary>The case of <paramref name="method"/> with these parameters, or <see langword="null"/> when the run lacks it.</summary>
    public BenchmarkResult? Find(string method, string parameters = "")
        => Results.FirstOrDefault(r => r.Method == method && r.Parameters == parameters);

    /// <summary>The case of <paramref name="method"/> in the benchmark class <paramref name="type"/> (for method names that several classes use).</summary>
    public BenchmarkResult? Find(string type, string method, string parameters)
        => Results.FirstOrDefault(r => r.Type == type && r.Method == method && r.Parameters == parameters);
}

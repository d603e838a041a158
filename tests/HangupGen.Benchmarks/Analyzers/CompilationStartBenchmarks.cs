using System;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Issue #13, target 2: the HangupGen analyzers' per-compilation setup (each analyzer's
/// compilation-start action, registering the rule's callbacks, and reading the generated types into
/// the table, <c>HangupTable</c>, once, which the first callback does) on the 1,000-file project
/// with the types generated from the real table. Each operation takes a new compilation (<see cref="Compilation.Clone"/>: same trees,
/// nothing bound, as after an edit), so nothing is cached from the previous one.
/// <see cref="FreshCompilation"/> is the clone and the lookup of one type by metadata name alone,
/// which any first use of the compilation pays; the target is on the difference.
/// </summary>
[MemoryDiagnoser]
public class CompilationStartBenchmarks
{
    private static readonly AnalyzerOptions Options = new([]);

    private Compilation _compilation = null!;
    private CompilationStartRunner _runner = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = SyntheticProject.Compile(SyntheticProject.ParseWithGeneratedTypes(hangupPercent: 0, SyntheticProject.IdeParseOptions));
        _runner = new CompilationStartRunner(HangupAnalyzers.All);
        int registered = _runner.Run(_compilation.Clone(), Options);
        if (registered == 0)
        {
            throw new InvalidOperationException($"The {_runner.StartActions} compilation-start actions registered nothing: the analyzers did not find the generated types.");
        }
    }

    [Benchmark(Baseline = true)]
    public INamedTypeSymbol? FreshCompilation() => _compilation.Clone().GetTypeByMetadataName("System.Object");

    [Benchmark]
    public int CompilationStart() => _runner.Run(_compilation.Clone(), Options);
}

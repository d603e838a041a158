using System.Collections.Immutable;
using System.IO;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Wall-clock cost of the analyzers on the 1,000-file synthetic project, with no hangup handling
/// and with one file in ten handling hangups: a full compile (binding and emit) alone, and the same
/// compile followed by every HangupGen analyzer through <see cref="CompilationWithAnalyzers"/>.
/// <see cref="CompilationWithAnalyzers"/> adds its own overhead (event queues, per-analyzer state)
/// that a real build shares with every other analyzer, so the target is checked on the analyzers'
/// own telemetry instead (the <c>analyzer-telemetry</c> command); these numbers are the upper bound.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private SyntaxTree[] _trees = null!;

    [Params(0, 10)]
    public int HangupFilesPercent { get; set; }

    [GlobalSetup]
    public void Setup() => _trees = SyntheticProject.ParseWithGeneratedTypes(HangupFilesPercent);

    [Benchmark(Baseline = true)]
    public EmitResult Compile() => SyntheticProject.Compile(_trees).Emit(Stream.Null);

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithAnalyzers()
    {
        Compilation compilation = SyntheticProject.Compile(_trees);
        compilation.Emit(Stream.Null);
        return compilation
            .WithAnalyzers(HangupAnalyzers.All, new AnalyzerOptions([]))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}

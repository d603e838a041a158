using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The A/B truth of issue #13, target 1: what a user pays for HangupGen in a build of the 1,000-file
/// project with no hangup handling. One operation is what the compiler does in a build, in process:
/// a new compilation of the parsed files, the generator pass (a new <see cref="GeneratorDriver"/>),
/// every analyzer through <see cref="CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken)"/>
/// (concurrent, as <c>csc</c> runs them), and <c>Emit</c> to <see cref="Stream.Null"/>.
/// <see cref="WithoutHangupGen"/> runs what a default .NET SDK build runs anyway (<see cref="SdkAnalyzers"/>:
/// the NetAnalyzers at the default analysis level and the targeting pack's generators);
/// <see cref="WithHangupGen"/> adds the HangupGen generator to the driver and the HangupGen analyzers.
/// The difference includes compiling and emitting the generated types.
/// </summary>
/// <remarks>
/// <see cref="CompilationWithAnalyzers"/> analyzes its own copy of the compilation, so the methods are
/// bound twice per operation (for the analyzers' compilation events, then for emit) where <c>csc</c>
/// binds once: both cases pay it for the project's files, which makes the denominator of the
/// percentage larger than a real build's, and the case with HangupGen pays it for the generated code
/// too, which makes the difference larger (the cases without analyzers, run by <c>ab-alternate</c>,
/// show by how much). BenchmarkDotNet runs the two cases one after the other, not interleaved: run it
/// on a quiet machine.
/// </remarks>
[LongOperationJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BuildAbBenchmarks
{
    private SyntaxTree[] _trees = null!;
    private SdkAnalyzers _sdk = null!;
    private ImmutableArray<ISourceGenerator> _generatorsWithout;
    private ImmutableArray<ISourceGenerator> _generatorsWith;
    private ImmutableArray<DiagnosticAnalyzer> _analyzersWith;

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse(hangupPercent: 0);
        _sdk = SdkAnalyzers.Load();
        _generatorsWithout = _sdk.Generators;
        _generatorsWith = _sdk.Generators.Add(new HangupCodeGenerator().AsSourceGenerator());
        _analyzersWith = _sdk.Analyzers.AddRange(HangupAnalyzers.All);
        Console.WriteLine($"// SDK analyzers from {_sdk.SdkDirectory}: {_sdk.Analyzers.Length} NetAnalyzers, {_sdk.Generators.Length} targeting-pack generators, "
            + $"{_sdk.Severities.Count} severities from {Path.GetFileName(_sdk.GlobalConfig)}; HangupGen: 1 generator, {HangupAnalyzers.All.Length} analyzers");

        // Both cases must compile, and only the second may have the generated types.
        int without = Check(_generatorsWithout);
        int with = Check(_generatorsWith);
        if (with <= without)
        {
            throw new InvalidOperationException("The HangupGen generator added no source to the A/B compilation.");
        }
    }

    [Benchmark(Baseline = true)]
    public int WithoutHangupGen() => Build(_generatorsWithout, _sdk.Analyzers);

    [Benchmark]
    public int WithHangupGen() => Build(_generatorsWith, _analyzersWith);

    /// <summary>
    /// HangupGen's generator with the SDK's analyzers only: what generating, compiling and emitting the
    /// generated types cost, apart from HangupGen's analyzers (the <c>ab-alternate</c> split).
    /// </summary>
    public int WithHangupGenGeneratorOnly() => Build(_generatorsWith, _sdk.Analyzers);

    /// <summary>
    /// The SDK's generators and emit, no analyzer at all: with <see cref="GeneratorWithoutAnalyzers"/>,
    /// what HangupGen's generator costs where no analyzer pass binds the generated code a second time
    /// (<see cref="CompilationWithAnalyzers"/> binds every method for its events, then emit binds again).
    /// </summary>
    public int WithoutHangupGenWithoutAnalyzers() => Build(_generatorsWithout, []);

    /// <summary>HangupGen's generator added to <see cref="WithoutHangupGenWithoutAnalyzers"/>.</summary>
    public int GeneratorWithoutAnalyzers() => Build(_generatorsWith, []);

    private int Build(ImmutableArray<ISourceGenerator> generators, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation generated = RunGenerators(generators);
        ImmutableArray<Diagnostic> diagnostics = analyzers.IsEmpty ? [] : generated
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        EmitResult emit = generated.Emit(Stream.Null);
        return diagnostics.Length + (emit.Success ? 0 : 1_000_000);
    }

    private Compilation RunGenerators(ImmutableArray<ISourceGenerator> generators)
    {
        CSharpCompilation compilation = SyntheticProject.Compile(_trees);
        compilation = compilation.WithOptions((CSharpCompilationOptions)_sdk.Apply(compilation.Options));
        CSharpGeneratorDriver.Create(generators, [], (CSharpParseOptions)_trees[0].Options, optionsProvider: null)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        return generated;
    }

    /// <summary>The number of syntax trees after the generators; throws when the compilation does not emit.</summary>
    private int Check(ImmutableArray<ISourceGenerator> generators)
    {
        Compilation generated = RunGenerators(generators);
        EmitResult emit = generated.Emit(Stream.Null);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The A/B compilation does not emit: " + string.Join("; ", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return generated.SyntaxTrees.Count();
    }
}

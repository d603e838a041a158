using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Issue #13, target 2: what the HangupGen analyzers add to the IDE's analysis of one edited document.
/// The project is the 1,000-file one with no hangup handling, plus the generated types and a 200-line
/// document (<see cref="SyntheticProject.EditedDocument"/>). One operation is what an edit causes: a
/// new compilation with that document's tree replaced by the edited text (parsed once in setup: the
/// IDE parses whatever the analyzers), its semantic model, and
/// <see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>
/// for the whole document (no span), not concurrent. <see cref="NoOpAnalyzer"/> runs an analyzer that
/// only asks for the document's operations (<see cref="NoOpOperationAnalyzer"/>), so both cases bind
/// the document; <see cref="WithHangupGen"/> runs it and every HangupGen analyzer. Because each edit
/// is a new compilation, the difference includes the HangupGen per-compilation setup (reading the
/// generated types), which <see cref="CompilationStartBenchmarks"/> measures on its own.
/// </summary>
[MemoryDiagnoser]
public class DocumentEditBenchmarks
{
    private const string DocumentPath = "EditedService.cs";

    private static readonly ImmutableArray<DiagnosticAnalyzer> Baseline = [new NoOpOperationAnalyzer()];

    private static readonly ImmutableArray<DiagnosticAnalyzer> WithHangupGenAnalyzers = Baseline.AddRange(HangupAnalyzers.All);

    private Compilation _beforeEdit = null!;
    private SyntaxTree _original = null!;
    private SyntaxTree _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _original = SyntheticProject.ParseDocument(SyntheticProject.EditedDocument(edit: 0), DocumentPath);
        _edited = SyntheticProject.ParseDocument(SyntheticProject.EditedDocument(edit: 1), DocumentPath);
        _beforeEdit = SyntheticProject.Compile(SyntheticProject.ParseWithGeneratedTypes(hangupPercent: 0, SyntheticProject.IdeParseOptions).Append(_original));
        int lines = _edited.GetText().Lines.Count;
        ImmutableArray<Diagnostic> errors = [.. _beforeEdit.ReplaceSyntaxTree(_original, _edited).GetSemanticModel(_edited).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
        if (lines is < 180 or > 220 || !errors.IsEmpty)
        {
            throw new InvalidOperationException($"The edited document has {lines} lines (want about 200) and {errors.Length} errors: {string.Join("; ", errors.Take(3))}");
        }
    }

    [Benchmark(Baseline = true)]
    public int NoOpAnalyzer() => AnalyzeEditedDocument(Baseline);

    [Benchmark]
    public int WithHangupGen() => AnalyzeEditedDocument(WithHangupGenAnalyzers);

    private int AnalyzeEditedDocument(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation compilation = _beforeEdit.ReplaceSyntaxTree(_original, _edited);
        SemanticModel model = compilation.GetSemanticModel(_edited);
        return compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult().Length;
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The baseline of the IDE benchmark: an analyzer that asks for the operations of every code block
/// and does nothing with them, so the document is bound and its operation trees built exactly as
/// with the HangupGen analyzers (in an IDE some analyzer always does), and the difference is only
/// what the HangupGen callbacks and their per-compilation setup add.
/// </summary>
// Never loaded by a compiler, only handed to CompilationWithAnalyzers in process: the rules for
// shipped analyzers (target framework, extended rules, release tracking) do not apply.
#pragma warning disable RS1036, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Literal, OperationKind.Binary, OperationKind.Invocation, OperationKind.Switch, OperationKind.SwitchExpression, OperationKind.IsPattern);
    }
}
#pragma warning restore RS1036, RS1041, RS2008

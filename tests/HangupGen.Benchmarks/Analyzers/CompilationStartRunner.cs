using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Runs the analyzers' per-compilation setup and nothing else: each analyzer's <c>Initialize</c> once
/// (as the compiler does when it loads them), then, per compilation, the compilation-start actions
/// they registered, on a context that accepts and drops whatever they register, and the reading of the
/// table that their first callback does. That is the work every new compilation (every edit in the IDE)
/// pays before the rules look at code (what each rule derives from the table on first use is not in it:
/// a few lengths and lists, and HG0007's lookup of the MVC types).
/// </summary>
public sealed class CompilationStartRunner
{
    private readonly List<Action<CompilationStartAnalysisContext>> _startActions = [];

    public CompilationStartRunner(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var context = new InitializeContext(_startActions);
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            analyzer.Initialize(context);
        }
    }

    /// <summary>The number of compilation-start actions (one per analyzer that has them).</summary>
    public int StartActions => _startActions.Count;

    /// <summary>
    /// Runs every compilation-start action on <paramref name="compilation"/>, then reads the table as the
    /// rules' first callback does (they defer it when the compilation holds the generator's output,
    /// docs/analyzer-profile.md, finding 19); returns how many actions they registered, or 0 when no table was read.
    /// </summary>
    public int Run(Compilation compilation, AnalyzerOptions options)
    {
        var context = new StartContext(compilation, options);
        foreach (Action<CompilationStartAnalysisContext> action in _startActions)
        {
            action(context);
        }

        return HangupAnalysisContext.For(compilation, options) is null ? 0 : context.Registered;
    }

    /// <summary>Keeps the compilation-start actions; the analyzers here register nothing else at this level.</summary>
    private sealed class InitializeContext(List<Action<CompilationStartAnalysisContext>> startActions) : AnalysisContext
    {
        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => startActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Unexpected();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Unexpected();

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Unexpected();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Unexpected();

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Unexpected();

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Unexpected();

        /// <summary>An action outside a compilation start would not be measured: fail rather than under-report.</summary>
        private static void Unexpected() => throw new NotSupportedException("An analyzer registered an action outside its compilation start; CompilationStartRunner measures only compilation-start setup.");
    }

    /// <summary>Counts what the compilation-start actions register and drops it.</summary>
    private sealed class StartContext(Compilation compilation, AnalyzerOptions options) : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public int Registered { get; private set; }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registered++;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered++;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered++;

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered++;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered++;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered++;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered++;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered++;

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered++;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered++;

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered++;

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered++;
    }
}

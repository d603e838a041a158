using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// The rules run without the analyzer driver: each rule's compilation start on a context that keeps the
/// operation and symbol actions it registers, the operations of the sources' method bodies (and their
/// method symbols) bound beforehand, and each action called on them directly, on one thread. For tests
/// that must see what one call does (what it allocates, whether it reads the table).
/// </summary>
internal sealed class RuleCallbacks
{
    private static readonly Func<Diagnostic, bool> s_supported = static _ => true;

    private readonly List<(Action<OperationAnalysisContext> Action, IOperation Operation, ISymbol Member)> _calls = [];
    private readonly List<(Action<SymbolAnalysisContext> Action, ISymbol Symbol)> _symbolCalls = [];
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options = new([]);
    private readonly Action<Diagnostic> _report;

    private RuleCallbacks(Compilation compilation)
    {
        _compilation = compilation;
        _report = Reported.Add;
    }

    public List<Diagnostic> Reported { get; } = [];

    /// <summary>The rules' operation actions, in the order they were registered.</summary>
    public IReadOnlyList<Action<OperationAnalysisContext>> Actions { get; private set; } = [];

    /// <summary>The rules' symbol actions (all on methods), in the order they were registered.</summary>
    public IReadOnlyList<Action<SymbolAnalysisContext>> SymbolActions { get; private set; } = [];

    /// <summary>The rules started on <paramref name="compilation"/>, their calls bound beforehand over the first <paramref name="sources"/> trees (the rest are generated).</summary>
    public static RuleCallbacks Of(Compilation compilation, int sources)
    {
        var callbacks = new RuleCallbacks(compilation);
        var start = new StartContext(compilation, callbacks._options);
        foreach (DiagnosticAnalyzer rule in HangupRules.Create().Where(r => r is not DiagnosticSuppressor))
        {
            var context = new RuleContext();
            rule.Initialize(context);
            foreach (Action<CompilationStartAnalysisContext> action in context.Starts)
            {
                action(start);
            }
        }

        callbacks.Actions = [.. start.Actions.Select(registered => registered.Action)];
        callbacks.SymbolActions = [.. start.SymbolActions.Select(registered => registered.Action)];
        foreach (SyntaxTree tree in compilation.SyntaxTrees.Take(sources))
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                ISymbol symbol = model.GetDeclaredSymbol(method)!;
                foreach ((Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> kinds) in start.SymbolActions)
                {
                    if (kinds.Contains(symbol.Kind))
                    {
                        callbacks._symbolCalls.Add((action, symbol));
                    }
                }

                foreach (IOperation operation in model.GetOperation(method)!.DescendantsAndSelf())
                {
                    foreach ((Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> kinds) in start.Actions)
                    {
                        if (kinds.Contains(operation.Kind))
                        {
                            callbacks._calls.Add((action, operation, symbol));
                        }
                    }
                }
            }
        }

        return callbacks;
    }

    /// <summary>How many calls of <paramref name="action"/> (of every action when null) a run over <paramref name="tree"/> makes.</summary>
    public int CallsOf(Action<OperationAnalysisContext>? action, SyntaxTree tree)
        => _calls.Count(call => (action is null || call.Action == action) && call.Operation.Syntax.SyntaxTree == tree);

    /// <summary>How many calls of the symbol action <paramref name="action"/> a run over <paramref name="tree"/> makes.</summary>
    public int CallsOf(Action<SymbolAnalysisContext> action, SyntaxTree tree)
        => _symbolCalls.Count(call => call.Action == action && call.Symbol.Locations[0].SourceTree == tree);

    /// <summary>Calls every action on every operation of its kinds in <paramref name="tree"/>'s method bodies, and every symbol action on its methods.</summary>
    public void RunAll(SyntaxTree tree)
    {
        foreach (Action<OperationAnalysisContext> action in Actions)
        {
            Run(action, tree, action);
        }

        foreach (Action<SymbolAnalysisContext> action in SymbolActions)
        {
            Run(action, tree, action);
        }
    }

    /// <summary>What the calls of the symbol action <paramref name="action"/> over <paramref name="tree"/> allocate, made with <paramref name="replacement"/> in its place when given.</summary>
    public long Allocation(Action<SymbolAnalysisContext> action, SyntaxTree tree, Action<SymbolAnalysisContext>? replacement = null)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(action, tree, replacement ?? action);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private void Run(Action<SymbolAnalysisContext> action, SyntaxTree tree, Action<SymbolAnalysisContext> call)
    {
        foreach ((Action<SymbolAnalysisContext> registered, ISymbol symbol) in _symbolCalls)
        {
            if (registered == action && symbol.Locations[0].SourceTree == tree)
            {
#pragma warning disable CS0618 // as for the operation contexts below
                call(new SymbolAnalysisContext(symbol, _compilation, _options, _report, s_supported, CancellationToken.None));
#pragma warning restore CS0618
            }
        }
    }

    /// <summary>What the calls of <paramref name="action"/> over <paramref name="tree"/> allocate, made with <paramref name="replacement"/> in its place when given.</summary>
    public long Allocation(Action<OperationAnalysisContext> action, SyntaxTree tree, Action<OperationAnalysisContext>? replacement = null)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(action, tree, replacement ?? action);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private void Run(Action<OperationAnalysisContext> action, SyntaxTree tree, Action<OperationAnalysisContext> call)
    {
        foreach ((Action<OperationAnalysisContext> registered, IOperation operation, ISymbol member) in _calls)
        {
            if (registered == action && operation.Syntax.SyntaxTree == tree)
            {
                // Obsolete for testing analyzers (CompilationWithAnalyzers is the way, and the diagnostic
                // tests use it); here the point is to run the callbacks without the driver.
#pragma warning disable CS0618
                call(new OperationAnalysisContext(operation, member, _compilation, _options, _report, s_supported, CancellationToken.None));
#pragma warning restore CS0618
            }
        }
    }

    /// <summary>Takes a rule's <c>Initialize</c>: the rules register one compilation-start action each.</summary>
    private sealed class RuleContext : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> Starts { get; } = [];

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Starts.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    /// <summary>Takes the rules' operation and symbol actions; any other kind of action would not be run here, so it fails the test.</summary>
    private sealed class StartContext(Compilation compilation, AnalyzerOptions options) : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> Actions { get; } = [];

        public List<(Action<SymbolAnalysisContext> Action, ImmutableArray<SymbolKind> Kinds)> SymbolActions { get; } = [];

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Actions.Add((action, operationKinds));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => SymbolActions.Add((action, symbolKinds));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private static NotSupportedException Unexpected() => new("A rule registered an action this harness does not run; extend the harness.");
}

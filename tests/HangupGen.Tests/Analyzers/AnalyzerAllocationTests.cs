using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// On code with no hangup handling the rules return at once, and must allocate nothing doing so: a
/// box or a closure per literal was most of what they allocated on the 1,000-file benchmark project
/// (docs/analyzer-profile.md, finding 18). The rules' own callbacks are called here directly, on
/// one thread, over operations bound beforehand, so that the count is theirs alone: a whole analysis
/// through <c>CompilationWithAnalyzers</c> allocated several megabytes more or less from one identical
/// run to the next here, far more than the rules ever did. Before finding 18 this test counted
/// 579,480 B: 24 B per boxed integer literal in HG0001, HG0005 and HG0006 (twice in HG0006), a
/// closure per literal in HG0001, and up to six boxes per comparison in HG0004.
/// </summary>
public sealed class AnalyzerAllocationTests
{
    private const int Statements = 200;

    /// <summary>Public instance methods per class: what HG0007's symbol action looks at (one box per call would be 2.4 KB).</summary>
    private const int Methods = 100;

    /// <summary>
    /// Bytes an action may allocate on its first calls over a tree: what is made once per tree (its
    /// name matcher). Any allocation per call is more: 24 B over the 200 calls of the rarest kind here.
    /// </summary>
    private const int AllowedPerTree = 1024;

    [Fact]
    public void The_rules_allocate_nothing_on_code_without_hangup_handling()
    {
        Compilation compilation = Compile(Source("Warehouse"), Source("Inventory"));
        SyntaxTree warmUp = compilation.SyntaxTrees.ElementAt(0);
        SyntaxTree measured = compilation.SyntaxTrees.ElementAt(1);
        Callbacks callbacks = Callbacks.Of(compilation, sources: 2);
        callbacks.RunAll(warmUp); // what is made once per compilation, and the code the calls run, before the count

        // What each rule's action allocates on its first calls over a tree, beyond the same calls of an
        // action that does nothing (the contexts the harness makes). Only what is made once per tree may
        // be counted: its name matcher.
        string[] allocating = callbacks.Actions
            .Select(action => (Action: action, Bytes: callbacks.Allocation(action, measured) - callbacks.Allocation(action, measured, replacement: static _ => { })))
            .Where(result => result.Bytes > AllowedPerTree)
            .Select(result => $"{result.Action.Method.DeclaringType?.FullName}.{result.Action.Method.Name}: {result.Bytes:N0} B over {callbacks.CallsOf(result.Action, measured):N0} calls")
            .ToArray();

        // The same for the symbol actions (HG0007's look at every method for an MVC action).
        string[] allocatingOnSymbols = callbacks.SymbolActions
            .Select(action => (Action: action, Bytes: callbacks.Allocation(action, measured) - callbacks.Allocation(action, measured, replacement: static _ => { })))
            .Where(result => result.Bytes > AllowedPerTree)
            .Select(result => $"{result.Action.Method.DeclaringType?.FullName}.{result.Action.Method.Name}: {result.Bytes:N0} B over {callbacks.CallsOf(result.Action, measured):N0} calls")
            .ToArray();

        Assert.True(callbacks.Actions.Count >= 10, callbacks.Actions.Count + " actions");
        Assert.True(callbacks.CallsOf((Action<OperationAnalysisContext>?)null, measured) > 10 * Statements, callbacks.CallsOf((Action<OperationAnalysisContext>?)null, measured) + " calls");
        Assert.NotEmpty(callbacks.SymbolActions);
        Assert.All(callbacks.SymbolActions, action => Assert.True(callbacks.CallsOf(action, measured) >= Methods, callbacks.CallsOf(action, measured) + " symbol calls"));
        Assert.Empty(callbacks.Reported);
        Assert.True(allocating.Length == 0, string.Join("; ", allocating));
        Assert.True(allocatingOnSymbols.Length == 0, string.Join("; ", allocatingOnSymbols));
    }

    [Fact]
    public void The_callbacks_called_directly_do_report_hangup_handling()
    {
        // The harness is the analysis: one comparison with a hangup code, and HG0001 reports it.
        Compilation compilation = Compile(Source("Inventory", "static bool IsBusy(int hangupCode) => hangupCode == 3010;"));
        Callbacks callbacks = Callbacks.Of(compilation, sources: 1);

        callbacks.RunAll(compilation.SyntaxTrees.First());

        Assert.Contains(callbacks.Reported, d => d.Id == "HG0001");
    }

    /// <summary>
    /// A class of ordinary code: literals as arguments, initializers, comparisons, bounds (of an
    /// <c>int</c>, a <c>long</c> and a <c>char</c>) and arithmetic, strings, switch arms, interpolations
    /// and calls, none of them about hangups.
    /// </summary>
    private static string Source(string className, string extra = "")
    {
        var source = new StringBuilder()
            .AppendLine("using System.Collections.Generic;")
            .AppendLine(CultureInfo.InvariantCulture, $"public static class {className}")
            .AppendLine("{")
            .AppendLine("    static int Weigh(int count, int factor, string label) => count * factor + label.Length;")
            .AppendLine(extra)
            .AppendLine("    public static int Total(List<string> labels, int limit, long stock)")
            .AppendLine("    {")
            .AppendLine("        int total = 0;");
        for (int i = 0; i < Statements; i++)
        {
            source.AppendLine(CultureInfo.InvariantCulture, $"        total += Weigh({i}, 17, \"shelf {i}\") * 3;")
                .AppendLine(CultureInfo.InvariantCulture, $"        if (total > {i} && total < 9000 || stock >= 3000) {{ labels.Add(\"row\"); }}")
                .AppendLine(CultureInfo.InvariantCulture, $"        int width{i} = {i % 50}; total -= width{i} == 12 ? 1 : limit;")
                .AppendLine(CultureInfo.InvariantCulture, $"        total += width{i} switch {{ 0 => 4, > 40 and < 45 => 2, _ => labels.Count }} + $\"{{total,8}}\".Length;")
                .AppendLine(CultureInfo.InvariantCulture, $"        char first{i} = labels[0][0]; if (first{i} >= 'a' && first{i} <= 'z' || stock >= 3000 && stock < 9000) {{ total++; }}");
        }

        source.AppendLine("        return total;").AppendLine("    }").AppendLine("}")
            .AppendLine(CultureInfo.InvariantCulture, $"public sealed class {className}Shelf")
            .AppendLine("{");
        for (int i = 0; i < Methods; i++)
        {
            source.AppendLine(CultureInfo.InvariantCulture, $"    public int Count{i}(int items, string label) => items + label.Length;");
        }

        return source.AppendLine("}").ToString();
    }

    /// <summary>The sources, with the generated hangup types beside them.</summary>
    private static Compilation Compile(params string[] sources)
    {
        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(sources), table: null);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return output;
    }

    /// <summary>The operation actions every rule registers for a compilation, and the operations of its sources' method bodies they are called on.</summary>
    private sealed class Callbacks
    {
        private static readonly Func<Diagnostic, bool> s_supported = static _ => true;

        private readonly List<(Action<OperationAnalysisContext> Action, IOperation Operation, ISymbol Member)> _calls = [];
        private readonly List<(Action<SymbolAnalysisContext> Action, ISymbol Symbol)> _symbolCalls = [];
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options = new([]);
        private readonly Action<Diagnostic> _report;

        private Callbacks(Compilation compilation)
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
        public static Callbacks Of(Compilation compilation, int sources)
        {
            var callbacks = new Callbacks(compilation);
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

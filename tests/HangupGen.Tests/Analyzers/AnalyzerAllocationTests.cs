using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
        RuleCallbacks callbacks = RuleCallbacks.Of(compilation, sources: 2);
        callbacks.RunAll(warmUp); // what is made once per compilation, and the code the calls run, before the count

        // What each rule's action allocates on its first calls over a tree, beyond the same calls of an
        // action that does nothing (the contexts the harness makes). Only what is made once per tree may
        // be counted: its name matcher.
        string[] allocating = callbacks.Actions
            .Select(action => (Action: action, Bytes: AllocationMeasurement.Repeated(() => callbacks.Allocation(action, measured) - callbacks.Allocation(action, measured, replacement: static _ => { }), AllowedPerTree).Min()))
            .Where(result => result.Bytes > AllowedPerTree)
            .Select(result => $"{result.Action.Method.DeclaringType?.FullName}.{result.Action.Method.Name}: {result.Bytes:N0} B over {callbacks.CallsOf(result.Action, measured):N0} calls")
            .ToArray();

        // The same for the symbol actions (HG0007's look at every method for an MVC action).
        string[] allocatingOnSymbols = callbacks.SymbolActions
            .Select(action => (Action: action, Bytes: AllocationMeasurement.Repeated(() => callbacks.Allocation(action, measured) - callbacks.Allocation(action, measured, replacement: static _ => { }), AllowedPerTree).Min()))
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
        RuleCallbacks callbacks = RuleCallbacks.Of(compilation, sources: 1);

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
}

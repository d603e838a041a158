using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// When the compilation holds the generator's output, the rules read the table on their first
/// callback instead of at compilation start (docs/analyzer-profile.md, finding 19); the types of a
/// referenced project are still looked up at once, and files at the generator's path whose types
/// cannot be read leave the rules silent.
/// </summary>
public sealed class DeferredTableTests
{
    private const string CallbackCode = """
        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool IsBusy() => HangupCauseCode == 3010;
        }
        """;

    private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()));

    [Fact]
    public void The_generator_is_named_as_the_analyzers_look_for_its_files()
    {
        // The contract class is compiled into both assemblies, so it is read from the analyzers' by reflection.
        Type identity = typeof(HangupContextSource).Assembly.GetType("HangupGen.Contract.GeneratorIdentity", throwOnError: true)!;
        Assert.Equal(typeof(HangupCodeGenerator).FullName, identity.GetField("TypeName")!.GetRawConstantValue());
    }

    [Fact]
    public void The_generators_output_is_found_by_its_path()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(CallbackCode), TestTables.Real);

        Assert.True(HangupContextSource.HoldsGeneratorOutput(output));
        Assert.False(HangupContextSource.HoldsGeneratorOutput(GeneratorHarness.CreateCompilation(CallbackCode)));

        // Only the generator's own folder counts: a user's file of the same name does not.
        Assert.False(HangupContextSource.HoldsGeneratorOutput(GeneratorHarness.CreateCompilation(CallbackCode).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Other { }", path: "src/HangupCause.g.cs"))));

        // Nor does the emission folder of another generator that writes a HangupCause.g.cs.
        Assert.False(HangupContextSource.HoldsGeneratorOutput(GeneratorHarness.CreateCompilation(CallbackCode).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Other { }", path: "Other.Generator/Other.Generator.CodeGenerator/HangupCause.g.cs"))));

        // The compiler writes the folders with the platform's separator.
        Assert.True(HangupContextSource.HoldsGeneratorOutput(GeneratorHarness.CreateCompilation(CallbackCode).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Other { }", path: @"obj\generated\HangupGen.Generator\HangupGen.Generator.HangupCodeGenerator\HangupCause.g.cs"))));
    }

    [Fact]
    public void With_the_generators_output_the_context_waits_for_its_first_use()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(CallbackCode), TestTables.Real);

        HangupContextSource source = Assert.IsType<HangupContextSource>(HangupContextSource.For(output, NoOptions));

        Assert.True(source.IsDeferred);
        HangupAnalysisContext context = Assert.IsType<HangupAnalysisContext>(source.Context);
        Assert.Same(context, source.Context);
        Assert.Same(HangupAnalysisContext.For(output, NoOptions), context);
    }

    [Fact]
    public void The_rules_read_the_table_on_their_first_callback_not_at_compilation_start()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(CallbackCode), TestTables.Real);

        // Every rule's compilation start, and the method bodies bound: no table yet.
        RuleCallbacks callbacks = RuleCallbacks.Of(output, sources: 1);
        Assert.True(callbacks.Actions.Count >= 10, callbacks.Actions.Count + " actions");
        Assert.False(HangupTable.IsRead(output));

        callbacks.RunAll(output.SyntaxTrees.First());

        Assert.True(HangupTable.IsRead(output));
        Assert.Contains(callbacks.Reported, d => d.Id == "HG0001");
    }

    [Fact]
    public void A_rules_state_is_made_once_and_only_with_a_table()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(CallbackCode), TestTables.Real);
        HangupContextSource source = Assert.IsType<HangupContextSource>(HangupContextSource.For(output, NoOptions));
        int made = 0;
        DeferredRuleState<HangupAnalysisContext> state = source.Defer(hangup =>
        {
            made++;
            return hangup;
        });
        DeferredRuleState<HangupAnalysisContext> nothing = source.Defer<HangupAnalysisContext>(_ => null);

        Assert.Equal(0, made);
        Assert.False(nothing.IsKnownEmpty); // deferred: known only once the table is read
        Assert.Same(source.Context, state.Value);
        Assert.Same(state.Value, state.Value);
        Assert.Equal(1, made);
        Assert.Null(nothing.Value);

        var seen = new List<string>();
        Action<string> guarded = nothing.Guard<string>((text, _) => seen.Add(text));
        guarded("skipped");
        state.Guard<string>((text, hangup) => seen.Add(text + ":" + (hangup.Table.Causes.Length > 0))).Invoke("called");
        Assert.Equal(["called:True"], seen);
    }

    [Fact]
    public void Types_from_a_referenced_project_are_looked_up_at_once()
    {
        Compilation consumer = GeneratorHarness.CreateCompilation(CallbackCode).AddReferences(TableDiscoveryTests.ContractsLibrary());

        HangupContextSource source = Assert.IsType<HangupContextSource>(HangupContextSource.For(consumer, NoOptions));

        Assert.False(source.IsDeferred);
        Assert.True(HangupTable.IsRead(consumer));
        Assert.NotNull(source.Context);

        // A rule with nothing to look for in such a table registers nothing: that is known at once.
        Assert.True(source.Defer<HangupAnalysisContext>(_ => null).IsKnownEmpty);
        Assert.False(source.Defer(hangup => hangup).IsKnownEmpty);
        Assert.Null(HangupContextSource.For(GeneratorHarness.CreateCompilation(CallbackCode), NoOptions));
    }

    [Fact]
    public async Task Files_at_the_generators_path_without_its_types_leave_every_rule_silent()
    {
        // The generator's path, but no generated HangupCause enum in it (no marker, and a class): the
        // deferred lookup finds no table.
        Compilation compilation = GeneratorHarness.CreateCompilation(CallbackCode).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(
                "namespace HangupGen { internal static class HangupCause { } }",
                GeneratorHarness.LatestParseOptions,
                path: "HangupGen.Generator/HangupGen.Generator.HangupCodeGenerator/HangupCause.g.cs"));
        HangupContextSource source = Assert.IsType<HangupContextSource>(HangupContextSource.For(compilation, NoOptions));
        Assert.True(source.IsDeferred);
        Assert.Null(source.Context);
        int made = 0;
        DeferredRuleState<HangupAnalysisContext> state = source.Defer(hangup =>
        {
            made++;
            return hangup;
        });
        Assert.Null(state.Value);
        Assert.Equal(0, made);

        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            NoOptions,
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(HangupRules.Create(), options).GetAllDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id.StartsWith("HG", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_code_with_the_generators_output_is_reported()
    {
        // The control for the test above: the rule does fire on this code once the table is there.
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(CallbackCode), TestTables.Real);
        var options = new CompilationWithAnalyzersOptions(NoOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);

        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers(HangupRules.Create(), options).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(["HG0001"], diagnostics.Select(d => d.Id).Distinct());
    }
}

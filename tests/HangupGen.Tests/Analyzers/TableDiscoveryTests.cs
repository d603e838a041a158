using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using HangupGen.Analyzers.Context;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Where the rules find the table: the compilation's own generated types first, else the public
/// types a referenced project generated; and one context per compilation, shared by every rule.
/// </summary>
public sealed class TableDiscoveryTests
{
    [Fact]
    public Task Rules_read_the_types_a_referenced_project_generated()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Callback
                {
                    public int HangupCauseCode { get; set; }

                    bool IsBusy() => HangupCauseCode == {|HG0001:3010|};

                    string Name() => HangupCause.BusyLine.GetName();
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(ContractsLibrary());
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public void One_context_serves_every_rule_of_a_compilation()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation("class Callback { }"), TestTables.Real);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()));
        var otherOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()));

        HangupAnalysisContext first = Assert.IsType<HangupAnalysisContext>(HangupAnalysisContext.For(output, options));

        Assert.Same(first, HangupAnalysisContext.For(output, options));
        Assert.Same(first.Table, Assert.IsType<HangupAnalysisContext>(HangupAnalysisContext.For(output, otherOptions)).Table);
        Assert.NotSame(first, HangupAnalysisContext.For(output, otherOptions));
        Assert.Null(HangupAnalysisContext.For(GeneratorHarness.CreateCompilation("class Callback { }"), options));
    }

    /// <summary>A library whose project generated the real table's types as <c>public</c>, as an image reference.</summary>
    internal static MetadataReference ContractsLibrary()
    {
        (Compilation library, _) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation("namespace Contracts { public static class Marker { } }"),
            TestTables.Real,
            new Dictionary<string, string> { ["HangupGenAccessibility"] = "public" });
        return GeneratorHarness.EmitReference(library);
    }
}

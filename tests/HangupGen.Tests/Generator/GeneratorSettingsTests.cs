using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The MSBuild properties <c>HangupGenNamespace</c>, <c>HangupGenAccessibility</c>,
/// <c>HangupGenEmitTypes</c> and <c>HangupGenJsonConverters</c> (HG1020 when invalid; what the last one
/// does is in <see cref="JsonConverterGenerationTests"/>), and a referenced assembly that already has the types.
/// </summary>
public sealed class GeneratorSettingsTests
{
    private const string NamespaceRemedy = "use a C# namespace such as Contoso.Telephony; the types are generated in 'HangupGen' instead";

    [Theory]
    [InlineData("Contoso-Telephony")]
    [InlineData("1Telephony")]
    [InlineData("Contoso..Telephony")]
    [InlineData("Contoso.class")]
    [InlineData("global::Contoso")]
    [InlineData(".Contoso")]
    [InlineData("Contoso.nameof")]
    public Task HG1020_invalid_namespace_is_reported_without_a_location(string ns) => new HangupGeneratorTest
    {
        ExpectedDiagnostics = { new DiagnosticResult("HG1020", DiagnosticSeverity.Error).WithArguments("HangupGenNamespace", ns, NamespaceRemedy) },
    }.WithProperties(new Dictionary<string, string> { ["HangupGenNamespace"] = ns }).RunAsync();

    [Fact]
    public Task HG1020_invalid_accessibility_emit_and_json_values_are_each_reported() => new HangupGeneratorTest
    {
        ExpectedDiagnostics =
        {
            new DiagnosticResult("HG1020", DiagnosticSeverity.Error).WithArguments("HangupGenAccessibility", "protected", "use 'internal' (the default) or 'public'"),
            new DiagnosticResult("HG1020", DiagnosticSeverity.Error).WithArguments("HangupGenEmitTypes", "yes", "use 'true' (the default) or 'false'"),
            new DiagnosticResult("HG1020", DiagnosticSeverity.Error).WithArguments("HangupGenJsonConverters", "off", "use 'true' (the default) or 'false'"),
        },
    }.WithProperties(new Dictionary<string, string> { ["HangupGenAccessibility"] = "protected", ["HangupGenEmitTypes"] = "yes", ["HangupGenJsonConverters"] = "off" }).RunAsync();

    [Fact]
    public void HG1020_invalid_namespace_falls_back_to_HangupGen()
    {
        GeneratorRunResult run = GeneratorHarness.Run(TestTables.Small, new Dictionary<string, string> { ["HangupGenNamespace"] = "Contoso-Telephony" });

        Assert.Equal("HG1020", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(Location.None, run.Diagnostics[0].Location);
        Assert.All(run.GeneratedSources, source => Assert.Contains("\nnamespace HangupGen\n", source.SourceText.ToString()));
    }

    [Theory]
    [InlineData("public", true)]
    [InlineData("PUBLIC", true)]
    [InlineData(" public ", true)]
    [InlineData("internal", false)]
    [InlineData("Internal", false)]
    [InlineData("", false)]
    public void Accessibility_sets_the_accessibility_of_every_generated_type(string value, bool isPublic)
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation(), TestTables.Small, new Dictionary<string, string> { ["HangupGenAccessibility"] = value });

        Assert.Empty(diagnostics);
        INamedTypeSymbol[] types = output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingType is null).ToArray();
        Assert.Equal(GeneratorHarness.GeneratedFiles.Length, types.Length);
        // The shared text helpers are no API: internal whatever the setting.
        Assert.All(types, type => Assert.Equal(
            isPublic && type.Name != "HangupTextHelpers" ? Accessibility.Public : Accessibility.Internal,
            type.DeclaredAccessibility));
        Assert.Contains(types, type => type.Name == "HangupTextHelpers");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    public void Emit_types_false_emits_nothing_but_still_reports_table_problems(string value)
    {
        GeneratorRunResult run = GeneratorHarness.Run(
            TestTables.Small + "\n3010,Duplicate,,,Call Rejections,3000-3050,,,,,,\n",
            new Dictionary<string, string> { ["HangupGenEmitTypes"] = value });

        Assert.Empty(run.GeneratedSources);
        Assert.Equal("HG1009", Assert.Single(run.Diagnostics).Id);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("")]
    public void Emit_types_true_or_unset_emits_the_types(string value)
    {
        GeneratorRunResult run = GeneratorHarness.Run(TestTables.Small, new Dictionary<string, string> { ["HangupGenEmitTypes"] = value });

        Assert.Empty(run.Diagnostics);
        Assert.Equal(GeneratorHarness.GeneratedFiles, run.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Custom_namespace_is_used_for_every_type_of_the_real_table()
    {
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation("""
            using Contoso.Telephony;

            internal static class Consumer
            {
                public static string Name => HangupCause.BusyLine.GetName() + HangupCauses.CallRejections.FirstCode + HangupSourceNames.Carrier;
            }
            """);

        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(
            consumer, TestTables.Real, new Dictionary<string, string> { ["HangupGenNamespace"] = "Contoso.Telephony" });

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics());
        Assert.NotNull(output.GetTypeByMetadataName("Contoso.Telephony.HangupCause"));
        Assert.Null(output.GetTypeByMetadataName("HangupGen.HangupCause"));
        Assert.All(output.SyntaxTrees.Skip(1), tree => Assert.Contains("\nnamespace Contoso.Telephony\n", tree.ToString()));
    }

    [Fact]
    public void Reference_with_the_public_types_in_the_same_namespace_means_nothing_is_emitted_and_its_types_are_used()
    {
        MetadataReference library = LibraryWithGeneratedTypes("public");
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfBusyLine).AddReferences(library);

        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(consumer, TestTables.Small);

        Assert.Empty(diagnostics);
        Assert.Single(output.SyntaxTrees);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal("Hangup.Types", output.GetTypeByMetadataName("HangupGen.HangupCause")!.ContainingAssembly.Name);
    }

    [Fact]
    public void Reference_with_internal_types_visible_to_this_assembly_means_nothing_is_emitted()
    {
        MetadataReference library = LibraryWithGeneratedTypes("internal", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]");
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfBusyLine).AddReferences(library);

        (Compilation output, _) = GeneratorHarness.RunOn(consumer, TestTables.Small);

        Assert.Single(output.SyntaxTrees);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Reference_with_internal_types_means_this_project_emits_its_own()
    {
        MetadataReference library = LibraryWithGeneratedTypes("internal");
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfBusyLine).AddReferences(library);

        (Compilation output, _) = GeneratorHarness.RunOn(consumer, TestTables.Small);

        Assert.Equal(GeneratorHarness.GeneratedFiles.Length + 1, output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal("Consumer", output.GetTypeByMetadataName("HangupGen.HangupCause")!.ContainingAssembly.Name);
    }

    [Fact]
    public void Reference_with_the_public_types_in_another_namespace_means_this_project_emits_its_own()
    {
        MetadataReference library = LibraryWithGeneratedTypes("public", ns: "Contoso.Telephony");
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfBusyLine).AddReferences(library);

        (Compilation output, _) = GeneratorHarness.RunOn(consumer, TestTables.Small);

        Assert.Equal(GeneratorHarness.GeneratedFiles.Length + 1, output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics());
    }

    private const string ConsumerOfBusyLine = """
        using HangupGen;

        internal static class Consumer
        {
            public static string Name => HangupCause.BusyLine.GetName();
        }
        """;

    /// <summary>An assembly <c>Hangup.Types</c> compiled with the generated types, as a project or package reference.</summary>
    private static MetadataReference LibraryWithGeneratedTypes(string accessibility, string source = "", string ns = "HangupGen")
    {
        CSharpCompilation library = GeneratorHarness.CreateCompilation(source).WithAssemblyName("Hangup.Types");
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(
            library, TestTables.Small, new Dictionary<string, string> { ["HangupGenAccessibility"] = accessibility, ["HangupGenNamespace"] = ns });
        Assert.Empty(diagnostics);
        return GeneratorHarness.EmitReference(output);
    }
}

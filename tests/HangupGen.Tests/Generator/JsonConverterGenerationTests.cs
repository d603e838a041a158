using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Generator;
using HangupGen.Generator.Model;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The System.Text.Json converters are generated exactly when the compilation can compile them: none
/// (and no attribute) without System.Text.Json, one per generated enum with it, and the dictionary-key
/// members only where its <c>JsonConverter&lt;T&gt;</c> lets them be overridden (6.0 and later); none
/// either where <c>HangupGenJsonConverters</c> is false.
/// </summary>
public sealed class JsonConverterGenerationTests
{
    /// <summary>The converter API of System.Text.Json before 6.0: no public dictionary-key members.</summary>
    private const string JsonConverterBefore6 = """
        namespace System.Text.Json.Serialization
        {
            public abstract class JsonConverter<T>
            {
                internal virtual T ReadAsPropertyName() => default!;
            }
        }
        """;

    [Fact]
    public void Without_system_text_json_no_converter_and_no_attribute_is_generated()
    {
        CSharpCompilation netstandard = GeneratorHarness.CreateCompilation(
            GeneratorHarness.CSharp73ParseOptions, Basic.Reference.Assemblies.NetStandard20.References.All, "internal static class C { }");
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(netstandard, TestTables.Small);

        Assert.Empty(diagnostics);
        Assert.Equal(GeneratorHarness.GeneratedFilesWithoutJson.Length + 1, output.SyntaxTrees.Count());
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("System.Text.Json", StringComparison.Ordinal));
    }

    [Fact]
    public void With_system_text_json_every_wire_enum_carries_the_attribute_of_its_own_converter_and_a_side_enum_none()
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(), TestTables.Small);
        INamedTypeSymbol converterOfT = output.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConverter`1")!;
        INamedTypeSymbol attribute = output.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConverterAttribute")!;

        string[] withConverters = ["HangupCause", "HangupCategory", .. Vocabulary.All.Select(v => v.TypeName)];
        INamedTypeSymbol[] enums = output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(type => type.TypeKind == TypeKind.Enum).ToArray();

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal(withConverters.Order(), enums.Select(e => e.Name).Where(withConverters.Contains).Order());
        Assert.All(enums.Where(type => !withConverters.Contains(type.Name)), type => Assert.Empty(type.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute))));
        Assert.All(enums.Where(type => withConverters.Contains(type.Name)), type =>
        {
            AttributeData attached = Assert.Single(type.GetAttributes(), a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
            var converter = (INamedTypeSymbol)attached.ConstructorArguments.Single().Value!;
            Assert.Equal(type.Name + "JsonConverter", converter.Name);
            Assert.Equal(converterOfT.Construct(type), converter.BaseType, SymbolEqualityComparer.Default);
            Assert.Contains(converter.GetMembers("WriteAsPropertyName"), m => m.IsOverride);
        });
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" FALSE ")]
    public void Turned_off_with_system_text_json_referenced_no_converter_and_no_attribute_is_generated_and_enums_serialize_as_numbers(string value)
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation("""
                public static class Probe
                {
                    public static string Write() => System.Text.Json.JsonSerializer.Serialize(HangupGen.CallStatus.NoAnswer);
                }
                """),
            TestTables.Small,
            new Dictionary<string, string> { ["HangupGenJsonConverters"] = value });

        Assert.Empty(diagnostics);
        Assert.Equal(GeneratorHarness.GeneratedFilesWithoutJson.Length + 1, output.SyntaxTrees.Count());
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("JsonConverter", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        object? written = GeneratorHarness.EmitAndLoad(output, nameof(Turned_off_with_system_text_json_referenced_no_converter_and_no_attribute_is_generated_and_enums_serialize_as_numbers) + value.Trim())
            .GetType("Probe")!.GetMethod("Write")!.Invoke(null, null);
        Assert.Equal(((int)HangupGen.Tests.Generated.CallStatus.NoAnswer).ToString(System.Globalization.CultureInfo.InvariantCulture), written);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("")]
    public void Turned_on_or_unset_the_converters_are_generated(string value)
    {
        GeneratorRunResult run = GeneratorHarness.Run(TestTables.Small, new Dictionary<string, string> { ["HangupGenJsonConverters"] = value });

        Assert.Empty(run.Diagnostics);
        Assert.Equal(GeneratorHarness.GeneratedFiles, run.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void System_text_json_before_6_gets_converters_without_the_dictionary_key_members()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.LatestParseOptions, Basic.Reference.Assemblies.NetStandard20.References.All, JsonConverterBefore6);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/project/HangupCodes.csv", TestTables.Small)]);

        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        string[] converters = run.GeneratedSources.Where(s => s.HintName.EndsWith("JsonConverter.g.cs", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()).ToArray();
        Assert.Equal(GeneratorHarness.GeneratedFiles.Length - GeneratorHarness.GeneratedFilesWithoutJson.Length, converters.Length);
        Assert.All(converters, text => Assert.Contains("public override void Write(", text));
        Assert.All(converters, text => Assert.DoesNotContain("PropertyName", text));
    }

    [Fact]
    public void Referencing_system_text_json_later_adds_the_converters_and_an_edit_after_that_reemits_nothing()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/project/HangupCodes.csv", TestTables.Small)]);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.LatestParseOptions, Basic.Reference.Assemblies.NetStandard20.References.All, "internal static class C { }");
        driver = driver.RunGenerators(compilation);
        Assert.Equal(GeneratorHarness.GeneratedFilesWithoutJson, driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));

        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(JsonConverterBefore6, GeneratorHarness.LatestParseOptions));
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult referenced = driver.GetRunResult().Results.Single();
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { }", GeneratorHarness.LatestParseOptions));
        GeneratorRunResult edited = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(GeneratorHarness.GeneratedFiles, referenced.GeneratedSources.Select(s => s.HintName));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(referenced, TrackingNames.JsonSupport));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(edited, TrackingNames.JsonSupport));
        Assert.All(
            edited.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}

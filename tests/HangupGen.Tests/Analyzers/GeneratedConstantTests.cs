using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// The table is read at every compilation's start without binding what the generator wrote as a
/// literal (<see cref="GeneratedConstant"/>) or as its <c>[GeneratedCode]</c> marker
/// (<c>GeneratedCodeMarker</c>): the shortcut must give exactly what binding gives, and every
/// other shape must still be bound.
/// </summary>
public sealed class GeneratedConstantTests
{
    [Fact]
    public void Every_generated_constant_reads_as_the_compiler_binds_it()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation("class Callback { }"), TestTables.Real);

        List<IFieldSymbol> constants = GeneratedTypes(output).SelectMany(t => t.GetMembers().OfType<IFieldSymbol>()).Where(f => f.IsConst).ToList();

        Assert.True(constants.Count > 300, $"only {constants.Count} constants in the generated types");
        Assert.All(constants, field => Assert.Equal(field.ConstantValue, GeneratedConstant.ValueOf(field)));
    }

    [Fact]
    public void Every_generated_type_is_found_by_its_written_marker()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation("class Callback { }"), TestTables.Real);

        HangupTable table = Assert.IsType<HangupTable>(HangupTable.Get(output, Options));

        Assert.All(
            new[] { table.CauseType, table.CategoryType, table.CausesType, table.CauseNamesType, table.SourceNamesType, table.SourceType, table.CodeType },
            type => Assert.Same(output.Assembly, Assert.IsAssignableFrom<INamedTypeSymbol>(type).ContainingAssembly));
        Assert.Equal(new[] { "CallStatus", "DialStatus", "TelephonyCause" }, table.StatusVocabularies.Select(v => v.EnumType.Name));
        Assert.NotNull(table.ReasonVocabulary);
    }

    [Theory]
    [InlineData("public const int Value = 1 + 2;", 3)]
    [InlineData("public const long Value = 3010;", 3010L)]
    [InlineData("public const string Value = \"Busy\" + \" Line\";", "Busy Line")]
    [InlineData("public const string Value = nameof(Holder);", "Holder")]
    [InlineData("public const double Value = 1;", 1d)]
    public void Constants_of_other_shapes_are_bound(string declaration, object expected)
    {
        IFieldSymbol field = Field("public static class Holder { " + declaration + " }", "Holder", "Value");

        Assert.Equal(expected, GeneratedConstant.ValueOf(field));
        Assert.Equal(field.ConstantValue, GeneratedConstant.ValueOf(field));
    }

    [Theory]
    [InlineData("public enum Holder : long { Value = 3010 }", 3010L)]
    [InlineData("public enum Holder { Value = -1 }", -1)]
    [InlineData("public enum Holder { Value }", 0)]
    [InlineData("public enum Holder { Value = 3010 }", 3010)]
    public void Enum_members_read_as_their_underlying_type(string declaration, object expected)
    {
        IFieldSymbol field = Field(declaration, "Holder", "Value");

        Assert.Equal(expected, GeneratedConstant.ValueOf(field));
        Assert.Equal(field.ConstantValue, GeneratedConstant.ValueOf(field));
    }

    [Fact]
    public void A_field_that_is_not_constant_has_no_value()
        => Assert.Null(GeneratedConstant.ValueOf(Field("public static class Holder { public static readonly string Value = \"Busy Line\"; }", "Holder", "Value")));

    [Theory]
    [InlineData("[System.CodeDom.Compiler.GeneratedCode(\"HangupGen\", \"1.0\")]", true)]
    [InlineData("[global::System.CodeDom.Compiler.GeneratedCode(Marker.Tool, \"1.0\")]", true)]
    [InlineData("[global::System.CodeDom.Compiler.GeneratedCode(\"Other\", \"1.0\")]", false)]
    [InlineData("", false)]
    public void Markers_written_otherwise_are_bound(string attribute, bool generated)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(
            "namespace HangupGen { " + attribute + " public enum HangupCause { BusyLine = 3010 } static class Marker { public const string Tool = \"HangupGen\"; } }");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        Assert.Equal(generated, HangupTable.Get(compilation, Options) is not null);
    }

    private static IEnumerable<INamedTypeSymbol> GeneratedTypes(Compilation output)
        => output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == "HangupGen" && t.ContainingType is null);

    private static IFieldSymbol Field(string source, string type, string name)
        => Type(source, type).GetMembers(name).OfType<IFieldSymbol>().Single();

    private static readonly AnalyzerOptions Options = new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()));

    private static INamedTypeSymbol Type(string source, string name)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation.GetTypeByMetadataName(name)!;
    }
}

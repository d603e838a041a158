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

    [Fact]
    public void Every_type_the_table_reads_is_read_from_its_declaration_as_binding_gives_it()
    {
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation("class Callback { }"), TestTables.Real);
        HangupTable table = Assert.IsType<HangupTable>(HangupTable.Get(output, Options));
        INamedTypeSymbol causes = Assert.IsAssignableFrom<INamedTypeSymbol>(table.CausesType);
        var read = new List<INamedTypeSymbol?> { table.CauseType, table.CategoryType, table.CauseNamesType, table.SourceNamesType, output.GetTypeByMetadataName("HangupGen.HangupCauseNextSteps") };
        read.AddRange(table.StatusVocabularies.Append(table.ReasonVocabulary!).SelectMany(v => new[] { v.EnumType, v.NamesType }));

        Assert.Equal(5 + 8, read.Count);
        Assert.All(read, type =>
        {
            INamedTypeSymbol symbol = Assert.IsAssignableFrom<INamedTypeSymbol>(type);
            List<(string Name, object Value)>? fromSyntax = GeneratedConstant.ReadDeclaration(symbol);
            Assert.NotNull(fromSyntax);
            Assert.NotEmpty(fromSyntax);
            Assert.Equal(Bound(symbol), fromSyntax);
        });

        // A category's holder also has a constant of the category enum, which is bound: its two bounds are read one by one.
        Assert.NotEmpty(table.Categories);
        Assert.All(table.Categories, category =>
        {
            INamedTypeSymbol holder = causes.GetTypeMembers(category.Identifier).Single();
            Assert.Equal(category.FirstCode, GeneratedConstant.ValueOf(holder, "FirstCode"));
            Assert.Equal(Bound(holder).Single(c => c.Name == "LastCode").Value, GeneratedConstant.ValueOf(holder, "LastCode"));
        });
    }

    [Theory]
    [InlineData("public const int Value = 3010;", 3010)]
    [InlineData("public const int Value = 1 + 2;", 3)]
    [InlineData("public const long Value = 3010;", 3010L)]
    [InlineData("public const int Other = 1, Value = 2;", 2)]
    [InlineData("public const int Other = 1;", null)]
    [InlineData("public static readonly int Value = 1;", null)]
    public void One_constant_reads_by_name_as_binding_gives_it(string declaration, object? expected)
        => Assert.Equal(expected, GeneratedConstant.ValueOf(Type("public static class Holder { " + declaration + " }", "Holder"), "Value"));

    [Theory]
    [InlineData("public enum Holder { A = 3010, B = 3020 }")]
    [InlineData("public static class Holder { public const string A = \"Busy Line\"; public static readonly string NotConstant = \"x\"; public const int B = 3, C = 4; public static int Method() => 1; public static class Nested { public const int D = 5; } }")]
    public void A_type_written_as_the_generator_writes_is_read_from_its_declaration(string source)
    {
        INamedTypeSymbol type = Type(source, "Holder");

        Assert.Equal(Bound(type), GeneratedConstant.ReadDeclaration(type));
        Assert.Equal(Bound(type), GeneratedConstant.Read(type));
    }

    [Theory]
    [InlineData("public static class Holder { public const int A = 1; public const int B = 1 + 2; }")]
    [InlineData("public static class Holder { public const string A = \"Busy\" + \" Line\"; }")]
    [InlineData("public static class Holder { public const long A = 3010; }")]
    [InlineData("public static class Holder { public const System.String A = \"Busy Line\"; }")]
    [InlineData("public enum Holder { A = 3010, B }")]
    [InlineData("public enum Holder { A = -1 }")]
    [InlineData("public enum Holder : long { A = 3010 }")]
    [InlineData("public static partial class Holder { public const int A = 1; } public static partial class Holder { public const int B = 2; }")]
    public void A_type_written_otherwise_is_read_through_its_symbols(string source)
    {
        INamedTypeSymbol type = Type(source, "Holder");

        Assert.Null(GeneratedConstant.ReadDeclaration(type));
        Assert.Equal(Bound(type), GeneratedConstant.Read(type));
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

    /// <summary>The constants of <paramref name="type"/> as the compiler binds them, in declaration order.</summary>
    private static List<(string Name, object Value)> Bound(INamedTypeSymbol type)
        => [.. type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => (f.Name, f.ConstantValue!))];

    [Fact]
    public void A_marked_cause_enum_with_two_members_of_one_value_is_read_without_a_throw()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(
            "namespace HangupGen { [global::System.CodeDom.Compiler.GeneratedCode(\"HangupGen\", \"1.0\")] public enum HangupCause { BusyLine = 3010, AlsoBusy = 3010 } }");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        HangupTable table = Assert.IsType<HangupTable>(HangupTable.Get(compilation, Options));

        Assert.Equal(2, table.Causes.Length);
        Assert.True(table.TryGetCause(3010, out HangupCauseInfo cause));
        Assert.Equal("BusyLine", cause.Identifier);
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

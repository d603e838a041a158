using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Tests.Generator;

/// <summary>
/// <see cref="MetadataTypeLookup.All"/> answers what <see cref="Compilation.GetTypesByMetadataName"/>
/// answers, on each of its paths: no reference declares the name, one does, the compilation's own
/// assembly does, several references do, and a reference declares the simple name elsewhere.
/// </summary>
public sealed class MetadataTypeLookupTests
{
    private const string CauseName = "Telephony.HangupCause";
    private const string ConverterName = "System.Text.Json.Serialization.JsonConverter`1";

    [Fact]
    public void Nothing_declares_the_type_gives_none()
        => AssertSameAsCompiler(GeneratorHarness.CreateCompilation("internal static class C { }"), CauseName, expected: 0);

    [Fact]
    public void Only_the_compilations_own_assembly_declares_the_type_gives_that_type()
        => AssertSameAsCompiler(GeneratorHarness.CreateCompilation("namespace Telephony { public enum HangupCause { } }"), CauseName, expected: 1);

    [Fact]
    public void One_reference_declares_the_type_gives_that_type()
        => AssertSameAsCompiler(GeneratorHarness.CreateCompilation("internal static class C { }"), ConverterName, expected: 1);

    [Fact]
    public void The_compilation_and_a_reference_both_declaring_the_type_gives_both()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            "namespace System.Text.Json.Serialization { public abstract class JsonConverter<T> { } }");

        AssertSameAsCompiler(compilation, ConverterName, expected: 2);
    }

    [Fact]
    public void Two_references_declaring_the_type_gives_both()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("First", "namespace Telephony { public enum HangupCause { } }"), Library("Second", "namespace Telephony { public enum HangupCause { } }"));

        AssertSameAsCompiler(compilation, CauseName, expected: 2);
    }

    [Fact]
    public void A_reference_declaring_the_name_in_another_namespace_or_arity_gives_none()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("Elsewhere", "namespace Other { public enum HangupCause { } } namespace Telephony { public class HangupCause<T> { } }"));

        AssertSameAsCompiler(compilation, CauseName, expected: 0);
    }

    [Fact]
    public void A_project_reference_declaring_the_type_gives_that_type()
    {
        CSharpCompilation project = GeneratorHarness.CreateCompilation("namespace Telephony { public enum HangupCause { } }").WithAssemblyName("Project");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }").AddReferences(project.ToMetadataReference());

        AssertSameAsCompiler(compilation, CauseName, expected: 1);
    }

    [Fact]
    public void A_new_compilation_after_an_edit_gives_the_same_types()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("First", "namespace Telephony { public enum HangupCause { } }"));
        SyntaxTree edited = compilation.SyntaxTrees.Single();

        CSharpCompilation afterEdit = compilation.ReplaceSyntaxTree(edited, edited.WithChangedText(edited.GetText().Replace(0, 0, "// edited\n")));

        AssertSameAsCompiler(afterEdit, CauseName, expected: 1);
    }

    private static void AssertSameAsCompiler(Compilation compilation, string metadataName, int expected)
    {
        INamedTypeSymbol[] found = MetadataTypeLookup.All(compilation, metadataName).ToArray();

        Assert.Equal(expected, found.Length);
        Assert.Equal(Describe(compilation.GetTypesByMetadataName(metadataName)), Describe(found));
    }

    private static string[] Describe(IEnumerable<INamedTypeSymbol> types)
        => types.Select(type => type.ContainingAssembly.Name + ":" + type.ToDisplayString()).OrderBy(text => text, System.StringComparer.Ordinal).ToArray();

    private static MetadataReference Library(string name, string source)
        => GeneratorHarness.EmitReference(GeneratorHarness.CreateCompilation(source).WithAssemblyName(name));
}

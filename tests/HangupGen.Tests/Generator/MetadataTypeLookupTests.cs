using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Tests.Generator;

/// <summary>
/// <see cref="MetadataTypeLookup.All"/> answers what <see cref="Compilation.GetTypesByMetadataName"/>
/// answers, in its order: no reference declares the name, one does, the compilation's own assembly
/// does, several references do (one of them extern-aliased, or hidden by the embedded attribute), a
/// reference declares the simple name elsewhere, a nested type, a core library type.
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
    public void An_extern_aliased_reference_declaring_the_type_is_found_beside_another()
    {
        // The compiler's single-type lookup passes over aliased references; its list of every type does not.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("First", "namespace Telephony { public enum HangupCause { } }"), Library("Second", "namespace Telephony { public enum HangupCause { } }").WithAliases(["second"]));

        AssertSameAsCompiler(compilation, CauseName, expected: 2);
    }

    [Fact]
    public void A_type_hidden_by_the_embedded_attribute_is_found_beside_another()
    {
        const string Embedded = """
            namespace Microsoft.CodeAnalysis { internal sealed class EmbeddedAttribute : System.Attribute { } }
            namespace Telephony { [Microsoft.CodeAnalysis.Embedded] internal enum HangupCause { } }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("First", "namespace Telephony { public enum HangupCause { } }"), Library("Second", Embedded));

        AssertSameAsCompiler(compilation, CauseName, expected: 2);
    }

    [Fact]
    public void A_nested_type_is_found()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }")
            .AddReferences(Library("First", "namespace Telephony { public static class Outer { public enum HangupCause { } } }"));

        AssertSameAsCompiler(compilation, "Telephony.Outer+HangupCause", expected: 1);
    }

    [Fact]
    public void A_core_library_type_is_found_once()
        => AssertSameAsCompiler(GeneratorHarness.CreateCompilation("internal static class C { }"), "System.Object", expected: 1);

    private static void AssertSameAsCompiler(Compilation compilation, string metadataName, int expected)
    {
        INamedTypeSymbol[] found = MetadataTypeLookup.All(compilation, metadataName).ToArray();

        Assert.Equal(expected, found.Length);
        Assert.Equal(Describe(compilation.GetTypesByMetadataName(metadataName)), Describe(found));
    }

    /// <summary>Each type with its assembly, in the order found: the compilation's own first, then the references'.</summary>
    private static string[] Describe(IEnumerable<INamedTypeSymbol> types)
        => types.Select(type => type.ContainingAssembly.Name + ":" + type.ToDisplayString()).ToArray();

    private static MetadataReference Library(string name, string source)
        => GeneratorHarness.EmitReference(GeneratorHarness.CreateCompilation(source).WithAssemblyName(name));
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generated code, and a consumer that uses every generated member, compile with no diagnostic
/// at all (warnings as errors, documentation comments checked), for net8.0 with the latest C# and
/// nullable enabled, and for netstandard2.0 with C# 7.3; the System.Text.Json converters where the
/// target references it (net8.0, with either language version), none where it does not.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    public static TheoryData<string, string, bool, string> Targets => new()
    {
        { "real", "latest", false, "net8.0" },
        { "real", "latest", true, "net8.0" },
        { "real", "7.3", false, "netstandard2.0" },
        { "real", "7.3", true, "netstandard2.0" },
        { "real", "7.3", false, "net8.0" },
        { "small", "latest", false, "net8.0" },
        { "small", "7.3", true, "netstandard2.0" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Output_and_a_consumer_of_every_member_compile_without_any_diagnostic(string table, string languageVersion, bool isPublic, string framework)
    {
        (string tableText, HangupTableSpec spec) = Table(table);
        bool csharp73 = languageVersion == "7.3";
        bool json = framework == "net8.0";
        CSharpParseOptions parseOptions = (csharp73 ? GeneratorHarness.CSharp73ParseOptions : GeneratorHarness.LatestParseOptions)
            .WithDocumentationMode(DocumentationMode.Diagnose);
        IEnumerable<MetadataReference> references = json
            ? Basic.Reference.Assemblies.Net80.References.All
            : Basic.Reference.Assemblies.NetStandard20.References.All;
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(parseOptions, references, ConsumerOfEveryMember(spec, json));

        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(
            consumer,
            tableText,
            new Dictionary<string, string> { ["HangupGenAccessibility"] = isPublic ? "public" : "internal" });

        Assert.Empty(generatorDiagnostics);
        Assert.Equal((json ? GeneratorHarness.GeneratedFiles : GeneratorHarness.GeneratedFilesWithoutJson).Length + 1, output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics());
        EmitResult emitted = output.Emit(Stream.Null);
        Assert.True(emitted.Success);
        Assert.Empty(emitted.Diagnostics);
    }

    [Theory]
    [InlineData("real", false)]
    [InlineData("real", true)]
    [InlineData("small", true)]
    public void Consumer_is_valid_csharp_7_3_on_its_own(string table, bool json)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(ConsumerOfEveryMember(Table(table).Spec, json), GeneratorHarness.CSharp73ParseOptions);

        Assert.Empty(tree.GetDiagnostics());
    }

    /// <summary>
    /// The generated files turn the compiler's nullable warnings off (annotations stay: they are the
    /// consumer's contract), because that analysis is a fifth of what compiling them costs in every
    /// build. Here it runs once: with the directive set back to <c>#nullable enable</c>, the real and
    /// small tables' output (and a consumer of every member) must have no warning at all.
    /// </summary>
    [Theory]
    [InlineData("real", true)]
    [InlineData("real", false)]
    [InlineData("small", true)]
    public void Output_has_no_nullable_warning_when_the_generated_files_turn_warnings_on(string table, bool isPublic)
    {
        (string tableText, HangupTableSpec spec) = Table(table);
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfEveryMember(spec, json: true));
        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(
            consumer,
            tableText,
            new Dictionary<string, string> { ["HangupGenAccessibility"] = isPublic ? "public" : "internal" });
        Assert.Empty(generatorDiagnostics);

        const string Generated = "#nullable enable annotations\n#nullable disable warnings\n";
        SyntaxTree[] generatedTrees = output.SyntaxTrees.Skip(1).ToArray();
        Assert.All(generatedTrees, tree => Assert.Contains(Generated, tree.ToString(), System.StringComparison.Ordinal));
        Compilation checkedOutput = generatedTrees.Aggregate(output, (compilation, tree) => compilation.ReplaceSyntaxTree(
            tree,
            tree.WithChangedText(SourceText.From(tree.ToString().Replace(Generated, "#nullable enable\n", System.StringComparison.Ordinal)))));

        Assert.Empty(checkedOutput.GetDiagnostics());
    }

    [Theory]
    [InlineData("real")]
    [InlineData("small")]
    public void Consumer_uses_every_generated_member(string table)
    {
        (string tableText, HangupTableSpec spec) = Table(table);
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(ConsumerOfEveryMember(spec, json: true));
        (Compilation output, _) = GeneratorHarness.RunOn(consumer, tableText);

        SyntaxTree consumerTree = output.SyntaxTrees.First();
        SemanticModel model = output.GetSemanticModel(consumerTree);
        // Names, and the user-defined operators and conversions that no name refers to.
        IEnumerable<SyntaxNode> nodes = consumerTree.GetRoot().DescendantNodes().ToList();
        var used = new HashSet<ISymbol>(
            nodes.Where(node => node is SimpleNameSyntax or BinaryExpressionSyntax or CastExpressionSyntax)
                .Select(node => model.GetSymbolInfo(node).Symbol)
                .Concat(nodes.OfType<ExpressionSyntax>().Select(expression => (ISymbol?)model.GetConversion(expression).MethodSymbol))
                .Select(Declared)
                .Where(symbol => symbol is not null)!,
            SymbolEqualityComparer.Default);
        INamespaceSymbol generated = output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "HangupGen");

        ISymbol[] members = AllMembers(generated)
            .Where(member => member.DeclaredAccessibility == Accessibility.Public && !member.IsImplicitlyDeclared)
            .ToArray();

        Assert.Contains(members, member => member.ToDisplayString() == "HangupGen.HangupCauseNames.BusyLine");
        Assert.Contains(members, member => member.ToDisplayString() == "HangupGen.HangupCauses.CallRejections.Members");
        Assert.Contains(members, member => member.Name == "MatchCategory");
        Assert.Contains(members, member => member.ToDisplayString().StartsWith("HangupGen.TelephonyCauseJsonConverter.ReadAsPropertyName(", System.StringComparison.Ordinal));
        Assert.Empty(members.Where(member => !used.Contains(member)).Select(member => member.ToDisplayString()));
    }

    /// <summary>The declaration a use refers to: extension methods are used in their reduced form, generic ones constructed.</summary>
    private static ISymbol? Declared(ISymbol? symbol)
        => symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension.OriginalDefinition : symbol?.OriginalDefinition;

    private static IEnumerable<ISymbol> AllMembers(INamespaceOrTypeSymbol container)
    {
        foreach (INamedTypeSymbol type in container.GetTypeMembers())
        {
            if (type.DeclaredAccessibility == Accessibility.Private)
            {
                continue;
            }

            foreach (ISymbol member in type.GetMembers().Where(m => m is not INamedTypeSymbol && m is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.PropertyGet }))
            {
                yield return member;
            }

            foreach (ISymbol nested in AllMembers(type))
            {
                yield return nested;
            }
        }
    }

    private static (string Text, HangupTableSpec Spec) Table(string name)
    {
        string text = name == "real" ? TestTables.Real : TestTables.Small;
        return (text, HangupTableReader.Read("/project/HangupCodes.csv", text, CancellationToken.None).Table!);
    }

    /// <summary>
    /// C# 7.3 that touches every generated member of <paramref name="spec"/>: lookups in loops over
    /// <c>All</c>, the exhaustive matches with one lambda per cause or category, each category class,
    /// each enum member and each name constant; with <paramref name="json"/>, every member of every converter.
    /// </summary>
    /// <param name="spec">The table.</param>
    /// <param name="json">Whether the target is net8.0: it has spans (so the span and UTF-8 members exist) and System.Text.Json (so the converters do).</param>
    private static string ConsumerOfEveryMember(HangupTableSpec spec, bool json)
    {
        string causeFunctions = string.Join(", ", spec.Causes.Select(c => "() => " + c.Code));
        string categoryFunctions = string.Join(", ", spec.Categories.Select(c => "() => " + c.Value));
        string categoryStateFunctions = string.Join(", ", spec.Categories.Select(c => "s => s + " + c.Value));
        string causeMembers = string.Join(", ", spec.Causes.Select(c => "HangupCause." + c.Identifier));
        string categoryMembers = string.Join(", ", spec.Categories.Select(c => "HangupCategory." + c.Identifier));
        string categoryClasses = string.Concat(spec.Categories.Select(c =>
            $"\n            total += (int)HangupCauses.{c.Identifier}.Category + HangupCauses.{c.Identifier}.FirstCode + HangupCauses.{c.Identifier}.LastCode + HangupCauses.{c.Identifier}.Members.Count;"));
        string causeNames = string.Join(" + ", spec.Causes.Select(c => "HangupCauseNames." + c.Identifier));
        string nextSteps = string.Join(" + ", spec.Causes.Where(c => c.NextSteps.Length > 0).Select(c => "HangupCauseNextSteps." + c.Identifier));
        string vocabularies = string.Concat(Vocabulary.All.Select(VocabularyUses));
        string codes = HangupCodeUses(json) + (json ? SpanUses() : string.Empty);
        string converters = json
            ? string.Concat(new[] { "HangupCause", "HangupCategory" }.Concat(Vocabulary.All.Select(v => v.TypeName)).Select(JsonUses)) + HangupCodeJsonUses()
            : string.Empty;

        return $$"""
            using System.Collections.Generic;
            using HangupGen;

            namespace Consumer
            {
                /// <summary>Uses every generated member.</summary>
                public static class UsesEveryMember
                {
                    /// <summary>Touches everything and returns a number, so that nothing is optimised away.</summary>
                    /// <returns>A checksum.</returns>
                    public static int Run()
                    {
                        int total = HangupCauses.Count;
                        IReadOnlyList<HangupCause> causes = HangupCauses.All;
                        for (int i = 0; i < causes.Count; i++)
                        {
                            HangupCause cause = causes[i];
                            HangupCategory category = cause.GetCategory();
                            IReadOnlyList<HangupSource> sources = cause.GetSources();
                            total += cause.GetName().Length + cause.GetDescription().Length + cause.GetDetails().Length + cause.GetNextSteps().Length;
                            total += cause.GetCallTypes().Length + cause.GetCallStates().Length + sources.Count + (cause.IsDefined() ? 1 : 0);
                            total += cause.Match({{causeFunctions}});
                            total += cause.MatchCategory({{categoryFunctions}});
                            total += category.Match({{categoryFunctions}});
                            total += cause.MatchCategory(i, {{categoryStateFunctions}});
                            total += category.Match(i, {{categoryStateFunctions}});
                            total += category.GetName().Length + category.GetFirstCode() + category.GetLastCode() + category.GetMembers().Count;
                            total += category.IsDefined() ? 1 : 0;
                        }

                        HangupCause parsed;
                        total += HangupCauses.TryFromCode(3010, out parsed) ? (int)parsed : 0;
                        total += (int)HangupCauses.FromCode({{spec.Causes[0].Code}});
                        total += HangupCauses.TryParseCode("3010", out parsed) ? 1 : 0;
                        total += HangupCauses.TryParseCode(null, out parsed) ? 1 : 0;
                        total += HangupCauses.TryParse("busy line", out parsed) ? 1 : 0;
                        total += HangupCauses.TryParse(null, out parsed) ? 1 : 0;
                        HangupCategory found;
                        total += HangupCauses.TryGetCategory(3010, out found) ? 1 : 0;
                        total += HangupCauses.IsInCategory(3010, found) ? 1 : 0;{{categoryClasses}}

                        HangupCause[] everyCause = { {{causeMembers}} };
                        HangupCategory[] everyCategory = { {{categoryMembers}} };
                        string names = {{causeNames}} + {{nextSteps}};{{vocabularies}}{{codes}}{{converters}}
                        return total + everyCause.Length + everyCategory.Length + names.Length;
                    }
                }
            }
            """;
    }

    /// <summary>Statements that use the span and UTF-8 parsers and the name formatters of every generated type.</summary>
    private static string SpanUses()
    {
        string vocabularies = string.Concat(Vocabulary.All.Select(vocabulary =>
        {
            VocabularyTableSpec table = VocabularyTableSelector.Embedded(vocabulary).Table!;
            string type = vocabulary.TypeName;
            string variable = "span" + type;
            string codes = vocabulary.HasCodes
                ? $$"""

                        total += {{vocabulary.ParserName}}.TryParseCode(System.MemoryExtensions.AsSpan("16"), out {{variable}}) ? 1 : 0;
                        total += {{vocabulary.ParserName}}.TryParseCodeUtf8(new byte[] { 0x31, 0x36 }, out {{variable}}) ? 1 : 0;
"""
                : string.Empty;
            return $$"""

                        {{type}} {{variable}};
                        total += {{vocabulary.ParserName}}.TryParse(System.MemoryExtensions.AsSpan("{{table.Members[0].Name}}"), out {{variable}}) ? 1 : 0;
                        total += {{vocabulary.ParserName}}.TryParseUtf8(new byte[] { 0x62 }, out {{variable}}) ? 1 : 0;
                        total += {{vocabulary.ParserName}}.All[0].TryFormatName(new char[64], out written) ? written : 0;
                        total += {{vocabulary.ParserName}}.All[0].TryFormatNameUtf8(new byte[64], out written) ? written : 0;{{codes}}
""";
        }));
        return $$"""

                        HangupCause spanCause;
                        total += HangupCauses.TryParse(System.MemoryExtensions.AsSpan("busy line"), out spanCause) ? 1 : 0;
                        total += HangupCauses.TryParseUtf8(new byte[] { 0x42 }, out spanCause) ? 1 : 0;
                        total += HangupCauses.TryParseCode(System.MemoryExtensions.AsSpan("3010"), out spanCause) ? 1 : 0;
                        total += HangupCauses.TryParseCodeUtf8(new byte[] { 0x30 }, out spanCause) ? 1 : 0;
                        total += HangupCause.Unknown.TryFormatName(new char[64], out written) ? written : 0;
                        total += HangupCause.Unknown.TryFormatNameUtf8(new byte[64], out written) ? written : 0;
                        total += HangupCause.Unknown.GetCategory().TryFormatName(new char[64], out written) ? written : 0;
                        total += HangupCause.Unknown.GetCategory().TryFormatNameUtf8(new byte[64], out written) ? written : 0;
{{vocabularies}}
""";
    }

    /// <summary>Statements that use every member of <c>HangupCode</c>: its conversions, operators, parsers and formatters.</summary>
    private static string HangupCodeUses(bool spans)
    {
        string spanUses = spans
            ? """

                        HangupCode parsedCode;
                        total += HangupCode.TryParse(System.MemoryExtensions.AsSpan("3010"), out parsedCode) ? parsedCode.Value : 0;
                        total += HangupCode.TryParseUtf8(new byte[] { 0x33, 0x30 }, out parsedCode) ? parsedCode.Value : 0;
                        total += HangupCode.Parse(System.MemoryExtensions.AsSpan("3010")).Value + HangupCode.ParseUtf8(new byte[] { 0x30 }).Value;
                        int written;
                        total += fromInt.TryFormat(new char[8], out written) ? written : 0;
                        total += fromInt.TryFormatUtf8(new byte[8], out written) ? written : 0;
"""
            : string.Empty;
        return $$"""

                        HangupCode fromInt = 3010;
                        HangupCode fromCause = HangupCause.Unknown;
                        HangupCode fromUint = 3015u;
                        uint? received = 3015u;
                        HangupCode? fromNullable = received;
                        HangupCode fromLong = (HangupCode)3020L;
                        HangupCode constructed = new HangupCode(3030);
                        HangupCode fromText;
                        total += HangupCode.TryParse("3015", out fromText) ? fromText.Value : 0;
                        total += HangupCode.Parse("3015").Value + fromUint.Value + fromLong.Value + constructed.Value + (fromNullable.HasValue ? 1 : 0);
                        total += fromInt.IsDocumented ? 1 : 0;
                        total += fromInt.Name.Length + fromInt.ToString().Length + fromInt.GetHashCode();
                        HangupCause codeCause;
                        total += fromInt.TryGetCause(out codeCause) ? (int)codeCause : 0;
                        HangupCategory codeCategory;
                        total += fromInt.TryGetCategory(out codeCategory) ? (int)codeCategory : 0;
                        total += fromInt.Equals(fromCause) || fromInt.Equals((object)fromCause) ? 1 : 0;
                        total += fromInt.CompareTo(fromCause);
                        total += fromInt == fromCause || fromInt != fromCause ? 1 : 0;
                        total += fromInt < fromCause || fromInt > fromCause || fromInt <= fromCause || fromInt >= fromCause ? 1 : 0;{{spanUses}}
""";
    }

    /// <summary>Statements that use every member of <c>HangupCodeJsonConverter</c>, in C# 7.3.</summary>
    private static string HangupCodeJsonUses()
        => """

                        {
                            var converter = new HangupCodeJsonConverter();
                            var options = new System.Text.Json.JsonSerializerOptions();
                            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes("{\"3015\":3015}"));
                            reader.Read();
                            reader.Read();
                            HangupCode key = converter.ReadAsPropertyName(ref reader, typeof(HangupCode), options);
                            reader.Read();
                            HangupCode value = converter.Read(ref reader, typeof(HangupCode), options);
                            using (var writer = new System.Text.Json.Utf8JsonWriter(new System.IO.MemoryStream()))
                            {
                                writer.WriteStartObject();
                                converter.WriteAsPropertyName(writer, key, options);
                                converter.Write(writer, value, options);
                                writer.WriteEndObject();
                            }

                            total += key.Value + value.Value;
                        }
""";

    /// <summary>Statements that use every member of the converter of <paramref name="type"/>, in C# 7.3.</summary>
    private static string JsonUses(string type)
        => $$"""

                        {
                            var converter = new {{type}}JsonConverter();
                            var options = new System.Text.Json.JsonSerializerOptions();
                            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes("{\"Unknown\":\"Unknown\"}"));
                            reader.Read();
                            reader.Read();
                            {{type}} key = converter.ReadAsPropertyName(ref reader, typeof({{type}}), options);
                            reader.Read();
                            {{type}} value = converter.Read(ref reader, typeof({{type}}), options);
                            using (var writer = new System.Text.Json.Utf8JsonWriter(new System.IO.MemoryStream()))
                            {
                                writer.WriteStartObject();
                                converter.WriteAsPropertyName(writer, key, options);
                                converter.Write(writer, value, options);
                                writer.WriteEndObject();
                            }

                            total += (int)key + (int)value;
                        }
""";

    /// <summary>Statements that use every generated member of <paramref name="vocabulary"/>'s embedded table.</summary>
    private static string VocabularyUses(Vocabulary vocabulary)
    {
        VocabularyTableSpec table = VocabularyTableSelector.Embedded(vocabulary).Table!;
        string type = vocabulary.TypeName;
        string variable = char.ToLowerInvariant(type[0]) + type.Substring(1);
        string functions = string.Join(", ", table.Members.Select(m => "() => " + m.Value));
        string members = string.Join(", ", table.Members.Select(m => type + "." + m.Identifier));
        string names = string.Join(" + ", table.Members.Select(m => vocabulary.NamesName + "." + m.Identifier));
        string sip = (vocabulary.HasSipStatus ? $" + ({variable}.GetSipStatus() ?? 0)" : string.Empty)
            + (vocabulary.HasSide ? $" + (int){variable}.GetSide() + (int){vocabulary.SideTypeName}.Bolna + (int){vocabulary.SideTypeName}.TelephonyProvider" : string.Empty)
            + (vocabulary.HasBolnaColumns ? $" + {variable}.GetBolnaDescription().Length + {variable}.GetBolnaCodes().Count" : string.Empty);
        string parsed = variable + "Parsed";
        string recorded = vocabulary.EmptyMeansNotRecorded
            ? $$"""

                        {{type}}? {{parsed}}Recorded;
                        total += {{vocabulary.ParserName}}.TryParseRecorded("", out {{parsed}}Recorded) && {{parsed}}Recorded == null ? 1 : 0;
                        total += {{vocabulary.ParserName}}.TryParseRecorded("{{table.Members[0].Name}}", out {{parsed}}Recorded) ? (int)({{parsed}}Recorded ?? 0) : 0;
"""
            : string.Empty;
        string codes = vocabulary.HasCodes
            ? $$"""

                        total += {{vocabulary.ParserName}}.TryFromCode({{table.Members[0].Value}}, out {{parsed}}) ? 1 : 0;
                        total += (int){{vocabulary.ParserName}}.FromCode({{table.Members[0].Value}});
                        total += {{vocabulary.ParserName}}.TryParseCode("{{table.Members[0].Value}}", out {{parsed}}) ? 1 : 0;
                        total += {{vocabulary.ParserName}}.TryParseCode(null, out {{parsed}}) ? 1 : 0;
"""
            : string.Empty;
        return $$"""

                        total += {{vocabulary.ParserName}}.Count + names.Length;
                        foreach ({{type}} {{variable}} in {{vocabulary.ParserName}}.All)
                        {
                            total += {{variable}}.GetName().Length + {{variable}}.GetDescription().Length{{sip}} + ({{variable}}.IsDefined() ? 1 : 0);
                            total += {{variable}}.Match({{functions}});
                        }

                        {{type}} {{parsed}};
                        total += {{vocabulary.ParserName}}.TryParse("{{table.Members[0].Name}}", out {{parsed}}) ? (int){{parsed}} : 0;
                        total += {{vocabulary.ParserName}}.TryParse(null, out {{parsed}}) ? 1 : 0;
                        {{type}}[] every{{type}} = { {{members}} };
                        total += every{{type}}.Length + ({{names}}).Length;{{codes}}{{recorded}}
""";
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generator's output compared, file by file, with golden files under <c>Baselines/</c>, through
/// the official source generator testing framework (which also checks no diagnostic is reported).
/// </summary>
public sealed class GeneratorBaselineTests
{
    [Fact]
    public Task Small_table_generates_the_baseline() => VerifyBaseline("SmallTable", TestTables.Small);

    [Fact]
    public Task Small_table_for_csharp_7_3_generates_the_baseline_without_nullable_annotations()
        => VerifyBaseline("SmallTableCSharp73", TestTables.Small, languageVersion: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);

    [Fact]
    public Task Small_table_with_custom_namespace_and_public_types_generates_the_baseline()
        => VerifyBaseline("SmallTableCustomNamespace", TestTables.Small, new Dictionary<string, string>
        {
            ["HangupGenNamespace"] = "Contoso.Telephony.Hangups",
            ["HangupGenAccessibility"] = "public",
        });

    [Fact]
    public Task No_table_generates_the_embedded_plivo_table_baseline() => VerifyBaseline("EmbeddedDefault", table: null);

    private static async Task VerifyBaseline(
        string name,
        string? table,
        IReadOnlyDictionary<string, string>? properties = null,
        Microsoft.CodeAnalysis.CSharp.LanguageVersion languageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
    {
        if (Baselines.Updating)
        {
            GeneratorRunResult run = GeneratorHarness.Run(table, properties, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(languageVersion));
            Baselines.Write(name, run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        }

        var test = new GeneratorTest(languageVersion);
        if (table is not null)
        {
            test.TestState.AdditionalFiles.Add(("/project/HangupCodes.csv", table));
        }

        if (properties is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig(properties)));
        }

        foreach ((string fileName, string content) in Baselines.Read(name))
        {
            test.TestState.GeneratedSources.Add((typeof(HangupCodeGenerator), fileName, SourceText.From(content, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static string GlobalConfig(IReadOnlyDictionary<string, string> properties)
        => "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));

    private sealed class GeneratorTest : CSharpSourceGeneratorTest<HangupCodeGenerator, DefaultVerifier>
    {
        private readonly Microsoft.CodeAnalysis.CSharp.LanguageVersion _languageVersion;

        public GeneratorTest(Microsoft.CodeAnalysis.CSharp.LanguageVersion languageVersion)
        {
            _languageVersion = languageVersion;
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        }

        protected override ParseOptions CreateParseOptions()
            => ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(_languageVersion);
    }
}

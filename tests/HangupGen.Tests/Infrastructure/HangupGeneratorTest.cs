using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Generator;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// The official source generator test over a hangup table, for the tests that check the HG1xxx
/// diagnostics: the table is an additional file at <see cref="TablePath"/> (markup such as
/// <c>{|#0:3010|}</c> marks where a diagnostic is expected), the generated sources are compiled but
/// not compared (the baselines do that), and every diagnostic must be expected.
/// </summary>
internal sealed class HangupGeneratorTest : CSharpSourceGeneratorTest<HangupCodeGenerator, DefaultVerifier>
{
    public const string TablePath = "/project/HangupCodes.csv";

    public HangupGeneratorTest()
    {
        // Never ReferenceAssemblies.Net.Net80: it would download packs the mirror does not have.
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        TestState.Sources.Add("internal static class Consumer { }");
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    /// <summary>Runs the generator on <paramref name="table"/> and checks it reports exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string table, params DiagnosticResult[] expected)
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add((TablePath, table));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Sets MSBuild properties the way <c>CompilerVisibleProperty</c> items do, through a global config.</summary>
    public HangupGeneratorTest WithProperties(IReadOnlyDictionary<string, string> properties)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig",
            "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
        return this;
    }
}

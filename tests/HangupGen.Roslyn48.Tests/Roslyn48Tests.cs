using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Roslyn48.Tests;

/// <summary>The generator and the rules, run by the Roslyn of the .NET 8 SDK (4.8).</summary>
public sealed class Roslyn48Tests
{
    private const string Consumer = """
        using HangupGen;

        internal static class Policy
        {
            public static bool IsBusy(int hangupCauseCode) => hangupCauseCode == 3010;

            public static bool IsDone(string callStatus) => callStatus == "completed";

            public static bool IsBusyName(HangupCause cause) => cause.ToString() == "Busy Line";

            public static string Describe(HangupCause cause) => cause switch
            {
                HangupCause.BusyLine => cause.GetNextSteps(),
                _ => throw new System.ArgumentOutOfRangeException(nameof(cause)),
            };
        }
        """;

    [Fact]
    public void The_tests_run_on_roslyn_4_8()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);

    [Fact]
    public void The_generator_emits_the_embedded_table_and_the_result_compiles()
    {
        Compilation output = Generate(out ImmutableArray<Diagnostic> generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        // The five tables' 29 files (no JSON converters here) and the shared HangupTextHelpers.
        Assert.Equal(30, output.SyntaxTrees.Count(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("HangupTextHelpers.g.cs", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task Every_rule_loads_and_reports_on_roslyn_4_8()
    {
        Compilation output = Generate(out _);
        ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(HangupAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        Diagnostic magic = Assert.Single(diagnostics, d => d.Id == "HG0001");
        Assert.Equal("Hangup code 3010 is written as a number: use HangupCause.BusyLine (Busy Line)", magic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(diagnostics, d => d.Id == "HG0003");
        Diagnostic status = Assert.Single(diagnostics, d => d.Id == "HG0006");
        Assert.Equal("'completed' is a documented call status written as a string: use CallStatusNames.Completed", status.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Diagnostic enumApi = Assert.Single(diagnostics, d => d.Id == "HG0007");
        Assert.Equal("ToString() of a HangupCause never gives \"Busy Line\" but the C# identifier BusyLine, so this comparison never matches: compare with HangupCause.BusyLine", enumApi.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static Compilation Generate(out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        MetadataReference[] references = Directory.EnumerateFiles(runtime, "*.dll")
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Consumer, parseOptions, path: "Policy.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new HangupCodeGenerator().AsSourceGenerator()], parseOptions: parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out generatorDiagnostics);
        return output;
    }
}

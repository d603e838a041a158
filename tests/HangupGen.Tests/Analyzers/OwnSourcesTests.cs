using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Every rule over the repository's own code — the sample, written the way a Plivo user writes
/// hangup handling, and the generator, analyzers and fixes, full of hangup words — with the
/// generated types in the compilation: not one diagnostic, and no analyzer failure.
/// </summary>
public sealed class OwnSourcesTests
{
    public static TheoryData<string> Projects =>
    [
        "sample/HangupGen.Sample",
        "generator/HangupGen.Generator",
        "analyzers/HangupGen.Analyzers",
        "analyzers/HangupGen.CodeFixes",
    ];

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Every_rule_stays_silent_on_the_repository_sources(string project)
    {
        IEnumerable<string> findings = await AnalyzeAsync(project);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task The_same_run_reports_a_magic_code_added_to_the_sample()
    {
        IEnumerable<string> findings = await AnalyzeAsync("sample/HangupGen.Sample", "class Probe { bool M(int hangupCauseCode) => hangupCauseCode == 3010; }");

        Assert.Contains("HG0001", Assert.Single(findings), StringComparison.Ordinal);
    }

    /// <summary>The HG diagnostics and analyzer failures of every rule over a project's sources, plus any extra source.</summary>
    private static async Task<IEnumerable<string>> AnalyzeAsync(string project, params string[] extraSources)
    {
        string directory = Path.Combine(TestPaths.RepositoryRoot, project);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.LatestParseOptions,
            References(),
            [.. SourceFiles(directory).Select(File.ReadAllText), .. extraSources]);
        (Compilation withTypes, _) = GeneratorHarness.RunOn(compilation, table: null);
        Assert.Contains(withTypes.SyntaxTrees, tree => tree.FilePath.EndsWith("HangupCause.g.cs", StringComparison.Ordinal));

        ImmutableArray<Diagnostic> diagnostics = await withTypes
            .WithAnalyzers(HangupRules.Create(), new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("HG", StringComparison.Ordinal) || d.Id == "AD0001").Select(d => d.ToString());
    }

    private static IEnumerable<string> SourceFiles(string directory)
        => Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The running .NET and ASP.NET Core shared frameworks and the Roslyn this test runs on: enough
    /// for the rules to see the types the code uses. A reference that is still missing (the SQLite
    /// provider) leaves compiler errors behind, which the rules must survive anyway. Without ASP.NET
    /// Core the sample's request handling would not bind and "no findings" would prove little, so
    /// a missing shared framework fails the test rather than being dropped.
    /// </summary>
    private static IReadOnlyList<MetadataReference> References()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string aspNet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        Assert.True(
            Directory.Exists(aspNet),
            $"The ASP.NET Core shared framework {Path.GetFileName(runtime)} was not found at {aspNet}: install it (the sample is an ASP.NET Core app) so its sources are analyzed with the types they use.");
        return new[] { runtime, aspNet }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.dll"))
            .Concat(new[] { typeof(Compilation).Assembly.Location, typeof(CSharpCompilation).Assembly.Location })
            .Where(IsManagedAssembly)
            .DistinctBy(Path.GetFileName)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

using System.Collections.Immutable;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// The generator as an analyzer reference of a workspace project, the way an IDE holds it: the
/// workspace then runs it whenever it builds the project's compilation, so the semantic model a
/// code fix gets (not only the compilation the testing framework analyzes) has the generated types.
/// </summary>
internal sealed class GeneratorAnalyzerReference : AnalyzerReference
{
    /// <summary>The workspace maps each generator instance back to its reference: the instances must stay the same.</summary>
    private static readonly ImmutableArray<ISourceGenerator> s_generators = [new HangupCodeGenerator().AsSourceGenerator()];

    public static GeneratorAnalyzerReference Instance { get; } = new();

    public override string? FullPath => null;

    public override string Display => "HangupGen.Generator";

    public override object Id => typeof(HangupCodeGenerator);

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language)
        => language == LanguageNames.CSharp ? GetGeneratorsForAllLanguages() : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => s_generators;
}

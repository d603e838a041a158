using System.Collections.Immutable;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// The generator as an analyzer reference of a workspace project, as the IDE has it: the
/// workspace then runs it whenever it builds the project's compilation, so a code fix's document
/// sees the generated types through its own semantic model.
/// </summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    private readonly ImmutableArray<ISourceGenerator> _generators = [new HangupCodeGenerator().AsSourceGenerator()];

    public static GeneratorReference Instance { get; } = new();

    public override string? FullPath => null;

    public override object Id => typeof(HangupCodeGenerator);

    public override string Display => nameof(HangupCodeGenerator);

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;
}

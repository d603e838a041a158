using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="HangupCodeGenerator"/> with a <see cref="CSharpGeneratorDriver"/> directly, for
/// the tests that need what the testing framework does not expose: step tracking, the compiled
/// output, several runs of one driver.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// The hint names of the files the tables generate for a net8.0 compilation (which references
    /// System.Text.Json, so the converters are among them), in the order they are added.
    /// </summary>
    public static readonly string[] GeneratedFiles =
    [
        "HangupCause.g.cs", "HangupCategory.g.cs",
        "HangupCauseExtensions.g.cs", "HangupCategoryExtensions.g.cs",
        "HangupCauses.g.cs", "HangupCauseNames.g.cs",
        "HangupCauseNextSteps.g.cs", "HangupCode.g.cs",
        "HangupCauseJsonConverter.g.cs", "HangupCategoryJsonConverter.g.cs", "HangupCodeJsonConverter.g.cs",
        "HangupSource.g.cs", "HangupSourceExtensions.g.cs", "HangupSources.g.cs", "HangupSourceNames.g.cs", "HangupSourceJsonConverter.g.cs",
        "CallStatus.g.cs", "CallStatusExtensions.g.cs", "CallStatuses.g.cs", "CallStatusNames.g.cs", "CallStatusJsonConverter.g.cs",
        "DialStatus.g.cs", "DialStatusExtensions.g.cs", "DialStatuses.g.cs", "DialStatusNames.g.cs", "DialStatusJsonConverter.g.cs",
        "TelephonyCause.g.cs", "TelephonyCauseExtensions.g.cs", "TelephonyCauses.g.cs", "TelephonyCauseNames.g.cs", "TelephonyCauseJsonConverter.g.cs",
        "HangupReason.g.cs", "HangupReasonExtensions.g.cs", "HangupReasons.g.cs", "HangupReasonNames.g.cs", "HangupReasonSide.g.cs", "HangupReasonJsonConverter.g.cs",
        "HangupTextHelpers.g.cs",
    ];

    /// <summary>The files generated for a compilation without System.Text.Json (netstandard2.0): no converter.</summary>
    public static readonly string[] GeneratedFilesWithoutJson = GeneratedFiles.Where(file => !file.EndsWith("JsonConverter.g.cs", StringComparison.Ordinal)).ToArray();

    public static readonly CSharpParseOptions CSharp73ParseOptions = new(LanguageVersion.CSharp7_3);

    /// <summary>A net8.0 compilation of <paramref name="sources"/>, nullable enabled.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CreateCompilation(LatestParseOptions, Basic.Reference.Assemblies.Net80.References.All, sources);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, IEnumerable<MetadataReference> references, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{i}.cs")),
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>A driver with step tracking on, for the given tables and MSBuild properties.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> tables,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            [new HangupCodeGenerator().AsSourceGenerator()],
            tables,
            parseOptions ?? LatestParseOptions,
            new TestAnalyzerConfigOptionsProvider(ToGlobalOptions(properties)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns its result.</summary>
    public static GeneratorRunResult Run(
        string? table,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null,
        string tablePath = "/project/HangupCodes.csv")
    {
        AdditionalText[] tables = table is null ? [] : [new InMemoryAdditionalText(tablePath, table)];
        return Run(tables, properties, parseOptions);
    }

    /// <summary>Runs the generator once over these additional files (tables or not) and returns its result.</summary>
    public static GeneratorRunResult Run(
        IEnumerable<AdditionalText> additionalFiles,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null)
    {
        GeneratorDriver driver = CreateDriver(additionalFiles, properties, parseOptions);
        CSharpCompilation compilation = CreateCompilation(parseOptions ?? LatestParseOptions, Basic.Reference.Assemblies.Net80.References.All);
        return driver.RunGenerators(compilation).GetRunResult().Results.Single();
    }

    /// <summary>Runs the generator over <paramref name="compilation"/> and returns the compilation with the generated sources added.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunOn(
        CSharpCompilation compilation,
        string? table,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        AdditionalText[] tables = table is null ? [] : [new InMemoryAdditionalText("/project/HangupCodes.csv", table)];
        GeneratorDriver driver = CreateDriver(tables, properties, (CSharpParseOptions)compilation.SyntaxTrees.FirstOrDefault()?.Options! ?? LatestParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (output, diagnostics);
    }

    /// <summary>Emits <paramref name="compilation"/> (failing the test with its diagnostics when it does not emit) as an image reference, as a referenced project or package is seen.</summary>
    public static MetadataReference EmitReference(Compilation compilation)
    {
        using MemoryStream image = Emit(compilation);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Emits <paramref name="output"/> (failing the test with its diagnostics when it does not emit) and loads it into a load context of its own.</summary>
    public static Assembly EmitAndLoad(Compilation output, string name)
    {
        using MemoryStream image = Emit(output);
        return new AssemblyLoadContext(name, isCollectible: false).LoadFromStream(image);
    }

    /// <summary>The image of <paramref name="compilation"/>, read from its start; fails the test with the diagnostics when it does not emit.</summary>
    private static MemoryStream Emit(Compilation compilation)
    {
        var image = new MemoryStream();
        EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return image;
    }

    private static Dictionary<string, string> ToGlobalOptions(IReadOnlyDictionary<string, string>? properties)
        => (properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value, StringComparer.Ordinal);
}

using BenchmarkDotNet.Attributes;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Benchmarks.Generator;

/// <summary>
/// The generator on the real table (54 rows) and on synthetic tables of 1,000 and 10,000 rows: a
/// cold run (a new driver, as on a first build), and a re-run after an edit to a C# file (what the
/// IDE does on every keystroke), which should cost almost nothing because every step is cached.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _editedFile = null!;
    private SyntaxTree _editFile = null!;
    private AdditionalText[] _table = null!;
    private GeneratorDriver _warmDriver = null!;

    [Params(54, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = [new InMemoryAdditionalText("/project/HangupCodes.csv", SyntheticTable.WithRows(Rows))];
        _editedFile = CSharpSyntaxTree.ParseText("internal static class Edited { public static int Value => 1; }", ParseOptions, "Edited.cs");
        _editFile = CSharpSyntaxTree.ParseText("internal static class Edited { public static int Value => 2; }", ParseOptions, "Edited.cs");
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [_editedFile],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warmDriver = NewDriver(trackSteps: false).RunGenerators(_compilation);
        GeneratorRunCheck.ThrowIfNotCached(NewDriver(trackSteps: true).RunGenerators(_compilation), _compilation.ReplaceSyntaxTree(_editedFile, _editFile));
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => NewDriver(trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver CachedRerunAfterUnrelatedEdit()
        // A new compilation each time, as an edit gives: nothing computed for it is reused.
        => _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_editedFile, _editFile));

    private GeneratorDriver NewDriver(bool trackSteps)
        => CSharpGeneratorDriver.Create(
            [new HangupCodeGenerator().AsSourceGenerator()],
            _table,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
}

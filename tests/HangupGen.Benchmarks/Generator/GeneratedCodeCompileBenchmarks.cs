using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Benchmarks.Generator;

/// <summary>
/// What compiling the generated API costs a build, apart from the generator and the analyzers: the
/// sources the generator writes from the real tables (its embedded default), parsed, compiled and
/// emitted with a one-class consumer, against the consumer alone. This is most of the A/B difference of
/// issue #13 (the <c>ab-alternate</c> "generator only" case), measured without the 1,000 files around
/// it, so that a change to the generated code shows in milliseconds. <see cref="Documentation"/> is how the build
/// parses documentation comments: <see cref="DocumentationMode.None"/> without
/// <c>GenerateDocumentationFile</c> (the SDK's default), <see cref="DocumentationMode.Diagnose"/> with it
/// (the XML file is then written too, here to <see cref="Stream.Null"/>). <see cref="JsonConverters"/>
/// is <c>HangupGenJsonConverters</c>: with it false, no System.Text.Json converter is generated.
/// </summary>
[MemoryDiagnoser]
public class GeneratedCodeCompileBenchmarks
{
    private const string Consumer = "public static class Consumer { public static int Value => 1; }";

    private SourceText[] _generated = null!;
    private CSharpParseOptions _parseOptions = null!;

    [Params(DocumentationMode.None, DocumentationMode.Diagnose)]
    public DocumentationMode Documentation { get; set; }

    [Params(true, false)]
    public bool JsonConverters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest, Documentation);
        CSharpCompilation consumer = Compile([Parse(SourceText.From(Consumer), "Consumer.cs")]);
        GeneratorRunResult run = CSharpGeneratorDriver.Create(
                [new HangupCodeGenerator().AsSourceGenerator()],
                additionalTexts: [], // the embedded default: the real tables
                _parseOptions,
                new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.HangupGenJsonConverters"] = JsonConverters ? "true" : "false" }))
            .RunGenerators(consumer)
            .GetRunResult().Results.Single();
        _generated = [.. run.GeneratedSources.Select(s => s.SourceText)];
        if (_generated.Length == 0 || !run.Diagnostics.IsEmpty || !ConsumerWithGeneratedCode().Success)
        {
            throw new System.InvalidOperationException("The generated code does not compile cleanly: " + string.Join("; ", run.Diagnostics));
        }
    }

    [Benchmark(Baseline = true)]
    public EmitResult ConsumerAlone() => Emit(Compile([Parse(SourceText.From(Consumer), "Consumer.cs")]));

    [Benchmark]
    public EmitResult ConsumerWithGeneratedCode()
        => Emit(Compile([Parse(SourceText.From(Consumer), "Consumer.cs"), .. _generated.Select((text, i) => Parse(text, "Generated" + i + ".g.cs"))]));

    private SyntaxTree Parse(SourceText text, string path) => CSharpSyntaxTree.ParseText(text, _parseOptions, path);

    private static CSharpCompilation Compile(SyntaxTree[] trees)
        => CSharpCompilation.Create(
            "Consumer",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private EmitResult Emit(CSharpCompilation compilation)
        => compilation.Emit(Stream.Null, xmlDocumentationStream: Documentation == DocumentationMode.Diagnose ? Stream.Null : null);
}

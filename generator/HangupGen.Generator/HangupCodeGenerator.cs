using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Emit;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator
{
    /// <summary>
    /// Generates the HangupGen types from the project's hangup table (<c>HangupCodes.csv</c>), or
    /// from the embedded Plivo table when the project has none. Wiring only: reading is in
    /// <c>Table/</c>, the model in <c>Model/</c>, writing in <c>Emit/</c>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class HangupCodeGenerator : IIncrementalGenerator
    {
        /// <summary>The <c>AdditionalFiles</c> metadata the package's props set on each table.</summary>
        public const string TableMetadata = "build_metadata.AdditionalFiles.HangupGenTable";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Read each table to text at once: the compiler passes a new AdditionalText on every
            // build, and a string compares by value where the AdditionalText does not.
            IncrementalValuesProvider<TableSource> tableFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) =>
                {
                    pair.Right.GetOptions(pair.Left).TryGetValue(TableMetadata, out string? metadata);
                    string? kind = TableFileKind.Of(pair.Left.Path, metadata, out bool isMarked);
                    return (File: pair.Left, Kind: kind, IsMarked: isMarked);
                })
                .Where(file => file.Kind is not null)
                .Select((file, cancellationToken) => new TableSource(file.Kind!, file.File.Path, file.File.GetText(cancellationToken)?.ToString(), file.IsMarked))
                .WithTrackingName(TrackingNames.TableFiles);

            // Select only the properties needed, never the whole options provider.
            IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => GeneratorSettingsReader.Read(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Settings);

            // C# 7.3 consumers get no #nullable directive and no '?' annotations.
            IncrementalValueProvider<bool> nullableAnnotations = context.ParseOptionsProvider
                .Select((options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8)
                .WithTrackingName(TrackingNames.LanguageFeatures);

            // A new compilation comes with every edit; reduce it to one bool at once so that
            // nothing downstream sees the compilation.
            IncrementalValueProvider<bool> referencedTypes = context.CompilationProvider
                .Combine(settings.Select((s, _) => s.Namespace))
                .Select((pair, _) => ReferencedHangupTypes.Exist(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ReferencedTypes);

            // Likewise reduced at once: five booleans saying which span, parsing and formatting types
            // the target has, which decide the span overloads and the interfaces of HangupCode.
            IncrementalValueProvider<TargetFeatures> features = context.CompilationProvider
                .Combine(context.ParseOptionsProvider.Select((options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp11))
                .Select((pair, _) => TargetFeaturesReader.Read(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.TargetFeatures);

            // The converters are generated only where System.Text.Json is referenced, and not at all
            // when HangupGenJsonConverters is false (about a tenth of compiling the generated code);
            // the compilation is reduced to a small enum at once, like the referenced types above.
            IncrementalValueProvider<JsonSupport> json = context.CompilationProvider
                .Select((compilation, _) => ReferencedJsonSupport.Of(compilation))
                .WithTrackingName(TrackingNames.JsonSupport)
                .Combine(settings.Select((s, _) => s.JsonConverters))
                .Select((pair, _) => pair.Right ? pair.Left : JsonSupport.None);

            IncrementalValueProvider<EmitSettings?> emitSettings = settings
                .Combine(nullableAnnotations)
                .Combine(referencedTypes)
                .Combine(features)
                .Combine(json)
                .Select((input, _) => EmitSettingsOf(input.Left.Left.Left.Left, input.Left.Left.Left.Right, input.Left.Left.Right, input.Left.Right, input.Right));

            var parsedVocabularies = Vocabulary.All.ToDictionary(vocabulary => vocabulary, vocabulary => ParseVocabulary(vocabulary, tableFiles));

            // Parse once per change of the table or of the sources its 'sources' column names; the
            // result is compared by value, so an unchanged table (or one with only blank lines
            // added) leaves everything downstream cached.
            IncrementalValueProvider<TableParseResult> parsed = tableFiles
                .Where(file => file.Kind == TableFileKind.Hangup)
                .Collect()
                .Combine(parsedVocabularies[Vocabulary.HangupSource].Select((result, _) => result.Table))
                .Select((input, cancellationToken) => HangupTableSelector.Parse(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedTable);

            IncrementalValueProvider<GenerationSpec?> generation = parsed
                .Select((result, _) => result.Table)
                .Combine(settings)
                .Combine(nullableAnnotations)
                .Combine(referencedTypes)
                .Combine(features)
                .Combine(json)
                .Select((input, _) => CreateSpec(input.Left.Left.Left.Left.Left, input.Left.Left.Left.Left.Right, input.Left.Left.Left.Right, input.Left.Left.Right, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.Generation);

            IncrementalValueProvider<EquatableArray<GeneratorProblem>> problems = parsed
                .Combine(settings)
                .Select((pair, _) => pair.Right.Problems.Concat(pair.Left.Problems).ToEquatableArray())
                .WithTrackingName(TrackingNames.Problems);

            context.RegisterSourceOutput(generation, EmitSources);
            context.RegisterSourceOutput(problems, ReportProblems);

            // Registered after the hangup table's outputs, so its files come first.
            foreach (Vocabulary vocabulary in Vocabulary.All)
            {
                RegisterVocabulary(context, vocabulary, parsedVocabularies[vocabulary], emitSettings);
            }

            // The helpers every generated type calls depend on the settings alone: a table edit leaves them cached.
            context.RegisterSourceOutput(emitSettings, EmitTextHelpers);
        }

        /// <summary>
        /// Parses a vocabulary's table, fed only by its own table files, so editing one table re-runs
        /// only that table's outputs (and, for the hangup sources, the hangup table's).
        /// </summary>
        private static IncrementalValueProvider<VocabularyParseResult> ParseVocabulary(Vocabulary vocabulary, IncrementalValuesProvider<TableSource> tableFiles)
            => tableFiles
                .Where(file => file.Kind == vocabulary.Key)
                .Collect()
                .Select((tables, cancellationToken) => VocabularyTableSelector.Parse(vocabulary, tables, cancellationToken))
                .WithTrackingName(TrackingNames.For(TrackingNames.ParsedTable, vocabulary));

        /// <summary>A vocabulary's generated types and its table's problems.</summary>
        private static void RegisterVocabulary(
            IncrementalGeneratorInitializationContext context,
            Vocabulary vocabulary,
            IncrementalValueProvider<VocabularyParseResult> parsed,
            IncrementalValueProvider<EmitSettings?> emitSettings)
        {
            IncrementalValueProvider<VocabularyGenerationSpec?> generation = parsed
                .Select((result, _) => result.Table)
                .Combine(emitSettings)
                .Select((input, _) => input.Left is null || input.Right is null ? null : new VocabularyGenerationSpec(input.Left, input.Right))
                .WithTrackingName(TrackingNames.For(TrackingNames.Generation, vocabulary));

            IncrementalValueProvider<EquatableArray<GeneratorProblem>> problems = parsed
                .Select((result, _) => result.Problems)
                .WithTrackingName(TrackingNames.For(TrackingNames.Problems, vocabulary));

            context.RegisterSourceOutput(generation, EmitVocabulary);
            context.RegisterSourceOutput(problems, ReportProblems);
        }

        private static GenerationSpec? CreateSpec(HangupTableSpec? table, GeneratorSettings settings, bool nullableAnnotations, bool referencedTypes, TargetFeatures features, JsonSupport json)
            => table is null || !settings.EmitTypes || referencedTypes
                ? null
                : new GenerationSpec(table, settings.Namespace, settings.IsPublic ? "public" : "internal", nullableAnnotations, features, json);

        private static void EmitSources(SourceProductionContext context, GenerationSpec? spec)
        {
            if (spec is null)
            {
                return;
            }

            var emit = new EmitContext(spec);
            Add(context, HangupCauseEmitter.FileName, HangupCauseEmitter.Emit(emit));
            Add(context, HangupCategoryEmitter.FileName, HangupCategoryEmitter.Emit(emit));
            Add(context, HangupCauseExtensionsEmitter.FileName, HangupCauseExtensionsEmitter.Emit(emit));
            Add(context, HangupCategoryExtensionsEmitter.FileName, HangupCategoryExtensionsEmitter.Emit(emit));
            Add(context, HangupCausesEmitter.FileName, HangupCausesEmitter.Emit(emit));
            Add(context, HangupNamesEmitter.CauseNamesFileName, HangupNamesEmitter.EmitCauseNames(emit));
            Add(context, HangupNextStepsEmitter.FileName, HangupNextStepsEmitter.Emit(emit));
            Add(context, HangupCodeEmitter.FileName, HangupCodeEmitter.Emit(emit));
            if (spec.Json != JsonSupport.None)
            {
                Add(context, HangupCauseJsonConverterEmitter.FileName, HangupCauseJsonConverterEmitter.Emit(emit));
                Add(context, NameJsonConverterEmitter.FileName(GeneratedTypeNames.HangupCategory), NameJsonConverterEmitter.EmitCategory(emit));
                Add(context, HangupCodeJsonConverterEmitter.FileName, HangupCodeJsonConverterEmitter.Emit(emit));
            }
        }

        private static EmitSettings? EmitSettingsOf(GeneratorSettings settings, bool nullableAnnotations, bool referencedTypes, TargetFeatures features, JsonSupport json)
            => !settings.EmitTypes || referencedTypes
                ? null
                : new EmitSettings(settings.Namespace, settings.IsPublic ? "public" : "internal", nullableAnnotations, features, json);

        private static void EmitVocabulary(SourceProductionContext context, VocabularyGenerationSpec? spec)
        {
            if (spec is null)
            {
                return;
            }

            var emit = new VocabularyEmitContext(spec);
            Vocabulary vocabulary = emit.Vocabulary;
            Add(context, VocabularyEnumEmitter.FileName(vocabulary), VocabularyEnumEmitter.Emit(emit));
            Add(context, VocabularyExtensionsEmitter.FileName(vocabulary), VocabularyExtensionsEmitter.Emit(emit));
            Add(context, VocabularyParserEmitter.FileName(vocabulary), VocabularyParserEmitter.Emit(emit));
            Add(context, VocabularyNamesEmitter.FileName(vocabulary), VocabularyNamesEmitter.Emit(emit));
            if (vocabulary.HasSide)
            {
                Add(context, VocabularySideEmitter.FileName(vocabulary), VocabularySideEmitter.Emit(emit));
            }

            if (emit.Settings.Json != JsonSupport.None)
            {
                Add(context, NameJsonConverterEmitter.FileName(vocabulary.TypeName), NameJsonConverterEmitter.Emit(emit));
            }
        }

        private static void EmitTextHelpers(SourceProductionContext context, EmitSettings? settings)
        {
            if (settings is not null)
            {
                Add(context, TextHelpersEmitter.FileName, TextHelpersEmitter.Emit(settings));
            }
        }

        private static void Add(SourceProductionContext context, string fileName, SourceText text)
            => context.AddSource(fileName, text);

        private static void ReportProblems(SourceProductionContext context, EquatableArray<GeneratorProblem> problems)
        {
            foreach (GeneratorProblem problem in problems)
            {
                context.ReportDiagnostic(TableDiagnosticDescriptors.ToDiagnostic(problem));
            }
        }
    }
}

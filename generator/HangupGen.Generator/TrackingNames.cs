namespace HangupGen.Generator
{
    /// <summary>
    /// The names of the pipeline's steps, so that tests can check each one is cached when it should
    /// be (<c>GeneratorDriverOptions(trackIncrementalGeneratorSteps: true)</c>).
    /// </summary>
    internal static class TrackingNames
    {
        /// <summary>Each table file read to text.</summary>
        public const string TableFiles = nameof(TableFiles);

        /// <summary>The chosen table parsed into its valid rows and problems.</summary>
        public const string ParsedTable = nameof(ParsedTable);

        /// <summary>The MSBuild properties.</summary>
        public const string Settings = nameof(Settings);

        /// <summary>Whether the consumer's C# version has nullable annotations.</summary>
        public const string LanguageFeatures = nameof(LanguageFeatures);

        /// <summary>Whether a referenced assembly already exposes the generated types.</summary>
        public const string ReferencedTypes = nameof(ReferencedTypes);

        /// <summary>Which span, parsing and formatting types the consumer's target has.</summary>
        public const string TargetFeatures = nameof(TargetFeatures);

        /// <summary>Whether the compilation references System.Text.Json, and which of its converter API.</summary>
        public const string JsonSupport = nameof(JsonSupport);

        /// <summary>Everything the emitters need.</summary>
        public const string Generation = nameof(Generation);

        /// <summary>The problems to report.</summary>
        public const string Problems = nameof(Problems);

        /// <summary>The name of <paramref name="step"/> in the pipeline of <paramref name="vocabulary"/>: <c>ParsedTable.CallStatuses</c>.</summary>
        public static string For(string step, Model.Vocabulary vocabulary) => step + "." + vocabulary.Key;
    }
}

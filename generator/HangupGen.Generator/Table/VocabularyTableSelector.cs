using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Chooses a vocabulary's table: the project's own, or the default embedded in the generator.</summary>
    internal static class VocabularyTableSelector
    {
        private static readonly ConcurrentDictionary<string, Lazy<VocabularyParseResult>> s_embedded = new ConcurrentDictionary<string, Lazy<VocabularyParseResult>>(StringComparer.Ordinal);

        /// <summary>Reads the project's table of <paramref name="vocabulary"/> (see <see cref="TableSelection.Choose"/>); with none, the embedded default is used silently.</summary>
        public static VocabularyParseResult Parse(Vocabulary vocabulary, ImmutableArray<TableSource> tables, CancellationToken cancellationToken)
        {
            TableSource? chosen = TableSelection.Choose(tables, out ImmutableArray<GeneratorProblem> selectionProblems);
            if (chosen is null)
            {
                return Embedded(vocabulary);
            }

            if (chosen.Text is null)
            {
                return new VocabularyParseResult(null, selectionProblems.ToEquatableArray());
            }

            VocabularyParseResult result = VocabularyTableReader.Read(vocabulary, chosen.Path, chosen.Text, cancellationToken);
            return selectionProblems.IsEmpty ? result : result with { Problems = result.Problems.Concat(selectionProblems).ToEquatableArray() };
        }

        /// <summary>The parsed default table of <paramref name="vocabulary"/>, read once per process.</summary>
        public static VocabularyParseResult Embedded(Vocabulary vocabulary)
            => s_embedded.GetOrAdd(vocabulary.Key, _ => new Lazy<VocabularyParseResult>(
                () => VocabularyTableReader.Read(vocabulary, vocabulary.FileName, EmbeddedText(vocabulary), CancellationToken.None),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        /// <summary>The text of the default table of <paramref name="vocabulary"/>.</summary>
        public static string EmbeddedText(Vocabulary vocabulary)
        {
            using Stream stream = typeof(VocabularyTableSelector).Assembly.GetManifestResourceStream(vocabulary.ResourceName)
                ?? throw new InvalidOperationException("The embedded table " + vocabulary.ResourceName + " is missing from the generator assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}

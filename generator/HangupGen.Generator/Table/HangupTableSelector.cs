using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Chooses the hangup table to generate from: the project's own, or the embedded default.</summary>
    internal static class HangupTableSelector
    {
        /// <summary>
        /// Reads the project's table (see <see cref="TableSelection.Choose"/>); with none, the embedded
        /// Plivo table is used silently. Its <c>sources</c> column is checked against
        /// <paramref name="sources"/>, the project's hangup source table (null: the default one).
        /// </summary>
        public static TableParseResult Parse(ImmutableArray<TableSource> tables, VocabularyTableSpec? sources, CancellationToken cancellationToken)
        {
            EquatableArray<VocabularyMemberSpec> sourceRows = sources?.Members ?? HangupTableReader.DefaultSources;
            bool defaultSources = sourceRows.Equals(HangupTableReader.DefaultSources);
            TableSource? chosen = TableSelection.Choose(tables, out ImmutableArray<GeneratorProblem> selectionProblems);
            if (chosen is null)
            {
                return defaultSources ? EmbeddedTable.Parsed : HangupTableReader.Read(EmbeddedTable.DisplayPath, EmbeddedTable.Text, sourceRows, cancellationToken);
            }

            if (chosen.Text is null)
            {
                return new TableParseResult(null, selectionProblems.ToEquatableArray());
            }

            TableParseResult result = HangupTableReader.Read(chosen.Path, chosen.Text, sourceRows, cancellationToken);
            return selectionProblems.IsEmpty ? result : result with { Problems = result.Problems.Concat(selectionProblems).ToEquatableArray() };
        }
    }
}

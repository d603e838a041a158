using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Chooses the hangup table to generate from: the project's own, or the embedded default.</summary>
    internal static class HangupTableSelector
    {
        /// <summary>Reads the project's table (see <see cref="TableSelection.Choose"/>); with none, the embedded Plivo table is used silently.</summary>
        public static TableParseResult Parse(ImmutableArray<TableSource> tables, CancellationToken cancellationToken)
        {
            TableSource? chosen = TableSelection.Choose(tables, out ImmutableArray<GeneratorProblem> selectionProblems);
            if (chosen is null)
            {
                return EmbeddedTable.Parsed;
            }

            if (chosen.Text is null)
            {
                return new TableParseResult(null, selectionProblems.ToEquatableArray());
            }

            TableParseResult result = HangupTableReader.Read(chosen.Path, chosen.Text, cancellationToken);
            return selectionProblems.IsEmpty ? result : result with { Problems = result.Problems.Concat(selectionProblems).ToEquatableArray() };
        }
    }
}

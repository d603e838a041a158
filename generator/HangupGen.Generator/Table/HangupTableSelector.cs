using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Chooses the table to generate from: the project's own, or the embedded default.</summary>
    internal static class HangupTableSelector
    {
        /// <summary>
        /// Reads the project's table. With none, the embedded Plivo table is used silently. A file
        /// marked as the table (the package's <c>HangupGenTable</c> property) wins over files that
        /// are tables only by their name, which are then ignored silently; among several of the
        /// same standing, the first by path is used and every other one is reported.
        /// </summary>
        public static TableParseResult Parse(ImmutableArray<TableSource> tables, CancellationToken cancellationToken)
        {
            if (tables.IsDefaultOrEmpty)
            {
                return EmbeddedTable.Parsed;
            }

            // The same file listed twice (by the package's props and by hand) is one table.
            bool anyMarked = tables.Any(t => t.IsMarked);
            TableSource[] ordered = tables
                .Where(t => t.IsMarked || !anyMarked)
                .GroupBy(t => t.Path, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(t => t.Path, StringComparer.Ordinal)
                .ToArray();
            TableSource chosen = ordered[0];
            ImmutableArray<GeneratorProblem>.Builder extra = ImmutableArray.CreateBuilder<GeneratorProblem>();
            foreach (TableSource other in ordered.Skip(1))
            {
                extra.Add(FileProblem(DiagnosticIds.MultipleTables, other.Path, chosen.Path, other.Path));
            }

            if (chosen.Text is null)
            {
                extra.Insert(0, FileProblem(DiagnosticIds.UnreadableTable, chosen.Path, chosen.Path));
                return new TableParseResult(null, extra.ToEquatableArray());
            }

            TableParseResult result = HangupTableReader.Read(chosen.Path, chosen.Text, cancellationToken);
            return extra.Count == 0 ? result : result with { Problems = result.Problems.Concat(extra).ToEquatableArray() };
        }

        /// <summary>A problem that concerns a whole file, located at its start.</summary>
        private static GeneratorProblem FileProblem(string id, string path, params string[] arguments)
            => new GeneratorProblem(id, path, 0, 0, 0, 0, 0, 0, arguments.ToEquatableArray());
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Which of a project's files of one kind of table is read, and the problems of the others.</summary>
    internal static class TableSelection
    {
        /// <summary>
        /// A file marked as the table (the package's <c>HangupGen…Table</c> properties) wins over files
        /// that are tables only by their name, which are then ignored silently; among several of the
        /// same standing, the first by path is used and every other one is reported (HG1018). The same
        /// file listed twice (by the package's props and by hand) is one table. Null when there is
        /// none; HG1019 when the chosen one could not be read.
        /// </summary>
        public static TableSource? Choose(ImmutableArray<TableSource> tables, out ImmutableArray<GeneratorProblem> problems)
        {
            problems = ImmutableArray<GeneratorProblem>.Empty;
            if (tables.IsDefaultOrEmpty)
            {
                return null;
            }

            bool anyMarked = tables.Any(t => t.IsMarked);
            TableSource[] ordered = tables
                .Where(t => t.IsMarked || !anyMarked)
                .GroupBy(t => t.Path, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(t => t.Path, StringComparer.Ordinal)
                .ToArray();
            TableSource chosen = ordered[0];
            ImmutableArray<GeneratorProblem>.Builder extra = ImmutableArray.CreateBuilder<GeneratorProblem>();
            if (chosen.Text is null)
            {
                extra.Add(FileProblem(DiagnosticIds.UnreadableTable, chosen.Path, chosen.Path));
            }

            foreach (TableSource other in ordered.Skip(1))
            {
                extra.Add(FileProblem(DiagnosticIds.MultipleTables, other.Path, chosen.Path, other.Path));
            }

            problems = extra.ToImmutable();
            return chosen;
        }

        /// <summary>A problem that concerns a whole file, located at its start.</summary>
        private static GeneratorProblem FileProblem(string id, string path, params string[] arguments)
            => new GeneratorProblem(id, path, 0, 0, 0, 0, 0, 0, arguments.ToEquatableArray());
    }
}

using System.Collections.Generic;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// Turns the text of one hangup table into its valid rows and a list of located problems.
    /// A row with a problem is reported and left out; every other row is still generated.
    /// </summary>
    internal static class HangupTableReader
    {
        /// <summary>The rows of the default hangup source table, embedded in the generator.</summary>
        public static EquatableArray<VocabularyMemberSpec> DefaultSources => VocabularyTableSelector.Embedded(Vocabulary.HangupSource).Table!.Members;

        /// <summary>Reads a hangup table whose <c>sources</c> column names the default hangup sources.</summary>
        public static TableParseResult Read(string path, string text, CancellationToken cancellationToken)
            => Read(path, text, DefaultSources, cancellationToken);

        /// <param name="path">The table's path, for the problems' locations.</param>
        /// <param name="text">The table's text.</param>
        /// <param name="sources">The hangup sources its <c>sources</c> column may name.</param>
        /// <param name="cancellationToken">Stops the reading.</param>
        public static TableParseResult Read(string path, string text, IReadOnlyList<VocabularyMemberSpec> sources, CancellationToken cancellationToken)
        {
            var problems = new ProblemCollector(path, text);
            var builder = new HangupTableBuilder(problems, sources);
            HangupTableSpec? table = TableRows.Read(path, text, TableLayout.Hangup, problems, builder.AddRow, cancellationToken) ? builder.Build() : null;
            return new TableParseResult(table, problems.Problems.ToEquatableArray());
        }
    }
}

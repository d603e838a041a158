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
        public static TableParseResult Read(string path, string text, CancellationToken cancellationToken)
        {
            var problems = new ProblemCollector(path, text);
            var builder = new HangupTableBuilder(problems);
            HangupTableSpec? table = TableRows.Read(path, text, TableLayout.Hangup, problems, builder.AddRow, cancellationToken) ? builder.Build() : null;
            return new TableParseResult(table, problems.Problems.ToEquatableArray());
        }
    }
}

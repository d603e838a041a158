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
        public static TableParseResult Read(string path, string text, CancellationToken cancellationToken)
        {
            var problems = new ProblemCollector(path, text);
            List<CsvRecord> records = CsvReader.Read(text, problems, cancellationToken);

            // Rows skipped for bad quoting are already reported; the table is not empty then.
            bool skippedRecords = problems.Count > 0;
            if (records.Count == 0)
            {
                if (!skippedRecords)
                {
                    problems.Add(DiagnosticIds.EmptyTable, 0, 0, System.IO.Path.GetFileName(path));
                }

                return new TableParseResult(null, problems.Problems.ToEquatableArray());
            }

            Dictionary<TableColumn, int>? columns = ReadHeader(records[0], problems);
            if (columns is null)
            {
                return new TableParseResult(null, problems.Problems.ToEquatableArray());
            }

            if (records.Count == 1 && !skippedRecords)
            {
                problems.Add(DiagnosticIds.EmptyTable, records[0].Start, records[0].Length, System.IO.Path.GetFileName(path));
            }

            var builder = new HangupTableBuilder(problems, columns, records[0].Fields.Count);
            for (int i = 1; i < records.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.AddRow(records[i]);
            }

            return new TableParseResult(builder.Build(), problems.Problems.ToEquatableArray());
        }

        /// <summary>Maps the header's columns; null when a required column is missing.</summary>
        private static Dictionary<TableColumn, int>? ReadHeader(CsvRecord header, ProblemCollector problems)
        {
            var columns = new Dictionary<TableColumn, int>();
            for (int i = 0; i < header.Fields.Count; i++)
            {
                CsvField field = header.Fields[i];
                string name = field.Value.Trim();
                if (!TableColumns.TryFind(name, out TableColumn column))
                {
                    problems.Add(DiagnosticIds.UnknownColumn, field, name, TableColumns.KnownNames);
                }
                else if (columns.ContainsKey(column))
                {
                    problems.Add(DiagnosticIds.DuplicateColumn, field, name);
                }
                else
                {
                    columns.Add(column, i);
                }
            }

            bool complete = true;
            foreach (TableColumn required in TableColumns.Required)
            {
                if (!columns.ContainsKey(required))
                {
                    problems.Add(DiagnosticIds.MissingRequiredColumn, header.Start, header.Length, TableColumns.DisplayName(required));
                    complete = false;
                }
            }

            return complete ? columns : null;
        }
    }
}

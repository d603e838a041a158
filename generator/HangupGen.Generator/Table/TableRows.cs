using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace HangupGen.Generator.Table
{
    /// <summary>The part of reading that every table shares: CSV records, the header, rows of the right shape.</summary>
    internal static class TableRows
    {
        /// <summary>
        /// Reads the data rows of a table with <paramref name="layout"/>, reporting bad quoting, an empty
        /// table, header problems, rows with the wrong number of fields and empty required values, and
        /// hands each other row to <paramref name="addRow"/> in file order (so every problem is reported
        /// in row order). False when the table has no usable header.
        /// </summary>
        public static bool Read(string path, string text, TableLayout layout, ProblemCollector problems, Action<TableRow> addRow, CancellationToken cancellationToken)
        {
            // Each record becomes a row as it is read, so no record outlives its row: a large table's
            // records kept until the end were most of what the collections copied while reading it
            // (docs/analyzer-profile.md, finding 16).
            CsvRecord? header = null;
            Dictionary<TableColumn, int>? columns = null;
            int rows = 0;
            int skippedRecords = CsvReader.Read(text, problems, record =>
            {
                if (header is null)
                {
                    header = record;
                    columns = layout.ReadHeader(record, problems);
                    return;
                }

                if (columns is null)
                {
                    return;
                }

                rows++;
                if (record.Fields.Count != header.Fields.Count)
                {
                    problems.Add(DiagnosticIds.FieldCountMismatch, record.Start, record.Length,
                        record.Fields.Count.ToString(CultureInfo.InvariantCulture), header.Fields.Count.ToString(CultureInfo.InvariantCulture));
                    return;
                }

                var row = new TableRow(record, columns);
                if (layout.HasRequiredValues(row, problems))
                {
                    addRow(row);
                }
            }, cancellationToken);

            // Rows skipped for bad quoting are already reported; the table is not empty then.
            if (header is null)
            {
                if (skippedRecords == 0)
                {
                    problems.Add(DiagnosticIds.EmptyTable, 0, 0, System.IO.Path.GetFileName(path));
                }

                return false;
            }

            if (columns is null)
            {
                return false;
            }

            if (rows == 0 && skippedRecords == 0)
            {
                problems.Add(DiagnosticIds.EmptyTable, header.Start, header.Length, System.IO.Path.GetFileName(path));
            }

            return true;
        }
    }
}

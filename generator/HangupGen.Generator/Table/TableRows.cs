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
            List<CsvRecord> records = CsvReader.Read(text, problems, cancellationToken);

            // Rows skipped for bad quoting are already reported; the table is not empty then.
            bool skippedRecords = problems.Count > 0;
            if (records.Count == 0)
            {
                if (!skippedRecords)
                {
                    problems.Add(DiagnosticIds.EmptyTable, 0, 0, System.IO.Path.GetFileName(path));
                }

                return false;
            }

            Dictionary<TableColumn, int>? columns = layout.ReadHeader(records[0], problems);
            if (columns is null)
            {
                return false;
            }

            if (records.Count == 1 && !skippedRecords)
            {
                problems.Add(DiagnosticIds.EmptyTable, records[0].Start, records[0].Length, System.IO.Path.GetFileName(path));
            }

            int fieldCount = records[0].Fields.Count;
            for (int i = 1; i < records.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CsvRecord record = records[i];
                if (record.Fields.Count != fieldCount)
                {
                    problems.Add(DiagnosticIds.FieldCountMismatch, record.Start, record.Length,
                        record.Fields.Count.ToString(CultureInfo.InvariantCulture), fieldCount.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                var row = new TableRow(record, columns);
                if (layout.HasRequiredValues(row, problems))
                {
                    addRow(row);
                }
            }

            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HangupAnalysis.Cdr;

/// <summary>Reads a CSV CDR export: a header naming the fields, then one call per record.</summary>
internal static class CsvCdrReader
{
    /// <summary>Reads the records; a record that cannot be read is returned as a problem and reading goes on.</summary>
    /// <exception cref="CdrFormatException">The file is empty, or its header cannot be used.</exception>
    public static IEnumerable<CdrRowResult> Read(TextReader reader)
    {
        var csv = new Rfc4180CsvReader(reader);
        string[] columns = ReadHeader(csv);
        while (csv.Read(out CsvRecord? record, out RowProblem? problem))
        {
            if (problem is not null)
            {
                yield return new CdrRowResult(null, problem);
                continue;
            }

            if (IsBlank(record!))
            {
                continue;
            }

            if (record!.Fields.Length != columns.Length)
            {
                yield return new CdrRowResult(null, new RowProblem(record.Line, $"The record has {record.Fields.Length} fields; the header has {columns.Length}."));
                continue;
            }

            var fields = new Dictionary<string, string>(columns.Length, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < columns.Length; i++)
            {
                fields[columns[i]] = record.Fields[i];
            }

            yield return new CdrRowResult(new CdrRow(record.Line, fields), null);
        }
    }

    private static string[] ReadHeader(Rfc4180CsvReader csv)
    {
        CsvRecord? header;
        do
        {
            if (!csv.Read(out header, out RowProblem? problem))
            {
                throw new CdrFormatException("The file is empty: expected a header line naming the CDR fields.");
            }

            if (problem is not null)
            {
                throw new CdrFormatException($"Line {problem.Line}: the header cannot be read. {problem.Message}");
            }
        }
        while (IsBlank(header!));

        string[] columns = header!.Fields.Select(field => field.Trim()).ToArray();
        if (!columns.Contains(CdrFields.CallUuid, StringComparer.OrdinalIgnoreCase))
        {
            throw new CdrFormatException($"Line {header.Line}: the header has no {CdrFields.CallUuid} field (found: {string.Join(", ", columns)}).");
        }

        if (!columns.Contains(CdrFields.HangupCauseCode, StringComparer.OrdinalIgnoreCase)
            && !columns.Contains(CdrFields.HangupCauseName, StringComparer.OrdinalIgnoreCase))
        {
            throw new CdrFormatException($"Line {header.Line}: the header has neither {CdrFields.HangupCauseCode} nor {CdrFields.HangupCauseName}.");
        }

        return columns;
    }

    private static bool IsBlank(CsvRecord record) => record.Fields.Length == 1 && record.Fields[0].Trim().Length == 0;
}

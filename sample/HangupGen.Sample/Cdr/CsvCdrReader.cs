using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using nietras.SeparatedValues;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Reads a CSV export with Sep: a header naming the fields, then one call per record (RFC 4180:
/// quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF). The header decides
/// the <see cref="ExportSchema"/> (a Plivo CDR or a Bolna export). Well-formed records are passed on
/// as spans, without strings. A record with broken quoting or the wrong number of fields is reported
/// with the line it starts on, and reading goes on.
/// </summary>
internal static class CsvCdrReader
{
    /// <summary>Reads every record into <paramref name="sink"/>.</summary>
    /// <exception cref="CdrFormatException">The file is empty, or its header cannot be used.</exception>
    public static void Read(TextReader text, IExportRowSink sink, CancellationToken cancellationToken = default)
    {
        using SepReader reader = Sep.Reader(options => options with
        {
            Sep = new Sep(','),
            // The header is found here (blank lines may come first), and quotes are checked and
            // removed here, so a broken record is reported rather than thrown.
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = false,
        }).From(text);

        int[]? columns = null;
        int columnCount = 0;
        int nextLine = 1;
        foreach (SepReader.Row row in reader)
        {
            // Lines are counted here: a record ends with one line break, and quoted fields may hold more.
            int line = nextLine;
            nextLine += 1 + row.Span.Count('\n');
            if (IsBlank(row))
            {
                continue;
            }

            if (QuotingProblem(row, line) is string quoting)
            {
                if (columns is null)
                {
                    throw new CdrFormatException($"Line {line}: the header cannot be read. {quoting}");
                }

                sink.Problem(new RowProblem(line, quoting));
                continue;
            }

            if (columns is null)
            {
                columnCount = row.ColCount;
                (ExportSchema schema, columns) = ReadHeader(row, line);
                sink.Start(schema);
                continue;
            }

            if (row.ColCount != columnCount)
            {
                sink.Problem(new RowProblem(line, $"The record has {row.ColCount} fields; the header has {columnCount}."));
                continue;
            }

            sink.Row(line, new ExportRow(row, columns));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (columns is null)
        {
            throw new CdrFormatException("The file is empty: expected a header line naming the CDR fields.");
        }
    }

    /// <summary>The schema the header names, and the column of each of its fields (-1 when absent); the last of a repeated name wins.</summary>
    private static (ExportSchema Schema, int[] Columns) ReadHeader(SepReader.Row header, int line)
    {
        string[] names = new string[header.ColCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Unquote(header[i].Span).Trim().ToString();
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            index[names[i]] = i;
        }

        ExportSchema schema = ExportSchema.Detect(names);
        if (schema.HeaderProblem(names) is string problem)
        {
            throw new CdrFormatException($"Line {line}: {problem}");
        }

        return (schema, schema.Fields.Select(field => index.GetValueOrDefault(field, -1)).ToArray());
    }

    /// <summary>A quoted field's text: without its quotes, doubled quotes made single (a string only when it has some).</summary>
    internal static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 2 || raw[0] != '"')
        {
            return raw;
        }

        ReadOnlySpan<char> inner = raw[1..^1];
        return inner.Contains('"') ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : inner;
    }

    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().IsEmpty;

    /// <summary>What is wrong with the record's quoting, if anything: checked only for records that have a quote.</summary>
    private static string? QuotingProblem(SepReader.Row row, int line)
    {
        if (!row.Span.Contains('"'))
        {
            return null;
        }

        int lineOfField = line;
        for (int i = 0; i < row.ColCount; i++)
        {
            ReadOnlySpan<char> raw = row[i].Span;
            if (FieldQuotingProblem(raw, i + 1, lineOfField) is string problem)
            {
                return problem;
            }

            lineOfField += raw.Count('\n');
        }

        return null;
    }

    private static string? FieldQuotingProblem(ReadOnlySpan<char> raw, int field, int line)
    {
        int quote = raw.IndexOf('"');
        if (quote < 0)
        {
            return null;
        }

        if (quote > 0)
        {
            return $"Field {field} holds a quote but is not quoted (quote the whole field and double the quote).";
        }

        int i = 1;
        while (true)
        {
            int next = raw[i..].IndexOf('"');
            if (next < 0)
            {
                return $"The quoted field {field} opened on line {line} is never closed.";
            }

            i += next + 1;
            if (i < raw.Length && raw[i] == '"')
            {
                i++;
                continue;
            }

            return i == raw.Length
                ? null
                : $"Field {field} has '{raw[i]}' after its closing quote (a quote inside a quoted field is written \"\").";
        }
    }
}

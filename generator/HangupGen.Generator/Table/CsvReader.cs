using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// Reads RFC 4180 CSV: comma-separated fields, CRLF, LF or CR line breaks, fields enclosed in
    /// double quotes may hold commas, line breaks and doubled quotes. A leading byte order mark is
    /// skipped and blank lines are ignored. A malformed record is reported and skipped; reading goes
    /// on at the next line, so one bad quote does not hide the rest of the table. Each record goes to
    /// the caller as it is read, so that a table's records need not outlive its rows.
    /// </summary>
    internal static class CsvReader
    {
        private const char Quote = '"';

        /// <summary>Hands each record to <paramref name="onRecord"/> in file order; returns how many malformed records were skipped (each reported).</summary>
        public static int Read(string text, ProblemCollector problems, Action<CsvRecord> onRecord, CancellationToken cancellationToken)
        {
            int skipped = 0;
            var buffer = new StringBuilder();
            int fieldCount = 4;
            int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

            while (position < text.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int recordStart = position;
                // Sized for the record before it: a table's records have the same number of fields.
                var fields = new List<CsvField>(fieldCount);
                bool malformed = false;

                while (true)
                {
                    bool quoted = position < text.Length && text[position] == Quote;
                    CsvField? field = quoted
                        ? ReadQuoted(text, ref position, buffer, problems)
                        : ReadUnquoted(text, ref position, problems);

                    if (field is null)
                    {
                        malformed = true;
                        break;
                    }

                    fields.Add(field);
                    if (position < text.Length && text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    break;
                }

                fieldCount = fields.Count;
                int recordEnd = position;
                if (malformed)
                {
                    recordEnd = SkipToLineEnd(text, ref position);
                    skipped++;
                }

                SkipLineBreak(text, ref position);

                bool blank = fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0].Value);
                if (!malformed && !blank)
                {
                    onRecord(new CsvRecord(fields, recordStart, recordEnd - recordStart));
                }
            }

            return skipped;
        }

        /// <summary>Reads a quoted field; null when it is malformed (the problem is reported).</summary>
        private static CsvField? ReadQuoted(string text, ref int position, StringBuilder buffer, ProblemCollector problems)
        {
            int start = position;
            position++;
            buffer.Clear();
            while (true)
            {
                if (position >= text.Length)
                {
                    problems.AddQuoting(DiagnosticIds.UnterminatedQuote, start, 1);
                    return null;
                }

                char c = text[position];
                if (c == Quote)
                {
                    if (position + 1 < text.Length && text[position + 1] == Quote)
                    {
                        buffer.Append(Quote);
                        position += 2;
                        continue;
                    }

                    position++;
                    break;
                }

                if (c == '\r')
                {
                    // Line breaks inside a field are kept as LF whatever the file uses, so the value
                    // (and the generated code) is the same for a CRLF and an LF copy of the table.
                    buffer.Append('\n');
                    position += position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                    continue;
                }

                buffer.Append(c);
                position++;
            }

            if (position < text.Length && !IsFieldEnd(text[position]))
            {
                problems.AddQuoting(DiagnosticIds.MalformedQuotedField, position, 1, Describe(text[position]));
                return null;
            }

            return new CsvField(buffer.ToString(), start, position - start);
        }

        /// <summary>Reads an unquoted field; null when it holds a quote (the problem is reported).</summary>
        private static CsvField? ReadUnquoted(string text, ref int position, ProblemCollector problems)
        {
            int start = position;
            while (position < text.Length && !IsFieldEnd(text[position]))
            {
                if (text[position] == Quote)
                {
                    problems.AddQuoting(DiagnosticIds.MalformedQuotedField, position, 1, Describe(Quote));
                    return null;
                }

                position++;
            }

            return new CsvField(text.Substring(start, position - start), start, position - start);
        }

        private static bool IsFieldEnd(char c) => c == ',' || c == '\r' || c == '\n';

        private static int SkipToLineEnd(string text, ref int position)
        {
            while (position < text.Length && text[position] != '\r' && text[position] != '\n')
            {
                position++;
            }

            return position;
        }

        private static void SkipLineBreak(string text, ref int position)
        {
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }
        }

        private static string Describe(char c) => c == Quote ? "a quote (\")" : "'" + c + "'";
    }
}

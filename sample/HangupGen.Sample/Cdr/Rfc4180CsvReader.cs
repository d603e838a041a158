using System.Collections.Generic;
using System.IO;
using System.Text;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Reads CSV as RFC 4180 writes it: comma-separated fields, fields that hold commas, quotes or line
/// breaks in double quotes, a quote inside a quoted field doubled (<c>""</c>), CRLF or LF line ends.
/// A malformed record is reported with the line it starts on and skipped; reading goes on with the
/// next line.
/// </summary>
internal sealed class Rfc4180CsvReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Reads from <paramref name="reader"/>.</summary>
    public Rfc4180CsvReader(TextReader reader) => _reader = reader;

    /// <summary>
    /// Reads the next record. Returns <see langword="false"/> at the end of the input; otherwise sets
    /// either <paramref name="record"/> or, for a malformed record, <paramref name="problem"/>.
    /// </summary>
    public bool Read(out CsvRecord? record, out RowProblem? problem)
    {
        record = null;
        problem = null;
        if (_reader.Peek() < 0)
        {
            return false;
        }

        int startLine = _line;
        var fields = new List<string>();
        while (true)
        {
            _field.Clear();
            int c = _reader.Read();
            if (c == '"')
            {
                int openedOn = _line;
                while (true)
                {
                    c = _reader.Read();
                    if (c < 0)
                    {
                        problem = new RowProblem(startLine, $"The quoted field {fields.Count + 1} opened on line {openedOn} is never closed.");
                        return true;
                    }

                    if (c == '"')
                    {
                        if (_reader.Peek() != '"')
                        {
                            break;
                        }

                        _reader.Read();
                    }
                    else if (c == '\n')
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                }

                c = _reader.Read();
                if (c >= 0 && c != ',' && c != '\r' && c != '\n')
                {
                    problem = new RowProblem(startLine, $"Field {fields.Count + 1} has '{(char)c}' after its closing quote (a quote inside a quoted field is written \"\").");
                    SkipRestOfLine();
                    return true;
                }
            }
            else
            {
                while (c >= 0 && c != ',' && c != '\r' && c != '\n')
                {
                    if (c == '"')
                    {
                        problem = new RowProblem(startLine, $"Field {fields.Count + 1} holds a quote but is not quoted (quote the whole field and double the quote).");
                        SkipRestOfLine();
                        return true;
                    }

                    _field.Append((char)c);
                    c = _reader.Read();
                }
            }

            fields.Add(_field.ToString());
            if (c == ',')
            {
                continue;
            }

            if (c == '\r' && _reader.Peek() == '\n')
            {
                _reader.Read();
            }

            if (c >= 0)
            {
                _line++;
            }

            record = new CsvRecord(startLine, fields.ToArray());
            return true;
        }
    }

    private void SkipRestOfLine()
    {
        int c;
        while ((c = _reader.Read()) >= 0 && c != '\n')
        {
        }

        if (c == '\n')
        {
            _line++;
        }
    }
}

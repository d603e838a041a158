using System;
using nietras.SeparatedValues;

namespace HangupAnalysis.Cdr;

/// <summary>
/// One record of an export, by the index of each field in <see cref="ExportSchema.Fields"/>: spans
/// over a CSV reader's buffer (no strings for a well-formed row), or a JSON line's values. A field the
/// record does not have is empty. Valid only while the reader hands it on.
/// </summary>
internal readonly ref struct ExportRow
{
    private readonly SepReader.Row _csv;
    private readonly int[]? _columns;
    private readonly string?[]? _values;

    /// <summary>A CSV record, with the column of each schema field (-1 when the header lacks it).</summary>
    public ExportRow(SepReader.Row csv, int[] columns)
    {
        _csv = csv;
        _columns = columns;
    }

    /// <summary>A JSON line's values, one per schema field (null when the object lacks it).</summary>
    public ExportRow(string?[] values) => _values = values;

    /// <summary>The text of the schema field at <paramref name="field"/>.</summary>
    public ReadOnlySpan<char> this[int field]
    {
        get
        {
            if (_values is not null)
            {
                return _values[field];
            }

            int column = _columns![field];
            return column < 0 ? default : CsvCdrReader.Unquote(_csv[column].Span);
        }
    }
}

/// <summary>Receives what an export reader reads: the schema its header chose, records, and records it could not read.</summary>
internal interface IExportRowSink
{
    /// <summary>The schema of the export, once, before its first record (records it could not read may come first).</summary>
    void Start(ExportSchema schema);

    /// <summary>A record starting on <paramref name="line"/>; the spans are valid during the call only.</summary>
    void Row(int line, scoped in ExportRow row);

    /// <summary>A record that could not be read.</summary>
    void Problem(RowProblem problem);
}

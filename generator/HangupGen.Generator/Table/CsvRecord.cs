using System.Collections.Generic;

namespace HangupGen.Generator.Table
{
    /// <summary>One field of a CSV record: its unquoted value and where it stands in the file.</summary>
    /// <param name="Value">The value, with enclosing quotes removed and doubled quotes undone.</param>
    /// <param name="Start">The offset of the field's first character (its opening quote, if quoted).</param>
    /// <param name="Length">The field's length in the file, quotes included.</param>
    internal sealed record CsvField(string Value, int Start, int Length);

    /// <summary>One record (row) of a CSV file.</summary>
    /// <param name="Fields">The fields, at least one.</param>
    /// <param name="Start">The offset of the record's first character.</param>
    /// <param name="Length">The record's length, up to its line break.</param>
    internal sealed record CsvRecord(IReadOnlyList<CsvField> Fields, int Start, int Length);
}

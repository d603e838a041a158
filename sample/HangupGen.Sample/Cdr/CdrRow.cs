using System.Collections.Generic;

namespace HangupAnalysis.Cdr;

/// <summary>One call detail record as read, field name to text, whatever the file's format.</summary>
internal sealed record CdrRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The field's text, or <see langword="null"/> when the record does not have it.</summary>
    public string? Get(string field) => Fields.TryGetValue(field, out string? value) ? value : null;
}

/// <summary>A record read from a CDR file, or the reason it could not be read.</summary>
internal readonly record struct CdrRowResult(CdrRow? Row, RowProblem? Problem);

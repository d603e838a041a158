namespace HangupAnalysis.Cdr;

/// <summary>One record of a CSV file, with the line it starts on (a quoted field may span lines).</summary>
internal sealed record CsvRecord(int Line, string[] Fields);

namespace HangupAnalysis.Cdr;

/// <summary>A row of a CDR export that was not counted, by the line it starts on (1 is the header of a CSV file).</summary>
internal sealed record RowProblem(int Line, string Message);

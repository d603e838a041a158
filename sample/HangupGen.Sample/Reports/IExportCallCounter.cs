using System.Collections.Generic;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Counts the calls of one kind of export and builds its report.</summary>
internal interface IExportCallCounter
{
    /// <summary>Counts the record on <paramref name="line"/>, or lists it in <paramref name="tally"/> as not counted.</summary>
    void Count(int line, scoped in ExportRow row, ExportTally tally);

    /// <summary>The report of the calls counted.</summary>
    ExportReport ToReport(string sourceName, int duplicatesIgnored, IReadOnlyList<RowProblem> skippedRows);
}

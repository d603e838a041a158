using System.Collections.Generic;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Counts the calls of a Bolna export; a call is identified by <c>id</c> (or <c>execution_id</c>) when the record has one.</summary>
internal sealed class BolnaCallCounter : IExportCallCounter
{
    private readonly BolnaCallParser _parser = new();
    private readonly BolnaStatistics _statistics = new();

    /// <inheritdoc/>
    public void Count(int line, scoped in ExportRow row, ExportTally tally)
    {
        BolnaFieldValues fields = BolnaFieldValues.From(row);
        if (!_parser.TryParse(line, fields, out BolnaCall call, out RowProblem? problem))
        {
            tally.Skipped.Add(problem!);
            return;
        }

        if (!fields.Id.IsEmpty && tally.IsRepeat(line, fields.Id, fields.IdField))
        {
            return;
        }

        _statistics.Add(call);
    }

    /// <inheritdoc/>
    public ExportReport ToReport(string sourceName, int duplicatesIgnored, IReadOnlyList<RowProblem> skippedRows)
        => new(null, _statistics.ToReport(sourceName, duplicatesIgnored, skippedRows));
}

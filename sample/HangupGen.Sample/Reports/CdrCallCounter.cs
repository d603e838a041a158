using System;
using System.Collections.Generic;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Counts the calls of a Plivo CDR export: by cause, source, follow-up, billed minutes and day.</summary>
internal sealed class CdrCallCounter : IExportCallCounter
{
    private readonly CdrCallParser _parser = new();
    private readonly HangupStatistics _statistics = new();

    /// <inheritdoc/>
    public void Count(int line, scoped in ExportRow row, ExportTally tally)
    {
        CdrFieldValues fields = CdrFieldValues.From(row);
        if (!_parser.TryParse(line, fields, out CdrCall call, out RowProblem? problem))
        {
            tally.Skipped.Add(problem!);
            return;
        }

        if (tally.IsRepeat(line, fields.CallUuid.Trim(), CdrFields.CallUuid))
        {
            return;
        }

        _statistics.Add(call.Cause, call.Source);
        _statistics.AddBilledSeconds(call.BilledSeconds ?? 0);
        if (call.EndTime is DateTimeOffset endTime)
        {
            _statistics.AddEndTime(endTime);
            _statistics.AddOnDay(DateOnly.FromDateTime(endTime.UtcDateTime), call.Cause);
        }
    }

    /// <inheritdoc/>
    public ExportReport ToReport(string sourceName, int duplicatesIgnored, IReadOnlyList<RowProblem> skippedRows)
        => new(_statistics.ToReport(sourceName, duplicatesIgnored, skippedRows), null);
}

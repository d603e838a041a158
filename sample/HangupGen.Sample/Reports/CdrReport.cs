using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Reads a CDR export and reports why its calls ended.</summary>
internal static class CdrReport
{
    // Often enough for a progress line to move smoothly, rarely enough to cost nothing.
    private const int ProgressEveryRows = 2000;

    /// <summary>
    /// Counts every well-formed call once. Malformed rows and rows repeating a <c>call_uuid</c> are
    /// not counted; they are listed in <see cref="HangupReport.SkippedRows"/> with their line numbers.
    /// </summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all.</exception>
    public static HangupReport Build(Stream stream, CdrFormat format, string sourceName, IProgress<CdrProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        IEnumerable<CdrRowResult> rows = format == CdrFormat.JsonLines ? JsonLinesCdrReader.Read(reader) : CsvCdrReader.Read(reader);
        long? length = stream.CanSeek ? stream.Length : null;

        var statistics = new HangupStatistics();
        var skipped = new List<RowProblem>();
        var firstLineOfCall = new Dictionary<string, int>(StringComparer.Ordinal);
        int duplicates = 0;
        int read = 0;

        foreach (CdrRowResult result in rows)
        {
            read++;
            if (read % ProgressEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new CdrProgress(stream.CanSeek ? stream.Position : 0, length, read));
            }

            if (result.Problem is not null)
            {
                skipped.Add(result.Problem);
                continue;
            }

            CdrCall? call = CdrCallParser.Parse(result.Row!, out RowProblem? problem);
            if (call is null)
            {
                skipped.Add(problem!);
                continue;
            }

            if (firstLineOfCall.TryGetValue(call.CallUuid, out int firstLine))
            {
                duplicates++;
                skipped.Add(new RowProblem(call.Line, $"Repeats {CdrFields.CallUuid} {call.CallUuid} of line {firstLine}; counted once."));
                continue;
            }

            firstLineOfCall.Add(call.CallUuid, call.Line);
            statistics.Add(call.Cause, call.Source);
            statistics.AddBilledSeconds(call.BilledSeconds ?? 0);
            if (call.EndTime is DateTimeOffset endTime)
            {
                statistics.AddEndTime(endTime);
            }
        }

        progress?.Report(new CdrProgress(length ?? (stream.CanSeek ? stream.Position : 0), length, read));
        return statistics.ToReport(sourceName, duplicates, skipped);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Reads a CDR export and reports why its calls ended.</summary>
internal static class CdrReport
{
    // Often enough for a progress line to move smoothly, rarely enough to cost nothing.
    private const int ProgressEveryRows = 2000;

    // Enough rows for the reader's read-ahead to be small beside what was read.
    private const int SizingRows = 20_000;

    /// <summary>
    /// Counts every well-formed call once. Malformed rows and rows repeating a <c>call_uuid</c> are
    /// not counted; they are listed in <see cref="HangupReport.SkippedRows"/> with their line numbers.
    /// Memory stays small however long the file: rows are read as spans, and a call id is kept as a
    /// 16-byte key with the line it was first seen on.
    /// </summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all.</exception>
    public static HangupReport Build(Stream stream, CdrFormat format, string sourceName, IProgress<CdrProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var tally = new Tally(stream, progress, cancellationToken);
        if (format == CdrFormat.JsonLines)
        {
            JsonLinesCdrReader.Read(reader, tally);
        }
        else
        {
            CsvCdrReader.Read(reader, tally, cancellationToken);
        }

        long? length = stream.CanSeek ? stream.Length : null;
        progress?.Report(new CdrProgress(length ?? (stream.CanSeek ? stream.Position : 0), length, tally.Read));
        return tally.Statistics.ToReport(sourceName, tally.Duplicates, tally.Skipped);
    }

    private sealed class Tally(Stream stream, IProgress<CdrProgress>? progress, CancellationToken cancellationToken) : ICdrRowSink
    {
        private readonly long? _length = stream.CanSeek ? stream.Length : null;
        private readonly CdrCallParser _parser = new();
        private readonly Dictionary<CallKey, int> _firstLineOfCall = new();

        public HangupStatistics Statistics { get; } = new();

        public List<RowProblem> Skipped { get; } = [];

        public int Duplicates { get; private set; }

        public int Read { get; private set; }

        public void Row(int line, scoped in CdrFieldValues fields)
        {
            Counted();
            if (!_parser.TryParse(line, fields, out CdrCall call, out RowProblem? problem))
            {
                Skipped.Add(problem!);
                return;
            }

            ReadOnlySpan<char> callUuid = fields.CallUuid.Trim();
            ref int firstLine = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstLineOfCall, CallKey.From(callUuid), out bool seen);
            if (seen)
            {
                Duplicates++;
                Skipped.Add(new RowProblem(line, $"Repeats {CdrFields.CallUuid} {callUuid} of line {firstLine}; counted once."));
                return;
            }

            firstLine = line;
            Statistics.Add(call.Cause, call.Source);
            Statistics.AddBilledSeconds(call.BilledSeconds ?? 0);
            if (call.EndTime is DateTimeOffset endTime)
            {
                Statistics.AddEndTime(endTime);
                Statistics.AddOnDay(DateOnly.FromDateTime(endTime.UtcDateTime), call.Cause);
            }
        }

        public void Problem(RowProblem problem)
        {
            Counted();
            Skipped.Add(problem);
        }

        private void Counted()
        {
            Read++;
            if (Read % ProgressEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long position = stream.CanSeek ? stream.Position : 0;
                progress?.Report(new CdrProgress(position, _length, Read));
                if (Read == SizingRows && _length is long length && position > 0)
                {
                    // Size the call ids once for the whole file, estimated from the rows so far: one
                    // allocation instead of doublings that hold the old and the new table at once.
                    _firstLineOfCall.EnsureCapacity((int)Math.Min(int.MaxValue / 2, length * 1.1 * Read / position));
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>
/// What every report on an export keeps track of, whatever the export holds: records read (with
/// progress), rows not counted, and call ids already seen. The <see cref="IExportCallCounter"/> for
/// the kind of export the header names counts the calls.
/// </summary>
internal sealed class ExportTally(Stream stream, IProgress<CdrProgress>? progress, CancellationToken cancellationToken) : IExportRowSink
{
    // Often enough for a progress line to move smoothly, rarely enough to cost nothing.
    private const int ProgressEveryRows = 2000;

    // Enough rows for the reader's read-ahead to be small beside what was read.
    private const int SizingRows = 20_000;

    private readonly long? _length = stream.CanSeek ? stream.Length : null;
    private readonly Dictionary<CallKey, int> _firstLineOfCall = new();
    private IExportCallCounter? _counter;

    /// <summary>Rows that were not counted, in the order read.</summary>
    public List<RowProblem> Skipped { get; } = [];

    /// <summary>Rows repeating a call already counted.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Records read so far, counted or not.</summary>
    public int Read { get; private set; }

    /// <summary>The counter the export's schema chose; a Plivo CDR counter when no record was read.</summary>
    public IExportCallCounter Counter => _counter ??= new CdrCallCounter();

    /// <inheritdoc/>
    public void Start(ExportSchema schema)
        => _counter = schema.Kind == ExportKind.Bolna ? new BolnaCallCounter() : new CdrCallCounter();

    /// <inheritdoc/>
    public void Row(int line, scoped in ExportRow row)
    {
        Counted();
        Counter.Count(line, row, this);
    }

    /// <inheritdoc/>
    public void Problem(RowProblem problem)
    {
        Counted();
        Skipped.Add(problem);
    }

    /// <summary>
    /// Whether <paramref name="id"/> (trimmed, non-empty) was seen on an earlier line: then the row is
    /// listed as a repeat, naming <paramref name="field"/>, and must not be counted again.
    /// </summary>
    public bool IsRepeat(int line, ReadOnlySpan<char> id, string field)
    {
        ref int firstLine = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstLineOfCall, CallKey.From(id), out bool seen);
        if (seen)
        {
            Duplicates++;
            Skipped.Add(new RowProblem(line, $"Repeats {field} {id} of line {firstLine}; counted once."));
            return true;
        }

        firstLine = line;
        return false;
    }

    /// <summary>Reports the final progress, once reading is done.</summary>
    public void Finish()
    {
        long? length = stream.CanSeek ? stream.Length : null;
        progress?.Report(new CdrProgress(length ?? (stream.CanSeek ? stream.Position : 0), length, Read));
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

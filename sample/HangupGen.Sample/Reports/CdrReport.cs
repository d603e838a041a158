using System;
using System.IO;
using System.Threading;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Reports;

/// <summary>Reads an export, a Plivo CDR export or a Bolna export as its header says, and reports why its calls ended.</summary>
internal static class CdrReport
{
    /// <summary>
    /// Counts every well-formed call once. Malformed rows and rows repeating a call id are not
    /// counted; they are listed in the report's skipped rows with their line numbers. Memory stays
    /// small however long the file: rows are read as spans, and a call id is kept as a 16-byte key
    /// with the line it was first seen on.
    /// </summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all.</exception>
    public static ExportReport BuildAny(Stream stream, CdrFormat format, string sourceName, IProgress<CdrProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var tally = new ExportTally(stream, progress, cancellationToken);
        ExportReader.Read(stream, format, tally, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        tally.Finish();
        return tally.Counter.ToReport(sourceName, tally.Duplicates, tally.Skipped);
    }

    /// <summary>The report on a Plivo CDR export, as <see cref="BuildAny"/> reads it.</summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all, or is a Bolna export.</exception>
    public static HangupReport Build(Stream stream, CdrFormat format, string sourceName, IProgress<CdrProgress>? progress = null, CancellationToken cancellationToken = default)
        => BuildAny(stream, format, sourceName, progress, cancellationToken).Plivo
            ?? throw new CdrFormatException($"{sourceName} is a Bolna export, not a Plivo CDR export.");

    /// <summary>The report on a Bolna export, as <see cref="BuildAny"/> reads it.</summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all, or is a Plivo CDR export.</exception>
    public static BolnaReport BuildBolna(Stream stream, CdrFormat format, string sourceName, IProgress<CdrProgress>? progress = null, CancellationToken cancellationToken = default)
        => BuildAny(stream, format, sourceName, progress, cancellationToken).Bolna
            ?? throw new CdrFormatException($"{sourceName} is not a Bolna export: its header has no {BolnaFields.HangupBy} or {BolnaFields.HangupReason}.");
}

using System;
using System.Diagnostics;
using System.IO;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Commands;

/// <summary>
/// Shows how far a large file has been read, on one line of standard error rewritten in place, so
/// the report on standard output stays clean for redirection.
/// </summary>
internal sealed class ConsoleProgress : IProgress<CdrProgress>
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter _writer;
    private readonly string _fileName;
    private readonly Stopwatch _sinceLastWrite = new();
    private bool _written;

    /// <summary>Writes progress for <paramref name="fileName"/> to <paramref name="writer"/>.</summary>
    public ConsoleProgress(TextWriter writer, string fileName)
    {
        _writer = writer;
        _fileName = fileName;
    }

    /// <inheritdoc/>
    public void Report(CdrProgress value)
    {
        bool done = value.Fraction >= 1;
        if (_written && !done && _sinceLastWrite.Elapsed < s_interval)
        {
            return;
        }

        string percent = value.Fraction is double fraction ? ReportFormat.Percent(fraction) : "?";
        _writer.Write($"\rReading {_fileName}: {percent} ({ReportFormat.Count(value.Rows)} rows)");
        _writer.Flush();
        _written = true;
        _sinceLastWrite.Restart();
    }

    /// <summary>Ends the progress line.</summary>
    public void Finish()
    {
        if (_written)
        {
            _writer.WriteLine();
        }
    }
}

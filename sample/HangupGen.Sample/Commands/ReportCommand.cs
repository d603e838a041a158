using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Commands;

/// <summary><c>report [file]</c>: why the calls of a CDR export ended; with no file, the embedded sample.</summary>
internal static class ReportCommand
{
    // Smaller files are read before a progress line could be seen.
    private const long ProgressThresholdBytes = 1024 * 1024;

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        CommandArguments? arguments = CommandArguments.Parse(args, [], maxPositional: 1, out string? usageError);
        if (arguments is null)
        {
            return SampleCommands.UsageError(usageError!, error);
        }

        HangupReport report;
        if (arguments.Positional.Count == 0)
        {
            using Stream sample = SampleCdr.Open();
            report = CdrReport.Build(sample, CdrFormat.Csv, $"{SampleCdr.FileName} (the embedded sample; 'report FILE' reads yours)", null, cancellationToken);
        }
        else
        {
            string path = arguments.Positional[0];
            try
            {
                report = ReadFile(path, error, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CdrFormatException)
            {
                error.WriteLine($"Cannot report on {path}: {exception.Message}");
                return ExitCodes.Failure;
            }
        }

        TextReportWriter.Write(report, output);
        return ExitCodes.Success;
    }

    private static HangupReport ReadFile(string path, TextWriter error, CancellationToken cancellationToken)
    {
        using FileStream stream = File.OpenRead(path);
        string fileName = Path.GetFileName(path);
        ConsoleProgress? progress = stream.Length >= ProgressThresholdBytes ? new ConsoleProgress(error, fileName) : null;
        try
        {
            return CdrReport.Build(stream, CdrFormats.Detect(path, stream), fileName, progress, cancellationToken);
        }
        finally
        {
            progress?.Finish();
        }
    }
}

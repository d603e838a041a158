using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Commands;

/// <summary><c>report [FILE] [--html PAGE]</c>: why the calls of a CDR export ended; with no file, the embedded sample.</summary>
internal static class ReportCommand
{
    // Smaller files are read before a progress line could be seen.
    private const long ProgressThresholdBytes = 1024 * 1024;

    /// <summary>The <c>report</c> command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "A CDR export: CSV with a header (RFC 4180), or JSON lines (.jsonl, .ndjson, .json). Without it, the embedded sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for the file name.
        file.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: string value }] && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}': report takes a FILE and --html.");
            }
        });
        var html = new Option<FileInfo?>("--html")
        {
            Description = "Also write the report as an HTML page with charts (no script, no external files) to this file.",
            HelpName = "PAGE",
        };
        var command = new Command("report", "Report why the calls of a CDR export ended: by category, source, cause and follow-up.") { file, html };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(
            Run(parsed.GetValue(file), parsed.GetValue(html), output, error, cancellationToken)));
        return command;
    }

    /// <summary>The report on the embedded sample, as a run with no arguments prints it.</summary>
    public static int ReportEmbedded(TextWriter output, CancellationToken cancellationToken)
        => Run(null, null, output, TextWriter.Null, cancellationToken);

    /// <summary>Runs the command.</summary>
    public static int Run(FileInfo? file, FileInfo? html, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        HangupReport report;
        if (file is null)
        {
            using Stream sample = SampleCdr.Open();
            report = CdrReport.Build(sample, CdrFormat.Csv, $"{SampleCdr.FileName} (the embedded sample; 'report FILE' reads yours)", null, cancellationToken);
        }
        else
        {
            try
            {
                report = ReadFile(file.FullName, error, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CdrFormatException)
            {
                error.WriteLine($"Cannot report on {file}: {exception.Message}");
                return ExitCodes.Failure;
            }
        }

        TextReportWriter.Write(report, output);
        if (html is not null)
        {
            try
            {
                File.WriteAllText(html.FullName, HtmlReportWriter.Write(report));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot write {html}: {exception.Message}");
                return ExitCodes.Failure;
            }
        }

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

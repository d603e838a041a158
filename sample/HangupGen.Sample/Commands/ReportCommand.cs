using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Commands;

/// <summary><c>report [FILE] [--html PAGE] [--sample plivo|bolna]</c>: why the calls of a Plivo CDR or Bolna export ended; with no file, an embedded sample.</summary>
internal static class ReportCommand
{
    /// <summary>The <c>--sample</c> name of the embedded Plivo CDR export.</summary>
    public const string PlivoSample = "plivo";

    /// <summary>The <c>--sample</c> name of the embedded Bolna export.</summary>
    public const string BolnaSample = "bolna";

    // Smaller files are read before a progress line could be seen.
    private const long ProgressThresholdBytes = 1024 * 1024;

    /// <summary>The <c>report</c> command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "A Plivo CDR or Bolna export: CSV with a header (RFC 4180), or JSON lines (.jsonl, .ndjson, .json). Without it, the embedded sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for the file name.
        file.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: string value }] && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}': report takes a FILE, --html and --sample.");
            }
        });
        var html = new Option<FileInfo?>("--html")
        {
            Description = "Also write the report as an HTML page with charts (no script, no external files) to this file.",
            HelpName = "PAGE",
        };
        var sample = new Option<string?>("--sample")
        {
            Description = $"Report on an embedded sample instead of a file: {PlivoSample} (the CDR export, as with no FILE) or {BolnaSample} (a Bolna export).",
            HelpName = "NAME",
        };
        sample.AcceptOnlyFromAmong(PlivoSample, BolnaSample);
        var command = new Command(
            "report",
            "Report why the calls of an export ended. A Plivo CDR export: by category, source, cause and follow-up. "
            + "A Bolna export (hangup_by, hangup_code, hangup_reason): by who hung up, by reason, by cause, and the undocumented (hangup_by, code) pairs.")
        {
            file, html, sample,
        };
        command.Validators.Add(result =>
        {
            // By the tokens given, not the values: converting the FILE here would hide its own errors.
            if (result.GetResult(file) is { Tokens.Count: > 0 } && result.GetResult(sample) is { Tokens.Count: > 0 })
            {
                result.AddError("report takes a FILE or --sample, not both.");
            }
        });
        command.SetAction((parsed, cancellationToken) => Task.FromResult(
            parsed.GetValue(sample) == BolnaSample
                ? RunBolnaSample(parsed.GetValue(html), output, error, cancellationToken)
                : Run(parsed.GetValue(file), parsed.GetValue(html), output, error, cancellationToken)));
        return command;
    }

    /// <summary>The report on the embedded sample, as a run with no arguments prints it.</summary>
    public static int ReportEmbedded(TextWriter output, CancellationToken cancellationToken)
        => Run(null, null, output, TextWriter.Null, cancellationToken);

    /// <summary>Runs the command on a file, or with none on the embedded Plivo CDR export.</summary>
    public static int Run(FileInfo? file, FileInfo? html, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ExportReport report;
        if (file is null)
        {
            using Stream sample = SampleCdr.Open();
            report = CdrReport.BuildAny(sample, CdrFormat.Csv, $"{SampleCdr.FileName} (the embedded sample; 'report FILE' reads yours)", null, cancellationToken);
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

        return Write(report, html, output, error);
    }

    /// <summary>Runs the command on the embedded Bolna export.</summary>
    public static int RunBolnaSample(FileInfo? html, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        using Stream sample = SampleBolna.Open();
        ExportReport report = CdrReport.BuildAny(sample, CdrFormat.Csv, $"{SampleBolna.FileName} (the embedded Bolna sample; 'report FILE' reads yours)", null, cancellationToken);
        return Write(report, html, output, error);
    }

    private static int Write(ExportReport report, FileInfo? html, TextWriter output, TextWriter error)
    {
        if (report.Bolna is BolnaReport bolna)
        {
            BolnaTextReportWriter.Write(bolna, output);
            if (html is not null)
            {
                // The page's charts are those of a CDR report; a Bolna export's breakdowns are text only.
                error.WriteLine($"Cannot write {html}: the HTML report covers Plivo CDR exports; a Bolna export's report is text only.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }

        HangupReport plivo = report.Plivo!;
        TextReportWriter.Write(plivo, output);
        if (html is not null)
        {
            try
            {
                File.WriteAllText(html.FullName, HtmlReportWriter.Write(plivo));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot write {html}: {exception.Message}");
                return ExitCodes.Failure;
            }
        }

        return ExitCodes.Success;
    }

    private static ExportReport ReadFile(string path, TextWriter error, CancellationToken cancellationToken)
    {
        using FileStream stream = File.OpenRead(path);
        string fileName = Path.GetFileName(path);
        ConsoleProgress? progress = stream.Length >= ProgressThresholdBytes ? new ConsoleProgress(error, fileName) : null;
        try
        {
            return CdrReport.BuildAny(stream, CdrFormats.Detect(path, stream), fileName, progress, cancellationToken);
        }
        finally
        {
            progress?.Finish();
        }
    }
}

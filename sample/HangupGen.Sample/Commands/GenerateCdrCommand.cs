using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;

namespace HangupAnalysis.Commands;

/// <summary>
/// <c>generate-cdr [--seed N] [--count N] [--out FILE]</c>: writes a sample CDR export. The defaults
/// reproduce the embedded <c>Data/sample-cdr.csv</c> byte for byte.
/// </summary>
internal static class GenerateCdrCommand
{
    /// <summary>The <c>generate-cdr</c> command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var seed = new Option<ulong>("--seed")
        {
            Description = "The random seed: the same seed and count give the same file.",
            HelpName = "N",
            DefaultValueFactory = _ => SampleCdr.Seed,
        };
        var count = new Option<int>("--count")
        {
            Description = "How many calls to write.",
            HelpName = "N",
            DefaultValueFactory = _ => SampleCdr.CallCount,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"--count must be a positive whole number.");
            }
        });
        var path = new Option<FileInfo?>("--out")
        {
            Description = "The file to write; without it, standard output.",
            HelpName = "FILE",
        };
        var command = new Command("generate-cdr", "Write a sample CDR export (CSV, Plivo's field names); the defaults rebuild the embedded one.") { seed, count, path };
        command.SetAction(parsed => Run(parsed.GetValue(seed), parsed.GetValue(count), parsed.GetValue(path), output, error));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(ulong seed, int count, FileInfo? path, TextWriter output, TextWriter error)
    {
        if (path is null)
        {
            SampleCdrGenerator.Write(output, seed, count);
            return ExitCodes.Success;
        }

        try
        {
            using var writer = new StreamWriter(path.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            SampleCdrGenerator.Write(writer, seed, count);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot write {path}: {exception.Message}");
            return ExitCodes.Failure;
        }

        error.WriteLine($"Wrote {ReportFormat.Count(count)} calls to {path} (seed {seed.ToString(CultureInfo.InvariantCulture)}).");
        return ExitCodes.Success;
    }
}

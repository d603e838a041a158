using System.Collections.Generic;
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
    private const string SeedOption = "seed";
    private const string CountOption = "count";
    private const string OutOption = "out";

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        CommandArguments? arguments = CommandArguments.Parse(args, [SeedOption, CountOption, OutOption], maxPositional: 0, out string? usageError);
        if (arguments is null)
        {
            return SampleCommands.UsageError(usageError!, error);
        }

        ulong seed = SampleCdr.Seed;
        if (arguments.Option(SeedOption) is string seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            return SampleCommands.UsageError($"--seed '{seedText}' is not a whole number.", error);
        }

        int count = SampleCdr.CallCount;
        if (arguments.Option(CountOption) is string countText
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count == 0))
        {
            return SampleCommands.UsageError($"--count '{countText}' is not a positive whole number.", error);
        }

        string? path = arguments.Option(OutOption);
        if (path is null)
        {
            SampleCdrGenerator.Write(output, seed, count);
            return ExitCodes.Success;
        }

        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
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

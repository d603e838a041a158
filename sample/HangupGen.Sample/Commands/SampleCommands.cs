using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace HangupAnalysis.Commands;

/// <summary>The command line: with no arguments, the report on the embedded sample CDR export.</summary>
internal static class SampleCommands
{
    private const string Usage = """
        HangupGen sample: why did your Plivo calls end?

        Usage (from the repository root: dotnet run --project sample/HangupGen.Sample -- ARGS):
          (no arguments)                      report on the embedded sample CDR export
          report [FILE]                       report on a CDR export: CSV, or JSON lines (.jsonl, .ndjson, .json)
          serve [--urls URL] [--db PATH]      receive hangup callbacks at /callbacks/hangup and Dial events at
                                              /callbacks/dial; report at /stats (JSON) and / (page).
                                              Defaults: http://127.0.0.1:5080, events kept in memory.
          generate-cdr [--seed N] [--count N] [--out FILE]
                                              write a sample CDR export; the defaults rebuild the embedded one
        """;

    /// <summary>Runs the command <paramref name="args"/> name and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0)
        {
            return ReportCommand.Run([], output, error, cancellationToken);
        }

        string[] rest = args[1..];
        switch (args[0])
        {
            case "report":
                return ReportCommand.Run(rest, output, error, cancellationToken);
            case "serve":
                return await ServeCommand.RunAsync(rest, output, error);
            case "generate-cdr":
                return GenerateCdrCommand.Run(rest, output, error);
            case "help":
            case "--help":
            case "-h":
                output.WriteLine(Usage);
                return ExitCodes.Success;
            default:
                return UsageError($"Unknown command '{args[0]}'.", error);
        }
    }

    /// <summary>Writes the problem and the usage to <paramref name="error"/>.</summary>
    public static int UsageError(string message, TextWriter error)
    {
        error.WriteLine(message);
        error.WriteLine();
        error.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}

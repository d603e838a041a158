using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace HangupAnalysis.Commands;

/// <summary>
/// The command line, on System.CommandLine: with no arguments, the report on the embedded sample CDR
/// export. Every command and option has help (<c>--help</c>); a wrong command line prints what is
/// wrong and the command's help to standard error and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
internal static class SampleCommands
{
    /// <summary>The name help shows: the app as <c>dotnet HangupGen.Sample.dll</c> runs it.</summary>
    public const string AppName = "HangupGen.Sample";

    /// <summary>Runs the command <paramref name="args"/> names and returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
        => RunAsync(args, output, error, Environment.GetEnvironmentVariable, cancellationToken);

    /// <summary>Runs the command, reading environment variables through <paramref name="environment"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        Command root = Build(output, error, environment);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine prints the errors and the command's help; the exit code is ours.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = error, Error = error }, cancellationToken);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    /// <summary>The command tree.</summary>
    public static Command Build(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var root = new Command(
            AppName,
            "HangupGen sample: why did your Plivo calls end? With no command, reports on the embedded sample CDR export. "
            + "From the repository root: dotnet run --project sample/HangupGen.Sample -- [command] [options].")
        {
            new HelpOption { Recursive = true },
            ReportCommand.Create(output, error),
            ServeCommand.Create(output, error, environment),
            GenerateCdrCommand.Create(output, error),
        };
        root.SetAction((_, cancellationToken) => Task.FromResult(ReportCommand.ReportEmbedded(output, cancellationToken)));
        return root;
    }
}

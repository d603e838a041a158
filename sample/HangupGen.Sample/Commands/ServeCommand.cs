using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace HangupAnalysis.Commands;

/// <summary><c>serve [--urls URL] [--db PATH]</c>: receives Plivo's hangup callbacks until stopped (Ctrl+C).</summary>
internal static class ServeCommand
{
    private const string UrlsOption = "urls";
    private const string DatabaseOption = "db";

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        CommandArguments? arguments = CommandArguments.Parse(args, [UrlsOption, DatabaseOption], maxPositional: 0, out string? usageError);
        if (arguments is null)
        {
            return SampleCommands.UsageError(usageError!, error);
        }

        var options = new ServeOptions(arguments.Option(UrlsOption) ?? ServeOptions.DefaultUrls, arguments.Option(DatabaseOption));
        try
        {
            await using WebApplication app = SampleWebApp.Create(options);
            await app.StartAsync();
            output.WriteLine($"Receiving Plivo callbacks ({options.DatabasePath ?? "in memory: lost on exit; --db PATH keeps them"}):");
            foreach (string url in app.Urls)
            {
                output.WriteLine($"  hangup_url       POST {url}{CallbackEndpoints.HangupPath}");
                output.WriteLine($"  Dial callbackUrl POST {url}{CallbackEndpoints.DialPath}");
                output.WriteLine($"  report           GET  {url}{StatsEndpoints.StatsPath} (JSON), {url}/ (page)");
            }

            output.WriteLine("Ctrl+C stops.");
            await app.WaitForShutdownAsync();
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or SqliteException or FormatException or InvalidOperationException)
        {
            error.WriteLine($"Cannot serve on {options.Urls}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}

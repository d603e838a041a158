using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace HangupAnalysis.Commands;

/// <summary><c>serve [--urls URL] [--db PATH] [--auth-token TOKEN] [--public-url URL]</c>: receives Plivo's hangup callbacks until stopped (Ctrl+C).</summary>
internal static class ServeCommand
{
    /// <summary>The <c>serve</c> command; <paramref name="environment"/> reads <c>PLIVO_AUTH_TOKEN</c>.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; port 0 picks a free port. Loopback by default: put a reverse proxy or tunnel in front to receive Plivo's posts.",
            HelpName = "URL",
            DefaultValueFactory = _ => ServeOptions.DefaultUrls,
        };
        var database = new Option<string?>("--db")
        {
            Description = "The SQLite file to store events in (created if missing); without it, events are kept in memory and lost on exit.",
            HelpName = "PATH",
        };
        var authToken = new Option<string?>("--auth-token")
        {
            Description = $"Plivo's auth token: every callback must then carry a valid X-Plivo-Signature-V3 (403 otherwise). Default: the {ServeOptions.AuthTokenVariable} environment variable. Without either, callbacks are not verified.",
            HelpName = "TOKEN",
        };
        var publicUrl = new Option<Uri?>("--public-url")
        {
            Description = "Behind a proxy: the public URL this app is reached at (such as https://hooks.example.com/plivo). Signatures cover the URL Plivo called: this, then the request's path and query.",
            HelpName = "URL",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
                {
                    return url;
                }

                result.AddError($"--public-url '{text}' is not an absolute http or https URL.");
                return null;
            },
        };
        var command = new Command("serve", "Receive Plivo's hangup callbacks (POST /callbacks/hangup) and Dial events (POST /callbacks/dial); report at /stats (JSON) and / (page), OpenAPI at /openapi/v1.json.")
        {
            urls, database, authToken, publicUrl,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            string? token = parsed.GetValue(authToken) ?? environment(ServeOptions.AuthTokenVariable);
            var options = new ServeOptions(parsed.GetValue(urls)!, parsed.GetValue(database))
            {
                AuthToken = string.IsNullOrEmpty(token) ? null : token,
                PublicUrl = parsed.GetValue(publicUrl),
            };
            return RunAsync(options, output, error, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the receiver until shutdown.</summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            await using WebApplication app = SampleWebApp.Create(options);
            await app.StartAsync(cancellationToken);
            output.WriteLine($"Receiving Plivo callbacks ({options.DatabasePath ?? "in memory: lost on exit; --db PATH keeps them"}):");
            foreach (string url in app.Urls)
            {
                output.WriteLine($"  hangup_url       POST {url}{options.HangupPath}");
                output.WriteLine($"  Dial callbackUrl POST {url}{options.DialPath}");
                output.WriteLine($"  report           GET  {url}{StatsEndpoints.StatsPath} (JSON), {url}/ (page), {url}{StatsEndpoints.OpenApiPath} (OpenAPI)");
            }

            output.WriteLine(options.AuthToken is null
                ? $"Callbacks are NOT verified: anyone who can reach this server can post hangups. Set {ServeOptions.AuthTokenVariable} or --auth-token to require Plivo's signature."
                : $"Callbacks are verified: each must carry a valid {PlivoSignatureV3.SignatureHeader} for {(options.PublicUrl is Uri publicUrl ? $"the public URL {publicUrl}" : "the URL it was sent to (behind a proxy, set --public-url)")}.");
            output.WriteLine("Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (HangupStoreException exception)
        {
            error.WriteLine($"Cannot serve: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or SqliteException or FormatException or InvalidOperationException)
        {
            error.WriteLine($"Cannot serve on {options.Urls}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}

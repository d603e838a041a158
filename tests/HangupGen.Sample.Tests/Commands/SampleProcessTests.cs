using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Commands;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Commands;

/// <summary>The built app run as a real process, as the README's commands run it.</summary>
public sealed class SampleProcessTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_no_arguments_the_app_prints_the_report_from_any_working_directory()
    {
        using var directory = new TempDirectory();
        using Process app = StartApp(directory.Path);
        using var timeout = new CancellationTokenSource(s_timeout);

        Task<string> output = app.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> error = app.StandardError.ReadToEndAsync(timeout.Token);
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(string.Empty, await error);
        Assert.Equal(ExitCodes.Success, app.ExitCode);
        Assert.StartsWith("Why calls ended: sample-cdr.csv", await output, StringComparison.Ordinal);
        Assert.Contains("Retry-worthy: ", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_sample_bolna_prints_the_bolna_report_from_any_working_directory()
    {
        using var directory = new TempDirectory();
        using Process app = StartApp(directory.Path, "report", "--sample", "bolna");
        using var timeout = new CancellationTokenSource(s_timeout);

        Task<string> output = app.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> error = app.StandardError.ReadToEndAsync(timeout.Token);
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(string.Empty, await error);
        Assert.Equal(ExitCodes.Success, app.ExitCode);
        Assert.StartsWith("Why calls ended (Bolna export): sample-bolna.csv", await output, StringComparison.Ordinal);
        Assert.Contains("Not counted: 4 rows", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_receives_callbacks_over_http_and_stores_them_in_the_database_file()
    {
        using var directory = new TempDirectory();
        string database = directory.File("events.db");
        using Process app = StartApp(directory.Path, "serve", "--urls", "http://127.0.0.1:0", "--db", database);
        try
        {
            using var timeout = new CancellationTokenSource(s_timeout);
            Uri baseAddress = await ReadHangupUrlAsync(app, timeout.Token);
            using var client = new HttpClient { BaseAddress = baseAddress };

            using HttpResponseMessage posted = await client.PostAsync(
                "/callbacks/hangup",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["CallUUID"] = "call-1", ["HangupCauseCode"] = "3010", ["HangupSource"] = "Carrier" }),
                timeout.Token);
            JsonElement stats = JsonDocument.Parse(await client.GetStringAsync("/stats", timeout.Token)).RootElement;

            Assert.Equal(System.Net.HttpStatusCode.OK, posted.StatusCode);
            Assert.Equal(1, stats.GetProperty("totalCalls").GetInt32());
            Assert.True(File.Exists(database));
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_says_at_start_up_whether_callbacks_are_verified_and_reads_the_token_from_plivo_auth_token()
    {
        using var directory = new TempDirectory();
        using Process open = StartAppWithToken(directory.Path, null, "serve", "--urls", "http://127.0.0.1:0");
        using Process verified = StartAppWithToken(directory.Path, "token-from-the-environment", "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            using var timeout = new CancellationTokenSource(s_timeout);
            var openBanner = new List<string>();
            var verifiedBanner = new List<string>();
            await ReadHangupUrlAsync(open, timeout.Token, openBanner);
            Uri verifiedAddress = await ReadHangupUrlAsync(verified, timeout.Token, verifiedBanner);
            using var client = new HttpClient { BaseAddress = verifiedAddress };
            using HttpResponseMessage unsigned = await client.PostAsync(
                "/callbacks/hangup", new FormUrlEncodedContent(new Dictionary<string, string> { ["CallUUID"] = "call-1", ["HangupCauseCode"] = "3010" }), timeout.Token);

            Assert.Contains(openBanner, line => line.StartsWith("Callbacks are NOT verified", StringComparison.Ordinal) && line.Contains("PLIVO_AUTH_TOKEN", StringComparison.Ordinal));
            Assert.Contains(verifiedBanner, line => line.StartsWith("Callbacks are verified", StringComparison.Ordinal));
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, unsigned.StatusCode);
        }
        finally
        {
            foreach (Process app in new[] { open, verified })
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
        }
    }

    private static async Task<Uri> ReadHangupUrlAsync(Process app, CancellationToken cancellationToken, List<string>? banner = null)
    {
        var listening = new Regex(@"hangup_url\s+POST (http://127\.0\.0\.1:\d+)/callbacks/hangup");
        Uri? address = null;
        while (await app.StandardOutput.ReadLineAsync(cancellationToken) is string line)
        {
            banner?.Add(line);
            Match match = listening.Match(line);
            if (match.Success)
            {
                address = new Uri(match.Groups[1].Value);
            }

            if (address is not null && (banner is null || line.StartsWith("Ctrl+C", StringComparison.Ordinal)))
            {
                return address;
            }
        }

        throw new InvalidOperationException($"The app exited ({app.ExitCode}) without listening: {await app.StandardError.ReadToEndAsync(cancellationToken)}");
    }

    private static Process StartApp(string workingDirectory, params string[] args) => StartAppWithToken(workingDirectory, null, args);

    private static Process StartAppWithToken(string workingDirectory, string? authToken, params string[] args)
    {
        // The sample's build output is copied next to the tests; run it with the same dotnet host.
        string app = typeof(SampleCommands).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath is string host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("PLIVO_AUTH_TOKEN");
        if (authToken is not null)
        {
            start.Environment["PLIVO_AUTH_TOKEN"] = authToken;
        }

        start.ArgumentList.Add(app);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }
}

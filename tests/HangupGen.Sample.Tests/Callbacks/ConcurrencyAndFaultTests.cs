using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Commands;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Callbacks;

/// <summary>Plivo's retries arriving at once, and the faults a deployment meets: a bad database, an oversized body.</summary>
public sealed class ConcurrencyAndFaultTests
{
    [Fact]
    public async Task Two_hundred_concurrent_deliveries_of_fifty_calls_store_exactly_fifty()
    {
        using var directory = new TempDirectory();
        await using SampleServer server = await SampleServer.StartAsync(directory.File("events.db"));

        // 25 calls through hangup_url and 25 through a Dial callbackUrl, each delivered 4 times, shuffled.
        var deliveries = new List<(string Path, (string Name, string Value)[] Form)>();
        for (int call = 0; call < 50; call++)
        {
            (string, (string, string)[]) delivery = call % 2 == 0
                ? (CallbackEndpoints.HangupPath, PlivoCallbacks.Hangup($"call-{call}"))
                : (CallbackEndpoints.DialPath, PlivoCallbacks.DialHangup($"a-leg-{call}"));
            deliveries.AddRange(Enumerable.Repeat(delivery, 4));
        }

        var random = new Random(15);
        deliveries = [.. deliveries.OrderBy(_ => random.Next())];
        HttpResponseMessage[] responses = await Task.WhenAll(deliveries.Select(delivery => server.PostFormAsync(delivery.Path, delivery.Form)));
        string[] statuses = await Task.WhenAll(responses.Select(async response =>
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
            response.Dispose();
            return status;
        }));

        Assert.Equal(200, statuses.Length);
        Assert.Equal(50, statuses.Count(status => status == "stored"));
        Assert.Equal(150, statuses.Count(status => status == "duplicate"));
        JsonElement stats = await server.GetStatsAsync();
        Assert.Equal(50, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(150, stats.GetProperty("duplicatesIgnored").GetInt32());
    }

    [Theory]
    [InlineData("missing directory")]
    [InlineData("a directory")]
    [InlineData("not a database")]
    public async Task A_database_that_cannot_be_opened_or_written_stops_serve_at_start_up(string kind)
    {
        using var directory = new TempDirectory();
        string path = kind switch
        {
            "missing directory" => Path.Combine(directory.Path, "no-such-dir", "events.db"),
            "a directory" => directory.Path,
            _ => directory.Write("events.db", "these are not the pages of an SQLite database, just some text that is long enough to fail the header check"),
        };
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = await SampleCommands.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--db", path], output, error, _ => null);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.StartsWith($"Cannot serve: the database {path} cannot be opened or written (", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Receiving", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_a_413_problem_over_kestrel()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        string padding = new('x', (int)ServeOptions.DefaultMaxRequestBodyBytes);

        using HttpResponseMessage response = await server.PostFormAsync(CallbackEndpoints.HangupPath, [.. PlivoCallbacks.Hangup("big-1"), ("Padding", padding)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await server.GetStatsAsync()).GetProperty("totalCalls").GetInt32());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_cut_off_by_kestrel_and_not_stored()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        string padding = new('x', (int)ServeOptions.DefaultMaxRequestBodyBytes);
        using var chunked = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("CallUUID=big-2&HangupCauseCode=3010&Padding=" + padding)));
        chunked.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, CallbackEndpoints.HangupPath) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        // Kestrel answers 413 as soon as the body passes the limit; the client may still be sending
        // then and see the connection close instead. Either way the call is not stored.
        try
        {
            using HttpResponseMessage response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
        }

        Assert.Equal(0, (await server.GetStatsAsync()).GetProperty("totalCalls").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_in_the_in_memory_host()
    {
        await using var app = new SampleAppFactory();
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await client.PostAsync(CallbackEndpoints.DialPath, new FormUrlEncodedContent(
            [new KeyValuePair<string, string>("Padding", new string('x', (int)ServeOptions.DefaultMaxRequestBodyBytes))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

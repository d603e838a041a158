using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>
/// The sample's callback receiver on a real Kestrel, listening on 127.0.0.1 at a port the system
/// picks (port 0), with an HTTP client pointed at it.
/// </summary>
internal sealed class SampleServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SampleServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<SampleServer> StartAsync(string? databasePath = null)
    {
        WebApplication app = SampleWebApp.Create(new ServeOptions("http://127.0.0.1:0", databasePath, LogLevel.None));
        await app.StartAsync();
        return new SampleServer(app, new Uri(app.Urls.Single()));
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
        => Client.PostAsync(path, new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));

    public async Task<JsonElement> PostFormForJsonAsync(string path, params (string Name, string Value)[] fields)
    {
        using HttpResponseMessage response = await PostFormAsync(path, fields);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public async Task<JsonElement> GetStatsAsync()
    {
        using HttpResponseMessage response = await Client.GetAsync(StatsEndpoints.StatsPath);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

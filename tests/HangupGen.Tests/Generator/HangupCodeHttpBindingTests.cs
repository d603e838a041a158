using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using HangupGen.Tests.Generated;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HangupGen.Tests.Generator;

/// <summary>
/// A real minimal-API application, on Kestrel over loopback HTTP, binds a <see cref="HangupCode"/>
/// parameter from the query string, the route and a form, the way a Plivo callback arrives: through
/// the generated <c>TryParse</c>, with no converter or binder of the user's. Rejected text gets
/// ASP.NET Core's own 400 response (the Development error page, which names the parameter and the value).
/// </summary>
public sealed class HangupCodeHttpBindingTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public static TheoryData<string> Accepted => ["3010", "3015", "0"];

    public static TheoryData<string> Rejected => ["abc", "03010", "1,2", "-1", "+3010", "2147483648"];

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/query", (HangupCode code) => Describe(code));
        _app.MapGet("/route/{code}", (HangupCode code) => Describe(code));
        _app.MapPost("/form", ([FromForm] HangupCode code) => Describe(code)).DisableAntiforgery();
        await _app.StartAsync();

        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Code_binds_from_the_query_string(string text)
        => await AssertBinds(await _client!.GetAsync("/query?code=" + Uri.EscapeDataString(text)), text);

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Code_binds_from_the_route(string text)
        => await AssertBinds(await _client!.GetAsync("/route/" + Uri.EscapeDataString(text)), text);

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Code_binds_from_a_form(string text)
        => await AssertBinds(await PostForm(text), text);

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Text_that_is_not_a_code_is_a_bad_request_from_the_query_string(string text)
        => await AssertRejected(await _client!.GetAsync("/query?code=" + Uri.EscapeDataString(text)), text);

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Text_that_is_not_a_code_is_a_bad_request_from_the_route(string text)
        => await AssertRejected(await _client!.GetAsync("/route/" + Uri.EscapeDataString(text)), text);

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Text_that_is_not_a_code_is_a_bad_request_from_a_form(string text)
        => await AssertRejected(await PostForm(text), text);

    private static string Describe(HangupCode code)
        => code.Value + "|" + code.Name + "|" + (code.TryGetCategory(out HangupCategory category) ? category.GetName() : "none");

    private Task<HttpResponseMessage> PostForm(string text)
        => _client!.PostAsync("/form", new FormUrlEncodedContent([new KeyValuePair<string, string>("code", text)]));

    private static async Task AssertBinds(HttpResponseMessage response, string text)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        HangupCode expected = HangupCode.Parse(text);
        Assert.Equal(expected.Value + "|" + expected.Name + "|" + (expected.TryGetCategory(out HangupCategory category) ? category.GetName() : "none"), body);
        Assert.Contains(text switch { "3010" => "3010|Busy Line|Call Rejections", "3015" => "3015|Undocumented hangup code 3015|Call Rejections", _ => "0|Unknown|Unknown" }, body, StringComparison.Ordinal);
    }

    private static async Task AssertRejected(HttpResponseMessage response, string text)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadHttpRequestException", body, StringComparison.Ordinal);
        Assert.Contains("Failed to bind parameter \"HangupCode code\" from \"" + text + "\".", body, StringComparison.Ordinal);
    }
}

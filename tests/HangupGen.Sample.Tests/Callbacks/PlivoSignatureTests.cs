using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace HangupAnalysis.Tests.Callbacks;

/// <summary>
/// Plivo's V3 request signature against the published vectors of Plivo's own .NET SDK tests
/// (plivo/plivo-dotnet, tests/Plivo.Test/TestSignatureV3.cs): the function, then the receiver over
/// HTTP in an in-memory host mounted where those requests were signed.
/// </summary>
public sealed class PlivoSignatureTests
{
    private const string AuthToken = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4";
    private const string Nonce = "31627761595286130198";
    private const string Origin = "https://plivobin.non-prod.plivops.com";
    private const string Path = "/api/v1/validate_signature03.xml";
    private const string PostWithQuerySignature = "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=";
    private const string GetSignature = "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ=";
    private const string PostSignature = "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=";
    private const string GetSignature2 = "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc=";

    // The parameters of every published vector: a StartApp event.
    private static readonly (string Name, string Value)[] s_parameters =
    [
        ("Direction", "outbound"),
        ("From", "19792014278"),
        ("ALegUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"),
        ("SessionStart", "2020-04-08 11:34:33.238707"),
        ("BillRate", "0.002"),
        ("ParentAuthID", "MANWVLYTK4ZWU1YTY4QA"),
        ("To", "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com"),
        ("RequestUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"),
        ("ALegRequestUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"),
        ("CallUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"),
        ("SIP-H-To", "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1"),
        ("CallStatus", "in-progress"),
        ("Event", "StartApp"),
    ];

    // TestSignatureV3Pass2's signature is that of the URL of Pass1, with "/?a=b&c=d" (checked by an
    // independent computation: without the query it cannot match, as Pass4 has the same inputs and
    // another signature); the SDK file lists it without the query, and as stored does not compile.
    [Theory]
    [InlineData("POST", Origin + Path + "/?a=b&c=d", PostWithQuerySignature)]
    [InlineData("GET", Origin + Path + "/?a=b&c=d", GetSignature)]
    [InlineData("POST", Origin + Path, PostSignature)]
    [InlineData("GET", Origin + Path, GetSignature2)]
    public void The_published_vectors_verify(string method, string url, string signature)
    {
        Assert.True(PlivoSignatureV3.Verify(AuthToken, method, new Uri(url), Parameters(s_parameters), Nonce, signature));
    }

    [Fact]
    public void The_post_base_string_is_the_url_then_the_sorted_query_then_the_sorted_parameters()
    {
        string text = PlivoSignatureV3.BuildBaseString("POST", new Uri(Origin + Path + "/?c=d&a=b"), Parameters([("b", "2"), ("a", "1")]));

        Assert.Equal(Origin + Path + "/?a=b&c=d.a1b2", text);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("nonce")]
    [InlineData("url")]
    [InlineData("parameter")]
    [InlineData("method")]
    public void Changing_anything_signed_fails(string change)
    {
        (string Name, string Value)[] parameters = change == "parameter"
            ? [.. s_parameters.Where(p => p.Name != "From"), ("From", "19792014279")]
            : s_parameters;

        bool verified = PlivoSignatureV3.Verify(
            change == "token" ? AuthToken + "x" : AuthToken,
            change == "method" ? "GET" : "POST",
            new Uri(change == "url" ? Origin + "/api/v1/other.xml" : Origin + Path),
            Parameters(parameters),
            change == "nonce" ? "31627761595286130199" : Nonce,
            PostSignature);

        Assert.False(verified);
    }

    [Theory]
    [InlineData(PostSignature, true)]
    [InlineData("bm90IGl0=," + PostSignature, true)]
    [InlineData(GetSignature + ", " + PostSignature, true)]
    [InlineData(GetSignature + "," + GetSignature2, false)]
    [InlineData("", false)]
    [InlineData(",", false)]
    public void Any_of_several_comma_separated_signatures_may_match(string header, bool expected)
    {
        Assert.Equal(expected, PlivoSignatureV3.Verify(AuthToken, "POST", new Uri(Origin + Path), Parameters(s_parameters), Nonce, header));
    }

    [Theory]
    [InlineData(Path, PostSignature)]
    [InlineData(Path + "/?a=b&c=d", PostWithQuerySignature)]
    public async Task A_request_with_a_published_signature_is_let_through(string pathAndQuery, string signature)
    {
        await using SampleAppFactory app = VectorApp();
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await PostVectorAsync(client, pathAndQuery, signature, Nonce);

        // Through the guard: the StartApp event is then refused for what it lacks, a hangup code.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["HangupCauseCode"], errors.EnumerateObject().Select(error => error.Name));
    }

    [Theory]
    [InlineData("unsigned", Path, null, null)]
    [InlineData("no nonce", Path, PostSignature, null)]
    [InlineData("wrong nonce", Path, PostSignature, "1")]
    [InlineData("wrong signature", Path, GetSignature, Nonce)]
    [InlineData("wrong URL: signed without the query", Path + "/?a=b&c=d", PostSignature, Nonce)]
    [InlineData("wrong URL: signed with the query", Path, PostWithQuerySignature, Nonce)]
    [InlineData("several signatures, none right", Path, GetSignature + "," + GetSignature2, Nonce)]
    public async Task A_request_without_a_valid_signature_gets_a_403_problem(string why, string pathAndQuery, string? signature, string? nonce)
    {
        await using SampleAppFactory app = VectorApp();
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await PostVectorAsync(client, pathAndQuery, signature, nonce);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, why);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal("The request is not signed by Plivo.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_tampered_parameter_gets_a_403()
    {
        await using SampleAppFactory app = VectorApp();
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await PostAsync(
            client, Path, [.. s_parameters.Where(p => p.Name != "From"), ("From", "19792014279")], PostSignature, Nonce);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_public_url_the_request_url_is_checked_and_the_vector_fails()
    {
        await using SampleAppFactory app = VectorApp(publicUrl: null);
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await PostVectorAsync(client, Path, PostSignature, Nonce);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Signed_hangups_are_stored_and_refused_ones_are_not()
    {
        var publicUrl = new Uri("https://hooks.example.com/plivo");
        await using var app = new SampleAppFactory(new ServeOptions("http://localhost", null, LogLevel.None) { AuthToken = AuthToken, PublicUrl = publicUrl });
        using HttpClient client = app.CreateClient();
        (string Name, string Value)[] hangup = PlivoCallbacks.Hangup("signed-1");
        string signature = PlivoSignatureV3.Compute(
            AuthToken,
            PlivoSignatureV3.BuildBaseString("POST", new Uri("https://hooks.example.com/plivo" + CallbackEndpoints.HangupPath), Parameters(hangup)),
            Nonce);

        using HttpResponseMessage stored = await PostAsync(client, CallbackEndpoints.HangupPath, hangup, signature, Nonce);
        using HttpResponseMessage unsigned = await PostAsync(client, CallbackEndpoints.HangupPath, PlivoCallbacks.Hangup("unsigned-1"), null, null);
        using HttpResponseMessage forged = await PostAsync(client, CallbackEndpoints.HangupPath, PlivoCallbacks.Hangup("forged-1"), signature, Nonce);
        JsonElement stats = JsonDocument.Parse(await client.GetStringAsync(StatsEndpoints.StatsPath)).RootElement;

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(1, stats.GetProperty("totalCalls").GetInt32());
    }

    [Fact]
    public async Task Without_an_auth_token_callbacks_are_not_verified()
    {
        await using var app = new SampleAppFactory();
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage response = await PostAsync(client, CallbackEndpoints.HangupPath, PlivoCallbacks.Hangup("call-1"), null, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static SampleAppFactory VectorApp(string? publicUrl = Origin)
        => new(new ServeOptions("http://localhost", null, LogLevel.None)
        {
            AuthToken = AuthToken,
            PublicUrl = publicUrl is null ? null : new Uri(publicUrl),
            HangupPath = Path,
        });

    private static Task<HttpResponseMessage> PostVectorAsync(HttpClient client, string pathAndQuery, string? signature, string? nonce)
        => PostAsync(client, pathAndQuery, s_parameters, signature, nonce);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pathAndQuery, (string Name, string Value)[] fields, string? signature, string? nonce)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery)
        {
            Content = new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))),
        };
        if (signature is not null)
        {
            request.Headers.Add(PlivoSignatureV3.SignatureHeader, signature);
        }

        if (nonce is not null)
        {
            request.Headers.Add(PlivoSignatureV3.NonceHeader, nonce);
        }

        return await client.SendAsync(request);
    }

    private static IEnumerable<KeyValuePair<string, StringValues>> Parameters((string Name, string Value)[] fields)
        => fields.GroupBy(field => field.Name).Select(group => new KeyValuePair<string, StringValues>(group.Key, group.Select(field => field.Value).ToArray()));
}

using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Tests.Infrastructure;
using HangupGen;

namespace HangupAnalysis.Tests.Callbacks;

/// <summary>The OpenAPI document: every endpoint, and the hangup fields described from the generated types.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_document_describes_every_endpoint()
    {
        JsonElement document = await GetDocumentAsync();

        JsonElement paths = document.GetProperty("paths");
        Assert.Equal(
            ["/", CallbackEndpoints.DialPath, CallbackEndpoints.HangupPath, StatsEndpoints.StatsPath],
            paths.EnumerateObject().Select(path => path.Name).Order(System.StringComparer.Ordinal));
        JsonElement hangup = paths.GetProperty(CallbackEndpoints.HangupPath).GetProperty("post");
        Assert.Equal(CallbackOpenApi.ReceiveHangup, hangup.GetProperty("operationId").GetString());
        Assert.Equal(["200", "400", "403", "413", "415"], hangup.GetProperty("responses").EnumerateObject().Select(response => response.Name).Order());
    }

    [Fact]
    public async Task The_hangup_fields_list_the_documented_codes_names_and_sources()
    {
        JsonElement document = await GetDocumentAsync();
        JsonElement form = document.GetProperty("paths").GetProperty(CallbackEndpoints.HangupPath).GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema").GetProperty("properties");

        string codes = form.GetProperty("HangupCauseCode").GetProperty("description").GetString()!;
        string names = form.GetProperty("HangupCauseName").GetProperty("description").GetString()!;
        Assert.All(HangupCauses.All, cause =>
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{(int)cause} {cause.GetName()}"), codes, System.StringComparison.Ordinal);
            Assert.Contains(cause.GetName(), names, System.StringComparison.Ordinal);
        });
        Assert.Equal(
            HangupSources.All.Select(source => source.GetName()),
            form.GetProperty("HangupSource").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }

    private static async Task<JsonElement> GetDocumentAsync()
    {
        await using var app = new SampleAppFactory();
        using HttpClient client = app.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(StatsEndpoints.OpenApiPath)).RootElement.Clone();
    }
}

using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Hangups;
using HangupAnalysis.Tests.Infrastructure;
using HangupGen;

namespace HangupAnalysis.Tests.Callbacks;

/// <summary>The callback receiver over real HTTP: a Kestrel on 127.0.0.1, a free port, an HttpClient.</summary>
public sealed class CallbackServerTests
{
    private const string Hangup = CallbackEndpoints.HangupPath;
    private const string Dial = CallbackEndpoints.DialPath;

    [Fact]
    public async Task A_valid_hangup_callback_is_stored_and_counted()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        JsonElement receipt = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));

        Assert.Equal("stored", receipt.GetProperty("status").GetString());
        Assert.Equal("call-1", receipt.GetProperty("callUuid").GetString());
        Assert.Equal((int)HangupCause.BusyLine, receipt.GetProperty("code").GetInt32());
        Assert.Equal("3010 Busy Line", receipt.GetProperty("cause").GetString());
        Assert.Equal(HangupCategory.CallRejections.GetName(), receipt.GetProperty("category").GetString());
        Assert.Equal("retry", receipt.GetProperty("followUp").GetString());
        Assert.False(receipt.TryGetProperty("reason", out _));

        JsonElement stats = await server.GetStatsAsync();
        Assert.Equal(1, stats.GetProperty("totalCalls").GetInt32());
        JsonElement cause = Assert.Single(stats.GetProperty("byCause").EnumerateArray());
        Assert.Equal((int)HangupCause.BusyLine, cause.GetProperty("code").GetInt32());
        Assert.Equal(HangupCause.BusyLine.GetNextSteps(), cause.GetProperty("nextSteps").GetString());
        JsonElement source = Assert.Single(stats.GetProperty("bySource").EnumerateArray());
        Assert.Equal(HangupSource.Carrier.GetName(), source.GetProperty("source").GetString());
        Assert.Equal(1, stats.GetProperty("retryWorthy").GetProperty("calls").GetInt32());
        Assert.Equal("2025-03-03T10:15:22+00:00", stats.GetProperty("period").GetProperty("firstEnd").GetString());
    }

    [Theory]
    [InlineData("CallUUID", null, "CallUUID is missing.")]
    [InlineData("HangupCauseCode", "30x0", "HangupCauseCode '30x0' is not a hangup code")]
    [InlineData("HangupCauseCode", "-3010", "HangupCauseCode '-3010' is not a hangup code")]
    [InlineData("HangupCauseName", "Normal Hangup", "HangupCauseName 'Normal Hangup' is the name of code 4000, but HangupCauseCode is 3010 (Busy Line).")]
    [InlineData("HangupSource", "Somebody", "HangupSource 'Somebody' is not a documented hangup source")]
    [InlineData("Direction", "sideways", "Direction 'sideways' is not one of inbound, outbound.")]
    [InlineData("BillDuration", "-5", "BillDuration '-5' is not a number of seconds.")]
    [InlineData("Duration", "ten", "Duration 'ten' is not a number of seconds.")]
    [InlineData("EndTime", "yesterday", "EndTime 'yesterday' is not a time")]
    public async Task A_malformed_hangup_callback_gets_a_400_naming_the_field(string field, string? value, string message)
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.PostFormAsync(Hangup, PlivoCallbacks.Hangup("call-1", (field, value)));

        await AssertRejectedAsync(response, field, message);
        Assert.Equal(0, (await server.GetStatsAsync()).GetProperty("totalCalls").GetInt32());
    }

    [Fact]
    public async Task Without_code_or_name_the_code_is_the_field_named()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.PostFormAsync(
            Hangup, PlivoCallbacks.Hangup("call-1", ("HangupCauseCode", null), ("HangupCauseName", null)));

        await AssertRejectedAsync(response, "HangupCauseCode", "HangupCauseCode is missing.");
    }

    [Fact]
    public async Task A_field_sent_twice_is_rejected()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.PostFormAsync(Hangup, [.. PlivoCallbacks.Hangup("call-1"), ("CallUUID", "call-2")]);

        await AssertRejectedAsync(response, "CallUUID", "CallUUID was sent 2 times");
    }

    [Fact]
    public async Task Callee_as_hangup_source_is_bolnas_spelling_of_the_call_recipient()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        JsonElement receipt = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1", ("HangupSource", "Callee")));

        Assert.Equal("stored", receipt.GetProperty("status").GetString());
        JsonElement source = Assert.Single((await server.GetStatsAsync()).GetProperty("bySource").EnumerateArray());
        Assert.Equal(HangupSource.CallRecipient.GetName(), source.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Every_bad_field_is_named_in_one_response()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.PostFormAsync(
            Hangup, PlivoCallbacks.Hangup("call-1", ("HangupCauseCode", "busy"), ("Duration", "-1"), ("HangupSource", "Robot")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["Duration", "HangupCauseCode", "HangupSource"], errors.EnumerateObject().Select(error => error.Name).Order());
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_gets_a_415_problem()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.Client.PostAsync(
            Hangup, new StringContent("""{"CallUUID":"call-1","HangupCauseCode":"3010"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/x-www-form-urlencoded", await response.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_callback_for_the_same_call_is_counted_once()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        JsonElement first = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));
        JsonElement second = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));
        JsonElement third = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1", ("HangupCauseCode", "4000"), ("HangupCauseName", null)));

        Assert.Equal("stored", first.GetProperty("status").GetString());
        Assert.Equal("duplicate", second.GetProperty("status").GetString());
        Assert.Equal("duplicate", third.GetProperty("status").GetString());
        JsonElement stats = await server.GetStatsAsync();
        Assert.Equal(1, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(2, stats.GetProperty("duplicatesIgnored").GetInt32());
        Assert.Equal((int)HangupCause.BusyLine, Assert.Single(stats.GetProperty("byCause").EnumerateArray()).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_undocumented_code_is_stored_and_reported_with_its_range()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        JsonElement inRange = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1", ("HangupCauseCode", "3015"), ("HangupCauseName", "Some New Cause")));
        JsonElement outOfRange = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-2", ("HangupCauseCode", "3060"), ("HangupCauseName", null)));

        Assert.Equal("stored", inRange.GetProperty("status").GetString());
        Assert.Equal("undocumented code 3015 in Call Rejections", inRange.GetProperty("cause").GetString());
        Assert.Equal("investigate", inRange.GetProperty("followUp").GetString());
        Assert.Equal("undocumented code 3060, outside every documented range", outOfRange.GetProperty("cause").GetString());

        JsonElement stats = await server.GetStatsAsync();
        Assert.Equal(2, stats.GetProperty("totalCalls").GetInt32());
        JsonElement[] causes = stats.GetProperty("byCause").EnumerateArray().ToArray();
        JsonElement cause3015 = causes.Single(cause => cause.GetProperty("code").GetInt32() == 3015);
        Assert.False(cause3015.GetProperty("documented").GetBoolean());
        Assert.Equal("Undocumented (Call Rejections range)", cause3015.GetProperty("name").GetString());
        Assert.Equal(HangupCategory.CallRejections.GetName(), cause3015.GetProperty("category").GetString());
        JsonElement cause3060 = causes.Single(cause => cause.GetProperty("code").GetInt32() == 3060);
        Assert.Equal("No documented range", cause3060.GetProperty("category").GetString());
        Assert.Equal(2, Tally(stats, "byFollowUp", "followUp", "investigate"));
        Assert.Equal(1, Tally(stats, "byCategory", "category", "Call Rejections"));
        Assert.Equal(1, Tally(stats, "byCategory", "category", "No documented range"));
    }

    [Fact]
    public async Task Dial_hangup_events_are_stored_whatever_the_cause_text()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        JsonElement byCode = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1"));
        JsonElement byName = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-2", ("DialHangupCause", "Ring Timeout Reached"), ("DialStatus", "no-answer")));
        JsonElement byText = await server.PostFormForJsonAsync(
            Dial, PlivoCallbacks.DialHangup("a-leg-3", ("DialHangupCause", "NORMAL_CLEARING"), ("DialStatus", "completed"), ("DialBLegUUID", "b-leg-3")));
        JsonElement answer = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-4", ("DialAction", "answer")));

        Assert.Equal("3010 Busy Line", byCode.GetProperty("cause").GetString());
        Assert.Equal("6010 Ring Timeout Reached", byName.GetProperty("cause").GetString());
        Assert.Equal("unrecognized cause 'NORMAL_CLEARING'", byText.GetProperty("cause").GetString());
        Assert.Equal("ignored", answer.GetProperty("status").GetString());

        JsonElement stats = await server.GetStatsAsync();
        Assert.Equal(3, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(1, Tally(stats, "byCategory", "category", "Unrecognized cause"));
        Assert.Equal(3, Tally(stats, "bySource", "source", "Not reported"));
        JsonElement unrecognized = stats.GetProperty("byCause").EnumerateArray().Single(cause => cause.GetProperty("code").ValueKind == JsonValueKind.Null);
        Assert.Equal("NORMAL_CLEARING", unrecognized.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_repeated_dial_event_is_counted_once_but_another_attempt_is_not_a_repeat()
    {
        await using SampleServer server = await SampleServer.StartAsync();

        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1"));
        JsonElement repeat = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1"));
        JsonElement nextAttempt = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1", ("DialHangupCause", "3000"), ("DialStatus", "no-answer")));

        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        Assert.Equal("stored", nextAttempt.GetProperty("status").GetString());
        Assert.Equal(2, (await server.GetStatsAsync()).GetProperty("totalCalls").GetInt32());
    }

    [Theory]
    [InlineData("DialALegUUID", null, "DialALegUUID is missing.")]
    [InlineData("DialHangupCause", null, "DialHangupCause is missing.")]
    [InlineData("DialRingStatus", "maybe", "DialRingStatus 'maybe' is not one of true, false.")]
    public async Task A_malformed_dial_event_gets_a_400_naming_the_field(string field, string? value, string message)
    {
        await using SampleServer server = await SampleServer.StartAsync();

        using HttpResponseMessage response = await server.PostFormAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1", (field, value)));

        await AssertRejectedAsync(response, field, message);
    }

    [Fact]
    public async Task Stats_totals_equal_the_events_posted()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        // One cause from each category, by a documented source, each posted twice (Plivo retries).
        HangupCause[] causes = HangupCauses.All.GroupBy(cause => cause.GetCategory()).Select(category => category.Last()).ToArray();
        for (int i = 0; i < causes.Length; i++)
        {
            HangupCause cause = causes[i];
            string code = ((int)cause).ToString(System.Globalization.CultureInfo.InvariantCulture);
            HangupSource source = cause.GetSources().FirstOrDefault(HangupSource.Plivo);
            for (int delivery = 0; delivery < 2; delivery++)
            {
                await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup(
                    $"call-{i}", ("HangupCauseCode", code), ("HangupCauseName", cause.GetName()), ("HangupSource", source.GetName()), ("BillDuration", "60")));
            }
        }

        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1"));
        using (HttpResponseMessage rejected = await server.PostFormAsync(Hangup, PlivoCallbacks.Hangup("call-bad", ("HangupCauseCode", "x"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        }

        JsonElement stats = await server.GetStatsAsync();
        int expected = causes.Length + 1;
        Assert.Equal(expected, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(causes.Length, stats.GetProperty("duplicatesIgnored").GetInt32());
        Assert.Equal(causes.Length * 60, stats.GetProperty("billedSeconds").GetInt64());
        foreach (string section in new[] { "byCategory", "bySource", "byCause", "byFollowUp" })
        {
            Assert.Equal(expected, stats.GetProperty(section).EnumerateArray().Sum(line => line.GetProperty("calls").GetInt32()));
        }

        Assert.Equal(HangupCauses.All.Select(cause => cause.GetCategory()).Distinct().Count(), stats.GetProperty("byCategory").GetArrayLength());
        Assert.Equal(2, Tally(stats, "byCategory", "category", HangupCategory.CallRejections.GetName()));
        int retry = causes.Count(cause => FollowUpPolicy.For(cause) == FollowUp.Retry) + 1;
        Assert.Equal(retry, stats.GetProperty("retryWorthy").GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task The_page_shows_the_stored_events()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));
        await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));
        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1", ("DialHangupCause", "<b>odd</b>")));

        using HttpResponseMessage response = await server.Client.GetAsync("/");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<strong id=\"total-calls\">2</strong> calls (1 repeated delivery counted once)", html, System.StringComparison.Ordinal);
        Assert.Contains("<tr><td>retry</td><td>transient: call again later</td><td class=\"n\">1</td><td class=\"n\">50.0%</td></tr>", html, System.StringComparison.Ordinal);
        Assert.Contains("Busy Line", html, System.StringComparison.Ordinal);
        Assert.Contains(HangupCause.BusyLine.GetNextSteps(), html, System.StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;odd&lt;/b&gt;", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<b>odd</b>", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_keeps_events_across_restarts()
    {
        using var directory = new TempDirectory();
        string database = directory.File("hangups.db");

        await using (SampleServer first = await SampleServer.StartAsync(database))
        {
            await first.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));
            await first.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-2", ("HangupCauseCode", "4000"), ("HangupCauseName", "Normal Hangup")));
        }

        await using SampleServer second = await SampleServer.StartAsync(database);
        JsonElement repeat = await second.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1"));

        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        JsonElement stats = await second.GetStatsAsync();
        Assert.Equal(2, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal($"callbacks stored in {database}", stats.GetProperty("source").GetString());
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        JsonProperty error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(field, error.Name);
        Assert.StartsWith(message, Assert.Single(error.Value.EnumerateArray()).GetString(), System.StringComparison.Ordinal);
    }

    private static int Tally(JsonElement stats, string section, string key, string value)
        => stats.GetProperty(section).EnumerateArray().Single(line => line.GetProperty(key).GetString() == value).GetProperty("calls").GetInt32();
}

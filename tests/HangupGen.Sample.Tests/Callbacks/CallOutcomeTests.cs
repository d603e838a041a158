using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using HangupAnalysis.Callbacks;
using HangupAnalysis.Reports;
using HangupAnalysis.Tests.Infrastructure;
using HangupGen;
using Microsoft.Data.Sqlite;

namespace HangupAnalysis.Tests.Callbacks;

/// <summary>
/// CallStatus, DialStatus and DialHangupCause read through the generated tables, over real HTTP: every
/// documented value counted under its name, every other value kept and counted as "undocumented: text",
/// with the counts worked out from what was posted, in <c>/stats</c> and in the HTML report.
/// </summary>
public sealed class CallOutcomeTests
{
    private const string Hangup = CallbackEndpoints.HangupPath;
    private const string Dial = CallbackEndpoints.DialPath;
    private const string NotReported = "Not reported";
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Every_documented_call_status_is_counted_and_an_undocumented_one_is_kept()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        // The i-th documented status i + 1 times, so every count differs; then 2 "queued", 1 without CallStatus.
        Dictionary<string, int> expected = await PostEachAsync(
            server, Hangup, CallStatuses.All.Select(status => status.GetName()), (status, call) => PlivoCallbacks.Hangup($"call-{call}", ("CallStatus", status)));

        JsonElement queuedReceipt = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("queued-1", ("CallStatus", "queued")));
        await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("queued-2", ("CallStatus", "queued")));
        JsonElement noStatusReceipt = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("no-status", ("CallStatus", null)));
        Assert.Equal("undocumented: queued", queuedReceipt.GetProperty("callStatus").GetString());
        Assert.False(queuedReceipt.TryGetProperty("dialStatus", out _));
        Assert.False(noStatusReceipt.TryGetProperty("callStatus", out _));
        // A repeated delivery is counted once here too.
        JsonElement repeat = await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("queued-1", ("CallStatus", "queued")));
        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        expected["undocumented: queued"] = 2;
        expected[NotReported] = 1;

        JsonElement stats = await server.GetStatsAsync();
        int total = 28 + 3;
        Assert.Equal(total, stats.GetProperty("totalCalls").GetInt32());
        JsonElement[] lines = [.. stats.GetProperty("byCallStatus").EnumerateArray()];
        Assert.Equal(expected, lines.ToDictionary(line => line.GetProperty("status").GetString()!, line => line.GetProperty("calls").GetInt32()));
        Assert.Equal(CallStatus.Timeout.GetName(), lines[0].GetProperty("status").GetString());
        Assert.Equal(Math.Round(7.0 / total, 4), lines[0].GetProperty("share").GetDouble());
        Assert.True(lines[0].GetProperty("documented").GetBoolean());
        Assert.Equal(CallStatus.Timeout.GetDescription(), lines[0].GetProperty("description").GetString());
        JsonElement queued = lines.Single(line => line.GetProperty("status").GetString() == "undocumented: queued");
        Assert.False(queued.GetProperty("documented").GetBoolean());
        Assert.Empty(stats.GetProperty("byDialStatus").EnumerateArray());
        Assert.Empty(stats.GetProperty("byDialCause").EnumerateArray());

        // The existing breakdowns are unchanged by the new ones.
        Assert.Equal(total, stats.GetProperty("byCause").EnumerateArray().Sum(line => line.GetProperty("calls").GetInt32()));

        Assert.Equal(expected, Bars(await server.Client.GetStringAsync("/"), SvgCharts.ByCallStatus));
    }

    [Fact]
    public async Task Every_documented_dial_status_is_counted_and_an_undocumented_one_is_kept()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        Dictionary<string, int> expected = await PostEachAsync(
            server,
            Dial,
            DialStatuses.All.Select(status => status.GetName()),
            (status, leg) => PlivoCallbacks.DialHangup($"a-leg-{leg}", ("DialStatus", status), ("DialHangupCause", TelephonyCauseNames.UserBusy)));

        // Once refused with a 400; now stored as sent, whatever its case, and counted on its own.
        JsonElement exploded = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-exploded", ("DialStatus", "Exploded"), ("DialHangupCause", TelephonyCauseNames.UserBusy)));
        Assert.Equal("stored", exploded.GetProperty("status").GetString());
        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-none", ("DialStatus", null), ("DialHangupCause", TelephonyCauseNames.UserBusy)));
        // Any case of a documented value is that value.
        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-upper", ("DialStatus", "BUSY"), ("DialHangupCause", TelephonyCauseNames.UserBusy)));
        expected["undocumented: Exploded"] = 1;
        expected[NotReported] = 1;
        expected[DialStatus.Busy.GetName()]++;

        JsonElement stats = await server.GetStatsAsync();
        int total = 15 + 3;
        Assert.Equal(total, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(expected, Counts(stats, "byDialStatus", "status"));
        Assert.Equal(new Dictionary<string, int> { [TelephonyCauseNames.UserBusy] = total }, Counts(stats, "byDialCause", "name"));
        Assert.Empty(stats.GetProperty("byCallStatus").EnumerateArray());

        Dictionary<string, XElement> charts = Charts(await server.Client.GetStringAsync("/"));
        Assert.Equal(expected, Bars(charts[SvgCharts.ByDialStatus]));
        Assert.False(charts.ContainsKey(SvgCharts.ByCallStatus));
    }

    [Fact]
    public async Task Every_documented_telephony_cause_is_counted_by_name_or_number_and_an_undocumented_one_is_kept()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < TelephonyCauses.All.Count; i++)
        {
            TelephonyCause cause = TelephonyCauses.All[i];
            // Names for the even ones, numbers for the odd ones: TryParse reads both.
            string text = i % 2 == 0 ? cause.GetName() : ((int)cause).ToString(CultureInfo.InvariantCulture);
            await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup($"a-leg-{i}", ("DialHangupCause", text)));
            expected[cause.GetName()] = 1;
        }

        JsonElement receipt = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-new-1", ("DialHangupCause", "SOMETHING_NEW")));
        Assert.Equal("undocumented: SOMETHING_NEW", receipt.GetProperty("telephonyCause").GetString());
        Assert.Equal(DialStatusNames.Busy, receipt.GetProperty("dialStatus").GetString());
        Assert.False(receipt.TryGetProperty("callStatus", out _));
        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-new-2", ("DialHangupCause", "SOMETHING_NEW")));
        await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-new-3", ("DialHangupCause", "SOMETHING_NEW"), ("DialStatus", "completed")));
        expected["undocumented: SOMETHING_NEW"] = 3;

        JsonElement stats = await server.GetStatsAsync();
        int total = TelephonyCauses.Count + 3;
        Assert.Equal(total, stats.GetProperty("totalCalls").GetInt32());
        Assert.Equal(expected, Counts(stats, "byDialCause", "name"));
        JsonElement[] lines = [.. stats.GetProperty("byDialCause").EnumerateArray()];
        Assert.Equal("undocumented: SOMETHING_NEW", lines[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("code").ValueKind);
        Assert.False(lines[0].GetProperty("documented").GetBoolean());
        Assert.Equal(Math.Round(3.0 / total, 4), lines[0].GetProperty("share").GetDouble());
        JsonElement userBusy = lines.Single(line => line.GetProperty("name").GetString() == TelephonyCauseNames.UserBusy);
        Assert.Equal((int)TelephonyCause.UserBusy, userBusy.GetProperty("code").GetInt32());
        Assert.Equal(TelephonyCause.UserBusy.GetSipStatus(), userBusy.GetProperty("sipStatus").GetInt32());
        Assert.Equal(TelephonyCause.UserBusy.GetDescription(), userBusy.GetProperty("description").GetString());
        // The Dial statuses of the same events: the default busy for all but the one completed.
        Assert.Equal(new Dictionary<string, int> { [DialStatusNames.Busy] = total - 1, [DialStatusNames.Completed] = 1 }, Counts(stats, "byDialStatus", "status"));

        string page = await server.Client.GetStringAsync("/");
        Assert.Equal(expected, Bars(page, SvgCharts.ByDialCause));
        // The table under the chart: number, name with description, SIP status, calls, share.
        Assert.Contains("<table data-table=\"dial-cause\">", page, StringComparison.Ordinal);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"<tr><td>{(int)TelephonyCause.UserBusy}</td><td>{TelephonyCauseNames.UserBusy}<div class=\"steps\">"),
            page,
            StringComparison.Ordinal);
        Assert.Contains("<tr><td></td><td>undocumented: SOMETHING_NEW<div class=\"steps\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_as_sent_is_stored_next_to_the_parsed_value()
    {
        using var directory = new TempDirectory();
        string database = directory.File("hangups.db");
        await using (SampleServer server = await SampleServer.StartAsync(database))
        {
            await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-1", ("CallStatus", "Completed")));
            await server.PostFormForJsonAsync(Hangup, PlivoCallbacks.Hangup("call-2", ("CallStatus", "queued")));
            JsonElement receipt = await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-1", ("DialStatus", "no-answer"), ("DialHangupCause", "no_answer")));
            Assert.Equal(TelephonyCauseNames.NoAnswer, receipt.GetProperty("telephonyCause").GetString());
            await server.PostFormForJsonAsync(Dial, PlivoCallbacks.DialHangup("a-leg-2", ("DialStatus", "exploded"), ("DialHangupCause", "SOMETHING_NEW")));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT call_uuid, status, status_name, hangup_cause_text, telephony_cause FROM hangup_events ORDER BY call_uuid;";
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        Assert.Equal(
            [
                "a-leg-1|no-answer|no-answer|no_answer|19",
                "a-leg-2|exploded|NULL|SOMETHING_NEW|NULL",
                "call-1|Completed|completed|Busy Line|NULL",
                "call-2|queued|NULL|Busy Line|NULL",
            ],
            rows);

        // Read back, the text is classified again: the report counts each value under its bucket.
        using var store = new HangupEventStore(database);
        var text = new StringWriter { NewLine = "\n" };
        TextReportWriter.Write(store.BuildReport(), text);
        string report = text.ToString();
        Assert.Contains("\n  completed                                                1   50.0%\n  undocumented: queued                                     1   50.0%\n", report, StringComparison.Ordinal);
        Assert.Contains("\n  no-answer                                                1   50.0%\n  undocumented: exploded                                   1   50.0%\n", report, StringComparison.Ordinal);
        Assert.Contains("\n  19    NO_ANSWER                                          1   50.0%  480\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_made_before_the_status_columns_gets_them_and_its_events_are_reported()
    {
        using var directory = new TempDirectory();
        string database = directory.File("old.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE hangup_events (
                    event_key TEXT PRIMARY KEY, kind TEXT NOT NULL, call_uuid TEXT NOT NULL, dialed_leg_uuid TEXT,
                    hangup_cause_code INTEGER, hangup_cause_text TEXT, hangup_source TEXT, direction TEXT, from_number TEXT,
                    to_number TEXT, status TEXT, duration INTEGER, bill_duration INTEGER, end_time TEXT, received_at TEXT NOT NULL,
                    repeats INTEGER NOT NULL DEFAULT 0);
                INSERT INTO hangup_events (event_key, kind, call_uuid, hangup_cause_code, status, received_at)
                VALUES ('hangup:old', 'HangupCallback', 'old', 4000, 'completed', '2025-03-03T10:00:00Z');
                """;
            command.ExecuteNonQuery();
        }

        using var store = new HangupEventStore(database);
        HangupReport report = store.BuildReport();

        StatusLine line = Assert.Single(report.ByCallStatus);
        Assert.Equal((CallStatusNames.Completed, 1), (line.Status, line.Calls));
    }

    [Fact]
    public void The_text_report_gains_the_status_sections_only_when_callbacks_carry_them()
    {
        var statistics = new HangupStatistics();
        statistics.Add(HangupAnalysis.Hangups.ResolvedCause.Documented(HangupCause.NormalHangup), null, 4);
        statistics.AddCallStatus(CallStatusNames.Completed, 2);
        statistics.AddCallStatus("queued");
        statistics.AddCallStatus(null);
        statistics.AddDialOutcome(DialStatusNames.Busy, TelephonyCauseNames.UserBusy);
        statistics.AddDialOutcome("exploded", "SOMETHING_NEW");
        var text = new StringWriter { NewLine = "\n" };

        TextReportWriter.Write(statistics.ToReport("test", 0, []), text);

        string expected = """

            By call status (hangup callbacks)                      Calls   Share
              completed                                                2   50.0%
              undocumented: queued                                     1   25.0%
              Not reported                                             1   25.0%

            Dial outcome: by Dial status (Dial events)             Calls   Share
              busy                                                     1   50.0%
              undocumented: exploded                                   1   50.0%

            Dial outcome: by telephony cause (Dial events)         Calls   Share  SIP
              17    USER_BUSY                                          1   50.0%  486
                    undocumented: SOMETHING_NEW                        1   50.0%

            """;
        Assert.EndsWith(expected.Replace("\r\n", "\n", StringComparison.Ordinal), text.ToString(), StringComparison.Ordinal);

        var withoutStatuses = new HangupStatistics();
        withoutStatuses.Add(HangupAnalysis.Hangups.ResolvedCause.Documented(HangupCause.NormalHangup), null);
        var plain = new StringWriter { NewLine = "\n" };
        TextReportWriter.Write(withoutStatuses.ToReport("test", 0, []), plain);
        Assert.DoesNotContain("status", plain.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Dial outcome", plain.ToString(), StringComparison.Ordinal);
    }

    // Posts the i-th value i + 1 times (each post a new call), so every count differs; returns the counts expected.
    private static async Task<Dictionary<string, int>> PostEachAsync(
        SampleServer server, string path, IEnumerable<string> values, Func<string, int, (string Name, string Value)[]> form)
    {
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        int posted = 0;
        foreach ((string value, int index) in values.Select((value, index) => (value, index)))
        {
            for (int n = 0; n <= index; n++)
            {
                await server.PostFormForJsonAsync(path, form(value, posted++));
            }

            expected[value] = index + 1;
        }

        return expected;
    }

    private static Dictionary<string, int> Counts(JsonElement stats, string breakdown, string label)
        => stats.GetProperty(breakdown).EnumerateArray().ToDictionary(line => line.GetProperty(label).GetString()!, line => line.GetProperty("calls").GetInt32());

    private static Dictionary<string, int> Bars(string html, string chart) => Bars(Charts(html)[chart]);

    private static Dictionary<string, int> Bars(XElement chart)
        => chart.Elements(s_svg + "g").ToDictionary(
            bar => (string)bar.Attribute("data-label")!,
            bar => int.Parse((string)bar.Attribute("data-calls")!, CultureInfo.InvariantCulture));

    private static Dictionary<string, XElement> Charts(string html)
        => System.Text.RegularExpressions.Regex.Matches(html, "<svg .*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(match => XElement.Parse(match.Value))
            .ToDictionary(svg => (string)svg.Attribute("data-chart")!);
}

using System;
using System.Globalization;
using System.Threading;
using HangupAnalysis.Hangups;
using HangupAnalysis.Reports;
using HangupGen;
using Microsoft.Data.Sqlite;

namespace HangupAnalysis.Callbacks;

/// <summary>
/// Stores received hangups in SQLite: in a file, or in memory for tests and trials. One connection,
/// used under a lock: callbacks are small and SQLite serializes writes anyway.
/// </summary>
internal sealed class HangupEventStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS hangup_events (
            event_key         TEXT PRIMARY KEY,
            kind              TEXT NOT NULL,
            call_uuid         TEXT NOT NULL,
            dialed_leg_uuid   TEXT,
            -- NULL when the sender gave no code, only the text in hangup_cause_text.
            hangup_cause_code INTEGER,
            hangup_cause_text TEXT,
            -- The documented source name, as HangupSource.GetName() gives it.
            hangup_source     TEXT,
            direction         TEXT,
            from_number       TEXT,
            to_number         TEXT,
            -- CallStatus (hangup callbacks) or DialStatus (Dial events), exactly as sent.
            status            TEXT,
            duration          INTEGER,
            bill_duration     INTEGER,
            end_time          TEXT,
            received_at       TEXT NOT NULL,
            -- Deliveries of the same event after the first (Plivo retries callbacks).
            repeats           INTEGER NOT NULL DEFAULT 0
        );
        """;

    // Added with the call status, Dial status and telephony cause tables; a file made before gets
    // them at open. The parsed values sit next to the text as sent, for people who query the file;
    // reports read the text through the current tables, as they do codes.
    private static readonly (string Name, string Definition)[] s_addedColumns =
    [
        // The documented status as the table spells it (GetName); NULL when not sent or undocumented.
        ("status_name", "TEXT"),
        // A Dial event's DialHangupCause as a standard telephony cause number; NULL when the table lacks it.
        ("telephony_cause", "INTEGER"),
    ];

    private const string Insert = """
        INSERT INTO hangup_events (event_key, kind, call_uuid, dialed_leg_uuid, hangup_cause_code, hangup_cause_text, hangup_source,
                                   direction, from_number, to_number, status, status_name, telephony_cause, duration, bill_duration, end_time, received_at)
        VALUES ($key, $kind, $call, $dialed, $code, $text, $source, $direction, $from, $to, $status, $statusName, $telephonyCause, $duration, $billed, $end, $received)
        ON CONFLICT (event_key) DO UPDATE SET repeats = repeats + 1
        RETURNING repeats;
        """;

    // Codes are read back through the current table, so a code that was undocumented when it
    // arrived is reported as documented once HangupCodes.csv has it.
    private const string CountsByCause = """
        SELECT hangup_cause_code, CASE WHEN hangup_cause_code IS NULL THEN hangup_cause_text END, hangup_source, COUNT(*)
        FROM hangup_events
        GROUP BY 1, 2, 3;
        """;

    private const string CountsByDay = """
        SELECT substr(end_time, 1, 10), hangup_cause_code, CASE WHEN hangup_cause_code IS NULL THEN hangup_cause_text END, COUNT(*)
        FROM hangup_events
        WHERE end_time IS NOT NULL
        GROUP BY 1, 2, 3;
        """;

    private const string CountsByStatus = """
        SELECT status, hangup_cause_text, COUNT(*)
        FROM hangup_events
        WHERE kind = $kind
        GROUP BY 1, 2;
        """;

    private const string Totals = "SELECT COALESCE(SUM(bill_duration), 0), MIN(end_time), MAX(end_time), COALESCE(SUM(repeats), 0) FROM hangup_events;";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly string _description;

    /// <summary>Opens (or creates) the store in <paramref name="databasePath"/>, or in memory when it is <see langword="null"/>.</summary>
    public HangupEventStore(string? databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath ?? ":memory:",
            Mode = databasePath is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            // The store keeps its one connection open; no pool should hold the file once it is closed.
            Pooling = false,
        }.ToString();
        _description = databasePath is null ? "callbacks received since start (in memory)" : $"callbacks stored in {databasePath}";
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            using SqliteCommand command = _connection.CreateCommand();
            // The schema, then a write lock taken and released: a file that can be read but not
            // written fails here, at start-up, rather than at the first callback.
            command.CommandText = Schema;
            command.ExecuteNonQuery();
            AddMissingColumns();
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            _connection.Dispose();
            throw new HangupStoreException($"the database {databasePath ?? ":memory:"} cannot be opened or written ({exception.Message}).", exception);
        }
    }

    /// <summary>Stores the hangup. Returns <see langword="false"/> when its event was stored before: a repeated delivery, counted once.</summary>
    public bool Add(ReceivedHangup hangup)
    {
        lock (_gate)
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.CommandText = Insert;
            command.Parameters.AddWithValue("$key", hangup.EventKey);
            command.Parameters.AddWithValue("$kind", hangup.Kind.ToString());
            command.Parameters.AddWithValue("$call", hangup.CallUuid);
            command.Parameters.AddWithValue("$dialed", (object?)hangup.DialedLegUuid ?? DBNull.Value);
            command.Parameters.AddWithValue("$code", hangup.Cause.Kind == CauseKind.Unrecognized ? DBNull.Value : hangup.Cause.Code);
            command.Parameters.AddWithValue("$text", (object?)hangup.CauseText ?? DBNull.Value);
            command.Parameters.AddWithValue("$source", hangup.Source is HangupSource source ? source.GetName() : DBNull.Value);
            command.Parameters.AddWithValue("$direction", (object?)hangup.Direction ?? DBNull.Value);
            command.Parameters.AddWithValue("$from", (object?)hangup.From ?? DBNull.Value);
            command.Parameters.AddWithValue("$to", (object?)hangup.To ?? DBNull.Value);
            command.Parameters.AddWithValue("$status", (object?)hangup.Status ?? DBNull.Value);
            command.Parameters.AddWithValue("$statusName", StatusName(hangup) is string statusName ? statusName : DBNull.Value);
            command.Parameters.AddWithValue("$telephonyCause", hangup.TelephonyCause is TelephonyCause telephonyCause ? (int)telephonyCause : DBNull.Value);
            command.Parameters.AddWithValue("$duration", (object?)hangup.DurationSeconds ?? DBNull.Value);
            command.Parameters.AddWithValue("$billed", (object?)hangup.BilledSeconds ?? DBNull.Value);
            command.Parameters.AddWithValue("$end", hangup.EndTime is DateTimeOffset end ? end.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) : DBNull.Value);
            command.Parameters.AddWithValue("$received", DateTime.UtcNow.ToString(TimeFormat, CultureInfo.InvariantCulture));
            long repeats = (long)command.ExecuteScalar()!;
            return repeats == 0;
        }
    }

    /// <summary>Reports on every stored hangup, each event counted once.</summary>
    public HangupReport BuildReport()
    {
        lock (_gate)
        {
            var statistics = new HangupStatistics();
            using (SqliteCommand command = _connection.CreateCommand())
            {
                command.CommandText = CountsByCause;
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    ResolvedCause cause = reader.IsDBNull(0) ? ResolvedCause.Unrecognized(reader.GetString(1)) : ResolvedCause.FromCode(reader.GetInt32(0));
                    HangupSource? source = !reader.IsDBNull(2) && HangupSources.TryParse(reader.GetString(2), out HangupSource parsed) ? parsed : null;
                    statistics.Add(cause, source, reader.GetInt32(3));
                }
            }

            using (SqliteCommand command = _connection.CreateCommand())
            {
                command.CommandText = CountsByDay;
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    ResolvedCause cause = reader.IsDBNull(1) ? ResolvedCause.Unrecognized(reader.GetString(2)) : ResolvedCause.FromCode(reader.GetInt32(1));
                    statistics.AddOnDay(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), cause, reader.GetInt32(3));
                }
            }

            CountOutcomes(statistics, HangupEventKind.HangupCallback);
            CountOutcomes(statistics, HangupEventKind.DialHangup);

            using (SqliteCommand command = _connection.CreateCommand())
            {
                command.CommandText = Totals;
                using SqliteDataReader reader = command.ExecuteReader();
                reader.Read();
                statistics.AddBilledSeconds(reader.GetInt64(0));
                if (!reader.IsDBNull(1))
                {
                    statistics.AddEndTime(ParseTime(reader.GetString(1)));
                    statistics.AddEndTime(ParseTime(reader.GetString(2)));
                }

                return statistics.ToReport(_description, reader.GetInt32(3), []);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static string? StatusName(ReceivedHangup hangup)
        => hangup.CallStatus is CallStatus callStatus ? callStatus.GetName()
            : hangup.DialStatus is DialStatus dialStatus ? dialStatus.GetName()
            : null;

    private static DateTimeOffset ParseTime(string text)
        => DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Call statuses of hangup callbacks; Dial statuses and telephony causes of Dial events.
    private void CountOutcomes(HangupStatistics statistics, HangupEventKind kind)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = CountsByStatus;
        command.Parameters.AddWithValue("$kind", kind.ToString());
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? status = reader.IsDBNull(0) ? null : reader.GetString(0);
            if (kind == HangupEventKind.HangupCallback)
            {
                statistics.AddCallStatus(status, reader.GetInt32(2));
            }
            else
            {
                statistics.AddDialOutcome(status, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2));
            }
        }
    }

    private void AddMissingColumns()
    {
        var existing = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('hangup_events');";
        using (SqliteDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                existing.Add(reader.GetString(0));
            }
        }

        foreach ((string name, string definition) in s_addedColumns)
        {
            if (!existing.Contains(name))
            {
                command.CommandText = $"ALTER TABLE hangup_events ADD COLUMN {name} {definition};";
                command.ExecuteNonQuery();
            }
        }
    }
}

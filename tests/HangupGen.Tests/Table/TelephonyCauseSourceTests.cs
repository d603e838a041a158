using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace HangupGen.Tests.Table;

/// <summary>
/// TelephonyCauses.csv says what the telephony switches' sources say. The source excerpts are kept
/// verbatim under <c>Data/TelephonyCauses/</c> (each names its repository, path and commit on its first
/// line) and parsed here with regular expressions of their own:
/// <list type="bullet">
/// <item>FreeSWITCH <c>switch_call_cause_t</c> (src/include/switch_types.h): every cause is one row, with its number and name;</item>
/// <item>FreeSWITCH <c>CAUSE_CHART</c> (src/switch_channel.c): the name table agrees with the enum;</item>
/// <item>FreeSWITCH <c>hangup_cause_to_sip</c> (mod_sofia.c): <c>sip_status</c> is the explicit mapping, empty where the default applies;</item>
/// <item>Asterisk causes.h and main/channel.c: the description where Asterisk has one, and the disagreements docs/telephony-causes.md lists.</item>
/// </list>
/// </summary>
public sealed partial class TelephonyCauseSourceTests
{
    private const string Header = "code,name,sip_status,description";

    private static readonly string s_dataDirectory = Path.Combine(AppContext.BaseDirectory, "Data", "TelephonyCauses");

    private static readonly string s_csvPath = Path.Combine(AppContext.BaseDirectory, "Data", "TelephonyCauses.csv");

    /// <summary>FreeSWITCH enum: name (without SWITCH_CAUSE_) → number.</summary>
    private static readonly IReadOnlyList<(string Name, int Code)> s_enum = ReadEnum();

    /// <summary>FreeSWITCH CAUSE_CHART: (string, SWITCH_CAUSE_ symbol without prefix).</summary>
    private static readonly IReadOnlyList<(string Name, string Symbol)> s_chart = ReadChart();

    /// <summary>mod_sofia hangup_cause_to_sip: explicit case labels → SIP status; and the default.</summary>
    private static readonly (IReadOnlyDictionary<string, int> Explicit, int Default) s_sofia = ReadSofia();

    /// <summary>Asterisk causes.h: the #define lines with a number (aliases of other causes are left out).</summary>
    private static readonly IReadOnlyDictionary<string, int> s_asteriskNumbers = ReadAsteriskNumbers();

    /// <summary>Asterisk main/channel.c causes[]: AST_CAUSE_ symbol → description.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_asteriskDescriptions = ReadAsteriskDescriptions();

    private static readonly IReadOnlyList<IReadOnlyList<string>> s_csv = ReadCsv(s_csvPath);

    /// <summary>
    /// Causes the stored switch_channel.c (2012) has no CAUSE_CHART entry for: they were added to the
    /// enum after that version. docs/telephony-causes.md says so.
    /// </summary>
    private static readonly string[] s_notInStoredChart =
    [
        "SRTP_READ_ERROR", "BOWOUT", "BUSY_EVERYWHERE", "DECLINE", "DOES_NOT_EXIST_ANYWHERE", "NOT_ACCEPTABLE",
        "UNWANTED", "NO_IDENTITY", "BAD_IDENTITY_INFO", "UNSUPPORTED_CERTIFICATE", "INVALID_IDENTITY", "STALE_DATE",
    ];

    public static TheoryData<int> EnumCodes => [.. s_enum.Select(e => e.Code)];

    [Fact]
    public void Transcriptions_hold_what_was_transcribed()
    {
        // Guards against a parser that silently matches nothing.
        Assert.Equal(81, s_enum.Count);
        Assert.Equal(69, s_chart.Count);
        Assert.Equal(39, s_sofia.Explicit.Count);
        Assert.Equal(480, s_sofia.Default);
        Assert.Equal(45, s_asteriskNumbers.Count);
        Assert.Equal(49, s_asteriskDescriptions.Count);
        Assert.Equal(s_enum.Count, s_enum.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_enum.Count, s_enum.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void Transcriptions_start_with_a_line_naming_their_source()
    {
        foreach (string path in Directory.GetFiles(s_dataDirectory, "*.txt"))
        {
            string first = File.ReadLines(path).First();
            Assert.Matches(@"^// Source: (signalwire/freeswitch|asterisk/asterisk), \S+, commit [0-9a-f]{40}\b", first);
        }
    }

    [Fact]
    public void Csv_is_utf8_lf_with_the_documented_header()
    {
        byte[] bytes = File.ReadAllBytes(s_csvPath);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no byte order mark");
        string text = new UTF8Encoding(false, true).GetString(bytes);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal(Header, text[..text.IndexOf('\n', StringComparison.Ordinal)]);
        Assert.All(s_csv, row => Assert.Equal(4, row.Count));
    }

    [Fact]
    public void Csv_has_one_row_per_freeswitch_cause_in_code_order()
    {
        int[] codes = [.. Rows().Select(r => r.Code)];
        Assert.Equal(s_enum.Select(e => e.Code).Order(), codes);
        Assert.Equal(codes.Order(), codes);
    }

    [Theory]
    [MemberData(nameof(EnumCodes))]
    public void Row_has_the_enum_number_and_name(int code)
    {
        (string name, _) = s_enum.Single(e => e.Code == code);
        Assert.Equal(name, Rows().Single(r => r.Code == code).Name);
    }

    [Fact]
    public void Name_table_agrees_with_the_enum_and_the_csv()
    {
        var names = Rows().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach ((string name, string symbol) in s_chart)
        {
            Assert.Equal(symbol, name);
            Assert.Contains(name, names);
        }

        Assert.Equal(s_chart.Count, s_chart.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        string[] missing = [.. s_enum.Select(e => e.Name).Except(s_chart.Select(c => c.Name), StringComparer.Ordinal)];
        Assert.Equal(s_notInStoredChart, missing);
    }

    [Theory]
    [MemberData(nameof(EnumCodes))]
    public void Sip_status_is_the_explicit_sofia_mapping_or_empty(int code)
    {
        Row row = Rows().Single(r => r.Code == code);
        string expected = s_sofia.Explicit.TryGetValue(row.Name, out int status)
            ? status.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        Assert.Equal(expected, row.SipStatus);
    }

    [Fact]
    public void Every_sofia_case_names_a_freeswitch_cause()
        => Assert.All(s_sofia.Explicit.Keys, name => Assert.Contains(s_enum, e => e.Name == name));

    [Theory]
    [MemberData(nameof(EnumCodes))]
    public void Description_is_asterisks_text_or_else_the_freeswitch_name(int code)
    {
        Row row = Rows().Single(r => r.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(row.Description));
        Assert.Equal(row.Description.Trim(), row.Description);

        string? asterisk = AsteriskDescription(code);
        Assert.Equal(asterisk ?? FromName(row.Name), row.Description);
    }

    [Fact]
    public void Forty_four_descriptions_come_from_asterisk()
        => Assert.Equal(44, s_enum.Count(e => AsteriskDescription(e.Code) is not null));

    /// <summary>The disagreements docs/telephony-causes.md lists; FreeSWITCH's name and number are kept.</summary>
    [Fact]
    public void Freeswitch_and_asterisk_disagree_only_where_documented()
    {
        var freeswitch = s_enum.ToDictionary(e => e.Code, e => e.Name);
        var nameDifferences = s_asteriskNumbers
            .Where(a => freeswitch.TryGetValue(a.Value, out string? name) && name != a.Key)
            .Select(a => (a.Value, freeswitch[a.Value], a.Key))
            .Order()
            .ToArray();
        Assert.Equal([(0, "NONE", "NOTDEFINED"), (1, "UNALLOCATED_NUMBER", "UNALLOCATED")], nameDifferences);

        int[] onlyFreeswitch = [.. freeswitch.Keys.Where(c => c <= 127 && !s_asteriskNumbers.Values.Contains(c)).Order()];
        Assert.Equal([20, 23, 25, 63, 79], onlyFreeswitch);

        Assert.All(s_asteriskNumbers.Values, c => Assert.Contains(c, freeswitch.Keys));
        Assert.DoesNotContain(s_asteriskNumbers.Values, c => c > 127);
    }

    [Theory]
    [InlineData("ORIGINATOR_CANCEL", "Originator cancel")]
    [InlineData("SRTP_READ_ERROR", "Srtp read error")]
    [InlineData("NONE", "None")]
    public void A_name_becomes_a_description_as_documented(string name, string description)
        => Assert.Equal(description, FromName(name));

    private static string? AsteriskDescription(int code)
    {
        foreach (KeyValuePair<string, int> define in s_asteriskNumbers.Where(d => d.Value == code))
        {
            if (s_asteriskDescriptions.TryGetValue(define.Key, out string? description))
            {
                return description;
            }
        }

        return null;
    }

    /// <summary>The fallback the docs describe: underscores become spaces, the first letter stays a capital, the rest is lower case.</summary>
    private static string FromName(string name)
    {
        string words = name.Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static IEnumerable<Row> Rows()
        => s_csv.Skip(1).Select(f => new Row(int.Parse(f[0], NumberStyles.None, CultureInfo.InvariantCulture), f[1], f[2], f[3]));

    private static string ReadData(string file) => File.ReadAllText(Path.Combine(s_dataDirectory, file));

    private static List<(string, int)> ReadEnum()
    {
        string text = ReadData("freeswitch-switch_types.h.txt");
        Assert.Contains("typedef enum {\n", text, StringComparison.Ordinal);
        Assert.Contains("\n} switch_call_cause_t;\n", text, StringComparison.Ordinal);
        return [.. EnumLine().Matches(text).Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture)))];
    }

    private static List<(string, string)> ReadChart()
    {
        string text = ReadData("freeswitch-switch_channel.c.txt");
        Assert.Contains("static struct switch_cause_table CAUSE_CHART[] = {\n", text, StringComparison.Ordinal);
        Assert.Contains("\t{NULL, 0}\n};\n", text, StringComparison.Ordinal);
        return [.. ChartLine().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["symbol"].Value))];
    }

    private static (IReadOnlyDictionary<string, int>, int) ReadSofia()
    {
        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<string>();
        int? fallback = null;
        bool inDefault = false;
        foreach (string line in ReadData("freeswitch-sofia-hangup2sip.txt").Split('\n'))
        {
            Match label = CaseLine().Match(line);
            if (label.Success)
            {
                pending.Add(label.Groups["symbol"].Value);
                continue;
            }

            if (line == "\tdefault:")
            {
                inDefault = true;
                continue;
            }

            Match value = ReturnLine().Match(line);
            if (value.Success)
            {
                int status = int.Parse(value.Groups["status"].Value, CultureInfo.InvariantCulture);
                if (inDefault)
                {
                    fallback = status;
                    inDefault = false;
                }

                foreach (string symbol in pending)
                {
                    mapping.Add(symbol, status);
                }

                pending.Clear();
            }
        }

        Assert.Empty(pending);
        return (mapping, fallback ?? throw new InvalidDataException("hangup_cause_to_sip has no default"));
    }

    private static Dictionary<string, int> ReadAsteriskNumbers()
        => AsteriskDefine().Matches(ReadData("asterisk-causes.h.txt"))
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Dictionary<string, string> ReadAsteriskDescriptions()
        => AsteriskCause().Matches(ReadData("asterisk-channel.c.txt"))
            .ToDictionary(m => m.Groups["symbol"].Value, m => m.Groups["description"].Value, StringComparer.Ordinal);

    /// <summary>RFC 4180, strictly: LF records, quoted fields with doubled quotes; no trimming.</summary>
    private static List<IReadOnlyList<string>> ReadCsv(string path)
    {
        string text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new InvalidDataException("Unterminated quoted field");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\n')
                {
                    throw new InvalidDataException("Text after a closing quote at " + i.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
                i++;
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
    }

    [GeneratedRegex(@"^\tSWITCH_CAUSE_(?<name>[A-Z0-9_]+) = (?<code>[0-9]+),?$", RegexOptions.Multiline)]
    private static partial Regex EnumLine();

    [GeneratedRegex(@"^\t\{""(?<name>[A-Z0-9_]+)"", SWITCH_CAUSE_(?<symbol>[A-Z0-9_]+)\},$", RegexOptions.Multiline)]
    private static partial Regex ChartLine();

    [GeneratedRegex(@"^\tcase SWITCH_CAUSE_(?<symbol>[A-Z0-9_]+):$")]
    private static partial Regex CaseLine();

    [GeneratedRegex(@"^\t\treturn (?<status>[0-9]{3});$")]
    private static partial Regex ReturnLine();

    [GeneratedRegex(@"^#define AST_CAUSE_(?<name>[A-Z_]+)[ \t]+(?<code>[0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex AsteriskDefine();

    [GeneratedRegex(@"^\t\{ AST_CAUSE_(?<symbol>[A-Z_]+), ""(?<name>[^""]+)"", ""(?<description>[^""]+)"" \},$", RegexOptions.Multiline)]
    private static partial Regex AsteriskCause();

    private sealed record Row(int Code, string Name, string SipStatus, string Description);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;

namespace HangupGen.Tests.Table;

/// <summary>
/// Round trip over random valid tables: a table written by this test's own RFC 4180 writer — columns
/// in random order, quoted commas, quotes, apostrophes, markup characters, non-ASCII letters and
/// line breaks in every text, aliases, optional identifiers, CRLF or LF, with or without a BOM —
/// reads back with no problem and with every row exactly as written (fields trimmed, line breaks in
/// a quoted field kept as LF, as docs/table-format.md says).
/// </summary>
public sealed class RandomValidTableTests
{
    private const string TextAlphabet = "abcdefghij KLMNOP ,,\"\"'<>&*/→éß0123456789.;-\n";

    private const string NameAlphabet = "abcXYZ é,'\"()<&-";

    private static readonly string[] Sources = ["Caller", "Call recipient", "Called party", "Plivo", "Carrier", "API Request", "Answer XML", "Error", "Unknown"];

    private static readonly string[] Columns = ["code", "name", "identifier", "aliases", "category", "range", "description", "next_steps", "details", "sources", "call_types", "call_states"];

    /// <summary>Ten batches of a hundred seeds: 1,000 random tables.</summary>
    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Random_valid_table_reads_back_exactly_as_written(int batch)
    {
        for (int seed = batch * 100; seed < (batch + 1) * 100; seed++)
        {
            var random = new Random(seed);
            List<Dictionary<string, string>> rows = RandomRows(random);
            string csv = Write(rows, random);

            TableParseResult result = HangupTableReader.Read("/project/HangupCodes.csv", csv, CancellationToken.None);

            Assert.True(result.Problems.Count == 0, $"seed {seed}: {string.Join("; ", result.Problems.Select(p => p.Id + " " + string.Join(", ", p.Arguments)))}\n{csv}");
            Dictionary<int, HangupCauseSpec> causes = result.Table!.Causes.ToDictionary(c => c.Code);
            Assert.Equal(rows.Count, causes.Count);
            foreach (Dictionary<string, string> row in rows)
            {
                HangupCauseSpec cause = causes[int.Parse(row["code"], System.Globalization.CultureInfo.InvariantCulture)];
                Assert.Equal(row["name"], cause.Name);
                Assert.Equal(row["description"], cause.Description);
                Assert.Equal(row["next_steps"], cause.NextSteps);
                Assert.Equal(row["details"], cause.Details);
                Assert.Equal(row["sources"], cause.SourcesText);
                Assert.Equal(row["call_types"], cause.CallTypes);
                Assert.Equal(row["call_states"], cause.CallStates);
                Assert.Equal(row["aliases"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), cause.Aliases);
                if (row["identifier"].Length > 0)
                {
                    Assert.Equal(row["identifier"], cause.Identifier);
                }

                HangupCategorySpec category = result.Table.Categories.Single(c => c.Identifier == cause.CategoryIdentifier);
                Assert.Equal(row["category"], category.Name);
                Assert.Equal(row["range"].Replace('\u2013', '-'), $"{category.FirstCode}-{category.LastCode}");
            }
        }
    }

    private static List<Dictionary<string, string>> RandomRows(Random random)
    {
        var rows = new List<Dictionary<string, string>>();
        int categories = 1 + random.Next(4);
        var used = new HashSet<int>();
        for (int i = 0; i < 1 + random.Next(30); i++)
        {
            int category = random.Next(categories);
            int code = ((category + 1) * 1000) + random.Next(1000);
            if (!used.Add(code))
            {
                continue;
            }

            // "Cause{i}" then a word starting with a letter: derived identifiers never collide.
            string name = $"Cause{i} x" + Text(random, NameAlphabet, 12);
            rows.Add(new Dictionary<string, string>
            {
                ["code"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["name"] = name,
                ["identifier"] = random.Next(4) == 0 ? $"Explicit{i}" : string.Empty,
                ["aliases"] = random.Next(3) == 0 ? $"Alt {i} one; Alt {i} \"two\"" : string.Empty,
                ["category"] = $"Category {category} of \"{categories}\", ok",
                ["range"] = $"{(category + 1) * 1000}{(random.Next(2) == 0 ? "-" : "\u2013")}{((category + 1) * 1000) + 999}",
                ["description"] = Text(random, TextAlphabet, 60),
                ["next_steps"] = Text(random, TextAlphabet, 60),
                ["details"] = Text(random, TextAlphabet, 200),
                ["sources"] = string.Join("; ", Enumerable.Range(0, random.Next(4)).Select(_ => Sources[random.Next(Sources.Length)] + (random.Next(2) == 0 ? ", if it \"rings\"" : string.Empty))),
                ["call_types"] = Text(random, TextAlphabet.Replace("\n", string.Empty, StringComparison.Ordinal), 20),
                ["call_states"] = Text(random, TextAlphabet.Replace("\n", string.Empty, StringComparison.Ordinal), 20),
            });
        }

        return rows;
    }

    /// <summary>Random text as the reader gives it back: no surrounding white space, LF line breaks.</summary>
    private static string Text(Random random, string alphabet, int maxLength)
    {
        var text = new StringBuilder();
        int length = random.Next(maxLength);
        for (int i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString().Trim();
    }

    private static string Write(List<Dictionary<string, string>> rows, Random random)
    {
        string[] columns = [.. Columns.OrderBy(_ => random.Next())];
        string newline = random.Next(2) == 0 ? "\r\n" : "\n";
        var csv = new StringBuilder(random.Next(2) == 0 ? "\uFEFF" : string.Empty);
        csv.Append(string.Join(",", columns)).Append(newline);
        foreach (Dictionary<string, string> row in rows)
        {
            // A quoted field's own line breaks follow the file's, as an editor would save them.
            csv.Append(string.Join(",", columns.Select(c => Field(row[c].Replace("\n", newline, StringComparison.Ordinal), random)))).Append(newline);
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: quoted when it must be, and sometimes when it need not be.</summary>
    private static string Field(string value, Random random)
        => value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || random.Next(3) == 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}

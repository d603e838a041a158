using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace HangupGen.Tests.Table;

/// <summary>
/// HangupCodes.csv says what Plivo's documentation says. The documentation's tables are kept
/// verbatim in <c>Data/PlivoDocs/hangup-causes.md</c> and read here with a parser of their own; each
/// documented row must be in the CSV, and in the generated code, with its code, name, category,
/// range, description and next steps as documented, after the one transformation
/// docs/table-format.md describes (Markdown removed: backticks dropped, a link keeps its text
/// followed by its absolute address). The one deliberate departure, code 0's category, has a test
/// of its own.
/// </summary>
public sealed partial class DocumentedTableTests
{
    private static readonly IReadOnlyList<DocumentedCause> s_documented = ReadDocumentation();

    private static readonly Dictionary<int, Dictionary<string, string>> s_csv = ReadCsv();

    public static TheoryData<int> DocumentedCodes => [.. s_documented.Select(d => d.Code)];

    [Fact]
    public void Documentation_excerpt_holds_the_54_causes_in_eleven_tables()
    {
        Assert.Equal(54, s_documented.Count);
        Assert.Equal(10, s_documented.Select(d => d.Category).Distinct().Count());
        Assert.Equal(s_documented.Count, s_documented.Select(d => d.Code).Distinct().Count());
    }

    [Fact]
    public void Csv_has_exactly_the_documented_codes()
        => Assert.Equal(s_documented.Select(d => d.Code).Order(), s_csv.Keys.Order());

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void Csv_row_has_the_documented_name_description_and_next_steps(int code)
    {
        DocumentedCause documented = s_documented.Single(d => d.Code == code);
        Dictionary<string, string> row = s_csv[code];

        Assert.Equal(documented.Name, row["name"]);
        Assert.Equal(documented.Description, row["description"]);
        Assert.Equal(documented.NextSteps, row["next_steps"]);
    }

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void Generated_cause_has_the_documented_name_description_and_next_steps(int code)
    {
        DocumentedCause documented = s_documented.Single(d => d.Code == code);
        HangupCause cause = HangupCauses.FromCode(code);

        Assert.Equal(documented.Name, cause.GetName());
        Assert.Equal(documented.Description, cause.GetDescription());
        Assert.Equal(documented.NextSteps, cause.GetNextSteps());
    }

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void Cause_is_in_its_documented_category_and_range(int code)
    {
        DocumentedCause documented = s_documented.Single(d => d.Code == code);
        if (code == 0)
        {
            return; // Code_0_is_the_one_documented_departure
        }

        Assert.Equal(documented.Category, s_csv[code]["category"]);
        Assert.Equal(documented.Range, s_csv[code]["range"]);
        HangupCategory category = HangupCauses.FromCode(code).GetCategory();
        Assert.Equal(documented.Category, category.GetName());
        Assert.Equal(documented.Range, $"{category.GetFirstCode()}-{category.GetLastCode()}");
    }

    /// <summary>
    /// Plivo lists code 0 (<c>Unknown</c>) in the Canceled Calls table, whose documented range is
    /// 1000–1020; the table gives it a category of its own (docs/table-format.md says why).
    /// </summary>
    [Fact]
    public void Code_0_is_the_one_documented_departure()
    {
        DocumentedCause unknown = s_documented.Single(d => d.Code == 0);
        Assert.Equal(("Canceled Calls", "1000-1020"), (unknown.Category, unknown.Range));

        Assert.Equal(("Unknown", "0"), (s_csv[0]["category"], s_csv[0]["range"]));
        Assert.Equal(HangupCategory.Unknown, HangupCause.Unknown.GetCategory());
        Assert.Equal((0, 0), (HangupCategory.Unknown.GetFirstCode(), HangupCategory.Unknown.GetLastCode()));
    }

    [Fact]
    public void Aliases_are_spellings_plivo_uses_elsewhere()
    {
        // Neither seed page uses the British spelling (both say "Canceled"); older Plivo pages spell
        // 1000 "Cancelled" and 1010 "Cancelled (Out Of Credits)", and payloads from that time carry them.
        Assert.Equal(
            [(1000, "Cancelled"), (1010, "Cancelled (Out Of Credits)")],
            s_csv.Where(row => row.Value["aliases"].Length > 0).Select(row => (row.Key, row.Value["aliases"])));
    }

    [Theory]
    [InlineData("`time_limit` (API)", "time_limit (API)")]
    [InlineData("Check [SDK troubleshooting](/sdk/client/troubleshooting-guide/)", "Check SDK troubleshooting (https://plivo.com/docs/sdk/client/troubleshooting-guide/)")]
    [InlineData("[Contact Plivo support](https://support.plivo.com) with call UUID", "Contact Plivo support (https://support.plivo.com) with call UUID")]
    [InlineData("plain text", "plain text")]
    public void Markdown_is_removed_as_the_format_documents(string markdown, string text)
        => Assert.Equal(text, WithoutMarkdown(markdown));

    private static List<DocumentedCause> ReadDocumentation()
    {
        var causes = new List<DocumentedCause>();
        string? category = null;
        string? range = null;
        foreach (string line in File.ReadLines(Path.Combine(TestPaths.ProjectDirectory, "Data", "PlivoDocs", "hangup-causes.md")))
        {
            Match title = AccordionTitle().Match(line);
            if (title.Success)
            {
                (category, range) = (title.Groups["category"].Value, title.Groups["range"].Value);
                continue;
            }

            Match row = TableRow().Match(line);
            if (row.Success)
            {
                causes.Add(new DocumentedCause(
                    int.Parse(row.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    WithoutMarkdown(row.Groups["name"].Value.Trim()),
                    category ?? throw new InvalidDataException("A table row before any category: " + line),
                    range!,
                    WithoutMarkdown(row.Groups["description"].Value.Trim()),
                    WithoutMarkdown(row.Groups["next"].Value.Trim())));
            }
        }

        return causes;
    }

    private static Dictionary<int, Dictionary<string, string>> ReadCsv()
    {
        using var parser = new TextFieldParser(TestPaths.RealTablePath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        string[] header = parser.ReadFields()!;
        var rows = new Dictionary<int, Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            string[] fields = parser.ReadFields()!;
            var row = header.Zip(fields).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
            rows.Add(int.Parse(row["code"], System.Globalization.CultureInfo.InvariantCulture), row);
        }

        return rows;
    }

    /// <summary>Backticks dropped; <c>[text](address)</c> becomes <c>text (address)</c>, a relative address under https://plivo.com/docs.</summary>
    private static string WithoutMarkdown(string markdown)
        => MarkdownLink().Replace(markdown.Replace("`", string.Empty, StringComparison.Ordinal), link =>
        {
            string address = link.Groups["address"].Value;
            return link.Groups["text"].Value + " (" + (address.StartsWith('/') ? "https://plivo.com/docs" + address : address) + ")";
        });

    [GeneratedRegex("""<Accordion title="(?<category>.+) \((?<range>[0-9]+-[0-9]+)\)">""")]
    private static partial Regex AccordionTitle();

    [GeneratedRegex(@"^\s*\|\s*(?<code>[0-9]+)\s*\|(?<name>[^|]*)\|(?<description>[^|]*)\|(?<next>[^|]*)\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<address>[^)]+)\)")]
    private static partial Regex MarkdownLink();

    private sealed record DocumentedCause(int Code, string Name, string Category, string Range, string Description, string NextSteps);
}

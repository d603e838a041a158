using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Docs;

/// <summary>
/// Every HG1xxx diagnostic has a page under <c>docs/rules/</c> that matches its descriptor (title,
/// severity, message, help link), and every page's example has the shape its rule calls for and
/// does what the page says: the reported one gets the diagnostic, the fixed one none.
/// </summary>
public sealed class TableRuleDocsTests
{
    public static TheoryData<string> Ids => [.. TableDiagnosticDescriptors.All.Select(d => d.Id)];

    [Fact]
    public void There_are_twenty_two_table_rules()
    {
        Assert.Equal(Enumerable.Range(1001, 22).Select(n => "HG" + n), TableDiagnosticDescriptors.All.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_matches_the_descriptor(string id)
    {
        DiagnosticDescriptor descriptor = TableDiagnosticDescriptors.All.Single(d => d.Id == id);
        string page = Page(id);

        Assert.Equal($"# {id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}", page.Split('\n')[0]);
        Assert.Contains($"**Severity:** {descriptor.DefaultSeverity}", page);
        string message = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        Assert.Contains("\n" + message + "\n", page);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri);
        foreach (Match placeholder in Regex.Matches(message, @"\{\d\}"))
        {
            Assert.Contains("`" + placeholder.Value + "`", page);
        }
    }

    /// <summary>
    /// How each page shows its example. Most rules are about a table's text (two CSV blocks; HG1021's
    /// are telephony cause tables, HG1022's hangup reason tables: see <see cref="VocabularyTablePath"/>); HG1018 and HG1020 are about the project file (two MSBuild
    /// blocks); HG1019, an unreadable file, has no example to show. A page whose example changes shape fails here instead of being skipped.
    /// </summary>
    private static ExampleKind KindOf(string id) => id switch
    {
        "HG1018" => ExampleKind.AdditionalFilesItems,
        "HG1019" => ExampleKind.None,
        "HG1020" => ExampleKind.MSBuildProperties,
        "HG1021" or "HG1022" => ExampleKind.VocabularyTables,
        _ => ExampleKind.Tables,
    };

    /// <summary>The vocabulary table a rule of <see cref="ExampleKind.VocabularyTables"/> is about.</summary>
    private static string VocabularyTablePath(string id) => id == "HG1022" ? "/project/HangupReasons.csv" : "/project/TelephonyCauses.csv";

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_has_the_example_its_rule_calls_for(string id)
    {
        string page = Page(id);
        ExampleKind kind = KindOf(id);

        if (kind == ExampleKind.None)
        {
            Assert.DoesNotContain("## Example", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Reported:", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Fixed:", page, StringComparison.Ordinal);
            return;
        }

        string language = kind is ExampleKind.Tables or ExampleKind.VocabularyTables ? "csv" : "xml";
        Assert.Single(Regex.Matches(page, "^## Example\n", RegexOptions.Multiline));
        Assert.Single(Regex.Matches(page, "^Reported:\n", RegexOptions.Multiline));
        Assert.Single(Regex.Matches(page, "^Fixed:\n", RegexOptions.Multiline));
        Assert.True(Example(page, "Reported:", language) is not null, $"{id}: 'Reported:' is not followed by a ```{language} block");
        Assert.True(Example(page, "Fixed:", language) is not null, $"{id}: 'Fixed:' is not followed by a ```{language} block");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Reported_example_gets_only_this_diagnostic_and_the_fixed_one_none(string id)
    {
        string page = Page(id);
        (GeneratorRunResult reportedRun, GeneratorRunResult fixedRun) = KindOf(id) switch
        {
            ExampleKind.Tables => (
                GeneratorHarness.Run(RequiredExample(page, "Reported:", "csv")),
                GeneratorHarness.Run(RequiredExample(page, "Fixed:", "csv"))),
            ExampleKind.VocabularyTables => (
                GeneratorHarness.Run(RequiredExample(page, "Reported:", "csv"), tablePath: VocabularyTablePath(id)),
                GeneratorHarness.Run(RequiredExample(page, "Fixed:", "csv"), tablePath: VocabularyTablePath(id))),
            ExampleKind.AdditionalFilesItems => (
                GeneratorHarness.Run(TablesOf(RequiredExample(page, "Reported:", "xml"))),
                GeneratorHarness.Run(TablesOf(RequiredExample(page, "Fixed:", "xml")))),
            ExampleKind.MSBuildProperties => (
                GeneratorHarness.Run(table: null, PropertiesOf(RequiredExample(page, "Reported:", "xml"))),
                GeneratorHarness.Run(table: null, PropertiesOf(RequiredExample(page, "Fixed:", "xml")))),
            _ => (
                GeneratorHarness.Run([new InMemoryAdditionalText("/project/HangupCodes.csv", text: null)]),
                GeneratorHarness.Run(TestTables.Small)),
        };

        Assert.NotEmpty(reportedRun.Diagnostics);
        Assert.All(reportedRun.Diagnostics, diagnostic => Assert.Equal(id, diagnostic.Id));
        Assert.Empty(fixedRun.Diagnostics);
        Assert.NotEmpty(fixedRun.GeneratedSources);
    }

    [Fact]
    public void Every_property_of_the_HG1020_example_is_reported()
    {
        var properties = PropertiesOf(RequiredExample(Page("HG1020"), "Reported:", "xml"));

        GeneratorRunResult run = GeneratorHarness.Run(table: null, properties);

        Assert.Equal(
            properties.Keys.Order(StringComparer.Ordinal),
            properties.Keys.Where(p => run.Diagnostics.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains(p, StringComparison.Ordinal))).Order(StringComparer.Ordinal));
    }

    /// <summary>The HangupCodes.csv files an MSBuild example adds, each holding a valid table.</summary>
    private static AdditionalText[] TablesOf(string xml)
    {
        AdditionalText[] tables = XElement.Parse(xml).DescendantsAndSelf("AdditionalFiles")
            .Select(item => (AdditionalText)new InMemoryAdditionalText("/project/" + (string)item.Attribute("Include")!, TestTables.Small))
            .ToArray();
        Assert.NotEmpty(tables);
        return tables;
    }

    /// <summary>The properties an MSBuild example sets.</summary>
    private static Dictionary<string, string> PropertiesOf(string xml)
    {
        Dictionary<string, string> properties = XElement.Parse(xml).DescendantsAndSelf("PropertyGroup").Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
        Assert.NotEmpty(properties);
        return properties;
    }

    private static string Page(string id)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing");
        return File.ReadAllText(path).Replace("\r\n", "\n");
    }

    /// <summary>The <paramref name="language"/> block right after <paramref name="label"/>, or null when there is none.</summary>
    private static string? Example(string page, string label, string language)
    {
        Match match = Regex.Match(page, "^" + Regex.Escape(label) + "\n\n```" + language + "\n(.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string RequiredExample(string page, string label, string language)
        => Example(page, label, language) ?? throw new Xunit.Sdk.XunitException($"'{label}' is not followed by a ```{language} block");

    private enum ExampleKind
    {
        Tables,
        VocabularyTables,
        AdditionalFilesItems,
        MSBuildProperties,
        None,
    }
}

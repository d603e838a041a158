using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Docs;

/// <summary>
/// Every HG1xxx diagnostic has a page under <c>docs/rules/</c> that matches its descriptor (title,
/// severity, message, help link), and the page's table examples do what the page says: the
/// reported one gets the diagnostic, the fixed one none.
/// </summary>
public sealed class TableRuleDocsTests
{
    public static TheoryData<string> Ids => [.. TableDiagnosticDescriptors.All.Select(d => d.Id)];

    [Fact]
    public void There_are_twenty_one_table_rules()
    {
        Assert.Equal(Enumerable.Range(1001, 21).Select(n => "HG" + n), TableDiagnosticDescriptors.All.Select(d => d.Id));
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

    [Theory]
    [MemberData(nameof(Ids))]
    public void Reported_table_example_gets_only_this_diagnostic_and_the_fixed_one_none(string id)
    {
        string page = Page(id);
        string? reported = Example(page, "Reported:");
        string? fixedTable = Example(page, "Fixed:");
        if (reported is null)
        {
            Assert.Null(fixedTable);
            return;
        }

        GeneratorRunResult reportedRun = GeneratorHarness.Run(reported);
        GeneratorRunResult fixedRun = GeneratorHarness.Run(fixedTable);

        Assert.NotEmpty(reportedRun.Diagnostics);
        Assert.All(reportedRun.Diagnostics, diagnostic => Assert.Equal(id, diagnostic.Id));
        Assert.Empty(fixedRun.Diagnostics);
        Assert.NotEmpty(fixedRun.GeneratedSources);
    }

    private static string Page(string id)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing");
        return File.ReadAllText(path).Replace("\r\n", "\n");
    }

    /// <summary>The CSV block after <paramref name="label"/>, or null when the page has none (its examples are MSBuild or there are none).</summary>
    private static string? Example(string page, string label)
    {
        Match match = Regex.Match(page, Regex.Escape(label) + "\n\n```csv\n(.*?)\n```", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }
}

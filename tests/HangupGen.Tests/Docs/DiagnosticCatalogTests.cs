using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HangupGen.Tests.Analyzers;
using HangupGen.Generator;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Docs;

/// <summary>
/// Every diagnostic HangupGen can report — the rules of every analyzer, the table problems of the
/// generator, the suppression — has one home: a page under <c>docs/rules/</c>, a help link to that
/// page, an entry in its project's release tracking, and a row in the README's rules table.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private const string DocsRoot = "https://github.com/hangupgen/hangupgen/blob/main/docs/rules/";

    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } = HangupRules.Create();

    public static IReadOnlyList<DiagnosticDescriptor> RuleDescriptors { get; } = Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .DistinctBy(d => d.Id)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<SuppressionDescriptor> Suppressions { get; } = Analyzers
        .OfType<DiagnosticSuppressor>()
        .SelectMany(s => s.SupportedSuppressions)
        .ToList();

    public static TheoryData<string> AllIds => [.. RuleDescriptors.Concat(TableDiagnosticDescriptors.All).Select(d => d.Id).Concat(Suppressions.Select(s => s.Id))];

    [Fact]
    public void The_rules_are_HG0001_to_HG0007()
        => Assert.Equal(["HG0001", "HG0002", "HG0003", "HG0004", "HG0005", "HG0006", "HG0007"], RuleDescriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_id_has_a_page_that_starts_with_it(string id)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");

        Assert.True(File.Exists(path), $"{path} is missing");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(path));
    }

    [Fact]
    public void Every_rule_links_to_its_page_and_is_on_by_default()
    {
        Assert.All(RuleDescriptors.Concat(TableDiagnosticDescriptors.All), descriptor =>
        {
            Assert.Equal(DocsRoot + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Contains(descriptor.Category, new[] { "Usage", "Reliability", "Design" });
        });
    }

    [Fact]
    public void Every_rule_is_tracked_as_released_with_its_category_and_severity()
    {
        AssertTracked(RuleDescriptors, Path.Combine("analyzers", "HangupGen.Analyzers"));
        AssertTracked(TableDiagnosticDescriptors.All, Path.Combine("generator", "HangupGen.Generator"));
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_id_is_in_the_readme_rules_table(string id)
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        Assert.Contains($"| [{id}](docs/rules/{id}.md) |", readme);
    }

    private static void AssertTracked(IEnumerable<DiagnosticDescriptor> descriptors, string project)
    {
        string directory = Path.Combine(TestPaths.RepositoryRoot, project);
        Dictionary<string, string[]> rows = File.ReadLines(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadLines(Path.Combine(directory, "AnalyzerReleases.Shipped.md")))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 3 && cells[0].StartsWith("HG", StringComparison.Ordinal))
            .ToDictionary(cells => cells[0]);
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            Assert.True(rows.TryGetValue(descriptor.Id, out string[]? row), $"{descriptor.Id} is not in {project}'s AnalyzerReleases files");
            Assert.Equal(descriptor.Category, row![1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        }

        Assert.Equal(descriptors.Select(d => d.Id).Order(), rows.Keys.Order());
    }
}

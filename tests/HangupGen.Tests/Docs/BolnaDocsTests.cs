using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Docs;

/// <summary>
/// <c>docs/bolna.md</c> sets Bolna's codes per <c>hangup_by</c> beside Plivo's sources per cause, one
/// row per pair, with a verdict. Every row is read back and checked against the generated types, so
/// the page cannot drift from the tables.
/// </summary>
public sealed class BolnaDocsTests
{
    private static readonly List<string[]> s_pairs = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "bolna.md"))
        .SkipWhile(line => line != "| hangup_by | code | cause | Plivo's sources | verdict |")
        .Skip(2)
        .TakeWhile(line => line.StartsWith("| ", StringComparison.Ordinal))
        .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
        .ToList();

    public static TheoryData<string, int, string, string, string> Pairs()
    {
        var data = new TheoryData<string, int, string, string, string>();
        foreach (string[] cells in s_pairs)
        {
            data.Add(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2], cells[3], cells[4]);
        }

        return data;
    }

    [Fact]
    public void The_page_has_one_row_per_code_bolna_documents()
    {
        Assert.Equal(HangupSources.All.Sum(source => source.GetBolnaCodes().Count), s_pairs.Count);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_pair_matches_both_tables_and_its_verdict(string hangupBy, int code, string causeName, string plivoSources, string verdict)
    {
        Assert.True(HangupSources.TryParse(hangupBy, out HangupSource source), hangupBy);
        Assert.Contains(code, source.GetBolnaCodes());
        Assert.True(HangupCauses.TryFromCode(code, out HangupCause cause));
        Assert.Equal(causeName, cause.GetName());

        IReadOnlyList<HangupSource> sources = cause.GetSources();
        Assert.Equal(plivoSources, sources.Count == 0 ? "(none)" : string.Join(", ", sources.Select(s => s.GetName())));
        Assert.Equal(sources.Contains(source) ? "agree" : "disagree", verdict);
    }
}

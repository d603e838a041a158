using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Bolna's hangup documentation (seed 004, kept verbatim in <c>Data/BolnaDocs/hangup-codes.txt</c>)
/// against the types generated into this assembly: every <c>hangup_by</c> row parses to its source
/// with Bolna's description and codes, the empty row means "not recorded", and every
/// <c>hangup_reason</c> parses with its description and side. The seed's tables lost their cell
/// separators when the page was saved, so a row is matched whole: spelling + description + codes.
/// </summary>
public sealed class BolnaDocumentationTests
{
    private static readonly string[] s_lines = File.ReadAllLines(Path.Combine(TestPaths.ProjectDirectory, "Data", "BolnaDocs", "hangup-codes.txt"));

    private static readonly List<string> s_hangupByRows = Section("Hangup byHangup DescriptionHangup provider code", "Hangup Reasons");

    private static readonly List<string> s_providerReasonRows = Section("Hangup ReasonDescription", "Notes on Code Interpretation");

    private static readonly List<string> s_bolnaReasonLines = Section("Bolna provides specific hangup reasons based on agent configuration:", "Telephony Provider Hangup Reasons");

    public static TheoryData<string> HangupByRows() => [.. s_hangupByRows.Where(row => !row.StartsWith("(empty)", StringComparison.Ordinal))];

    public static TheoryData<string> ProviderReasonRows() => [.. s_providerReasonRows];

    public static TheoryData<string> BolnaReasonLines() => [.. s_bolnaReasonLines];

    [Fact]
    public void The_seed_has_seven_hangup_by_rows_the_empty_row_two_bolna_reasons_and_twenty_one_provider_reasons()
    {
        Assert.Equal(8, s_hangupByRows.Count);
        Assert.Equal("(empty)No hangup reason was recorded(empty)", Assert.Single(s_hangupByRows, row => row.StartsWith("(empty)", StringComparison.Ordinal)));
        Assert.Equal(2, s_bolnaReasonLines.Count);
        Assert.Equal(21, s_providerReasonRows.Count);
        Assert.Equal(23, HangupReasons.Count);
    }

    [Theory]
    [MemberData(nameof(HangupByRows))]
    public void Each_hangup_by_row_is_one_source_with_bolnas_description_and_codes(string row)
    {
        // Exactly one source, under one of its spellings, reads back as the whole row.
        var matches = (
            from source in HangupSources.All
            from spelling in Spellings(source)
            let codes = string.Join(", ", source.GetBolnaCodes())
            where row == spelling + source.GetBolnaDescription() + codes
            select (source, spelling)).ToList();

        (HangupSource expected, string hangupBy) = Assert.Single(matches);
        Assert.True(HangupSources.TryParse(hangupBy, out HangupSource parsed));
        Assert.Equal(expected, parsed);
        Assert.True(HangupSources.TryParse(hangupBy.ToUpperInvariant(), out parsed));
        Assert.Equal(expected, parsed);
        Assert.True(HangupSources.TryParse(hangupBy.ToLowerInvariant(), out parsed));
        Assert.Equal(expected, parsed);
        Assert.True(HangupSources.TryParseRecorded(hangupBy, out HangupSource? recorded));
        Assert.Equal(expected, recorded);
    }

    [Theory]
    [InlineData("API Request", HangupSource.ApiRequest, new[] { 4000, 4020 })]
    [InlineData("Callee", HangupSource.CallRecipient, new[] { 3020, 4000 })]
    [InlineData("Caller", HangupSource.Caller, new[] { 4000 })]
    [InlineData("Carrier", HangupSource.Carrier, new[] { 2000, 3000, 3010, 3020, 3040, 3050, 3070 })]
    [InlineData("Error", HangupSource.Error, new[] { 3080, 3090, 3110, 5010, 5020, 7011, 8011 })]
    [InlineData("Plivo", HangupSource.Plivo, new[] { 1010, 4010, 5020, 6000, 6010, 6020 })]
    [InlineData("Unknown", HangupSource.Unknown, new[] { 0 })]
    internal void Bolnas_hangup_by_spelling_names_its_source_and_its_codes(string hangupBy, HangupSource expected, int[] codes)
    {
        Assert.True(HangupSources.TryParse(hangupBy, out HangupSource source));
        Assert.Equal(expected, source);
        Assert.Equal(codes, source.GetBolnaCodes());
    }

    [Fact]
    public void Answer_xml_is_a_plivo_source_bolna_documents_nothing_for()
    {
        Assert.Empty(HangupSource.AnswerXml.GetBolnaCodes());
        Assert.Equal(string.Empty, HangupSource.AnswerXml.GetBolnaDescription());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void An_empty_hangup_by_means_not_recorded_which_is_not_unknown(string? hangupBy)
    {
        Assert.True(HangupSources.TryParseRecorded(hangupBy, out HangupSource? source));
        Assert.Null(source);
        Assert.NotEqual(HangupSource.Unknown, source);
        Assert.False(HangupSources.TryParse(hangupBy, out _));
    }

    [Theory]
    [InlineData("Destination")]
    [InlineData("Call ee")]
    public void An_unknown_hangup_by_is_neither_a_source_nor_not_recorded(string hangupBy)
    {
        Assert.False(HangupSources.TryParseRecorded(hangupBy, out HangupSource? source));
        Assert.Null(source);
    }

    [Theory]
    [MemberData(nameof(ProviderReasonRows))]
    public void Each_provider_reason_parses_with_its_description_and_the_provider_side(string row)
    {
        HangupReason reason = Assert.Single(HangupReasons.All, r => row == r.GetName() + r.GetDescription());

        AssertParses(reason.GetName(), reason);
        Assert.Equal(HangupReasonSide.TelephonyProvider, reason.GetSide());
    }

    [Theory]
    [MemberData(nameof(BolnaReasonLines))]
    public void Each_bolna_reason_parses_with_its_description_and_the_bolna_side(string line)
    {
        // "  • inactivity_timeout: Call ended due to silence time threshold being exceeded"
        string item = line.TrimStart(' ', '•');
        int colon = item.IndexOf(": ", StringComparison.Ordinal);
        string name = item.Substring(0, colon);

        AssertParses(name, out HangupReason reason);
        Assert.Equal(name, reason.GetName());
        Assert.Equal(item.Substring(colon + 2), reason.GetDescription());
        Assert.Equal(HangupReasonSide.Bolna, reason.GetSide());
    }

    [Fact]
    public void Reasons_are_bolnas_two_then_the_providers_twenty_one_in_the_seeds_order()
    {
        IEnumerable<string> expected = s_bolnaReasonLines.Select(line => line.TrimStart(' ', '•').Split(':')[0])
            .Concat(s_providerReasonRows.Select(row => HangupReasons.All.Single(r => row == r.GetName() + r.GetDescription()).GetName()));

        Assert.Equal(expected, HangupReasons.All.Select(r => r.GetName()));
        Assert.Equal(HangupReasons.All.Select(r => r.GetName()), HangupReasons.All.Select(r => r.GetName()).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void An_empty_hangup_reason_means_not_recorded(string? text)
    {
        Assert.True(HangupReasons.TryParseRecorded(text, out HangupReason? reason));
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("carrier DECLINED", HangupReason.CarrierDeclined)]
    [InlineData("FAILED", HangupReason.Failed)]
    [InlineData("LLM_PROMPTED_HANGUP", HangupReason.LlmPromptedHangup)]
    [InlineData("InactivityTimeout", HangupReason.InactivityTimeout)]
    internal void Reasons_parse_in_any_case_and_by_identifier(string text, HangupReason expected)
    {
        AssertParses(text, out HangupReason reason);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Reason_names_are_constants_for_case_labels()
    {
        Assert.Equal("Carrier declined", HangupReasonNames.CarrierDeclined);
        Assert.Equal("inactivity_timeout", HangupReasonNames.InactivityTimeout);
    }

    private static void AssertParses(string text, HangupReason expected)
    {
        AssertParses(text, out HangupReason reason);
        Assert.Equal(expected, reason);
    }

    private static void AssertParses(string text, out HangupReason reason)
    {
        Assert.True(HangupReasons.TryParse(text, out reason), text);
        Assert.True(HangupReasons.TryParse(text.ToUpperInvariant(), out HangupReason upper), text);
        Assert.Equal(reason, upper);
    }

    /// <summary>The documented name, identifier and aliases of a source, as its row of the embedded source table gives them.</summary>
    private static IEnumerable<string> Spellings(HangupSource source)
    {
        VocabularyMemberSpec row = HangupTableReader.DefaultSources.Single(m => m.Value == (int)source);
        return new[] { row.Name, row.Identifier }.Concat(row.Aliases).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The non-blank lines after the line <paramref name="header"/> and before the line <paramref name="end"/>.</summary>
    private static List<string> Section(string header, string end)
    {
        int start = Array.FindIndex(s_lines, line => line.Trim() == header);
        Assert.True(start >= 0, header);
        int stop = Array.FindIndex(s_lines, start + 1, line => line.Trim() == end);
        Assert.True(stop > start, end);
        return s_lines.Skip(start + 1).Take(stop - start - 1).Where(line => line.Trim().Length > 0).ToList();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The real table, generated into this test assembly (namespace <c>HangupGen.Tests.Generated</c>):
/// every documented cause, name, text and range is there, and every lookup round-trips.
/// </summary>
public sealed class RealTableTests
{
    private static readonly HangupTableSpec s_table = HangupTableReader.Read(TestPaths.RealTablePath, TestTables.Real, CancellationToken.None).Table!;

    public static TheoryData<int> Codes => [.. s_table.Causes.Select(c => c.Code)];

    [Fact]
    public void Table_has_the_54_documented_causes_in_code_order()
    {
        Assert.Equal(54, HangupCauses.Count);
        Assert.Equal(54, HangupCauses.All.Count);
        Assert.Equal(s_table.Causes.Select(c => c.Code), HangupCauses.All.Select(c => (int)c));
        Assert.Equal(HangupCauses.All, Enum.GetValues<HangupCause>());
    }

    [Fact]
    public void Codes_match_the_csv_read_by_an_independent_csv_parser()
    {
        using var parser = new TextFieldParser(TestPaths.RealTablePath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        string[] header = parser.ReadFields()!;
        int code = Array.IndexOf(header, "code");
        int name = Array.IndexOf(header, "name");
        var rows = new List<(int Code, string Name)>();
        while (!parser.EndOfData)
        {
            string[] fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add((int.Parse(fields[code], System.Globalization.CultureInfo.InvariantCulture), fields[name]));
        }

        Assert.Equal(rows, HangupCauses.All.Select(c => ((int)c, c.GetName())));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Cause_has_the_csv_row_values(int code)
    {
        HangupCauseSpec row = s_table.Causes.Single(c => c.Code == code);
        var cause = (HangupCause)code;

        Assert.True(cause.IsDefined());
        Assert.Equal(row.Identifier, Enum.GetName(cause));
        Assert.Equal(row.Name, cause.GetName());
        Assert.Equal(row.Description, cause.GetDescription());
        Assert.Equal(row.NextSteps, cause.GetNextSteps());
        Assert.Equal(row.Details, cause.GetDetails());
        Assert.Equal(row.CategoryIdentifier, cause.GetCategory().ToString());
        Assert.Equal(row.Sources, cause.GetSources().Select(s => s.ToString()));
        Assert.Equal(row.CallTypes, cause.GetCallTypes());
        Assert.Equal(row.CallStates, cause.GetCallStates());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Name_description_and_next_steps_are_documented_for_every_cause(int code)
    {
        var cause = (HangupCause)code;

        Assert.False(string.IsNullOrWhiteSpace(cause.GetName()));
        Assert.False(string.IsNullOrWhiteSpace(cause.GetDescription()));
        Assert.False(string.IsNullOrWhiteSpace(cause.GetNextSteps()));
    }

    [Fact]
    public void Categories_are_the_documented_ones_with_their_documented_ranges()
    {
        (HangupCategory Category, string Name, int First, int Last)[] documented =
        [
            (HangupCategory.Unknown, "Unknown", 0, 0),
            (HangupCategory.CanceledCalls, "Canceled Calls", 1000, 1020),
            (HangupCategory.DestinationIssues, "Destination Issues", 2000, 2070),
            (HangupCategory.CallRejections, "Call Rejections", 3000, 3050),
            (HangupCategory.CarrierErrors, "Carrier Errors", 3070, 3140),
            (HangupCategory.NormalCompletions, "Normal Completions", 4000, 4030),
            (HangupCategory.SystemErrors, "System Errors", 5000, 5030),
            (HangupCategory.Timeouts, "Timeouts", 6000, 6020),
            (HangupCategory.UrlErrors, "URL Errors", 7011, 7034),
            (HangupCategory.XmlErrors, "XML Errors", 8011, 8014),
            (HangupCategory.SpecialCases, "Special Cases", 9000, 9110),
        ];

        Assert.Equal(documented.Select(d => d.Category), Enum.GetValues<HangupCategory>());
        Assert.All(documented, d =>
        {
            Assert.Equal(d.Name, d.Category.GetName());
            Assert.Equal(d.First, d.Category.GetFirstCode());
            Assert.Equal(d.Last, d.Category.GetLastCode());
            Assert.True(d.Category.IsDefined());
            Assert.Equal(HangupCauses.All.Where(c => c.GetCategory() == d.Category), d.Category.GetMembers());
            Assert.All(d.Category.GetMembers(), c => Assert.InRange((int)c, d.First, d.Last));
        });
    }

    [Fact]
    public void Category_classes_give_the_same_ranges_and_members_as_the_extensions()
    {
        Assert.Equal(HangupCategory.CallRejections, HangupCauses.CallRejections.Category);
        Assert.Equal((3000, 3050), (HangupCauses.CallRejections.FirstCode, HangupCauses.CallRejections.LastCode));
        Assert.Equal((3070, 3140), (HangupCauses.CarrierErrors.FirstCode, HangupCauses.CarrierErrors.LastCode));
        Assert.Equal((7011, 7034), (HangupCauses.UrlErrors.FirstCode, HangupCauses.UrlErrors.LastCode));
        Assert.Equal((0, 0), (HangupCauses.Unknown.FirstCode, HangupCauses.Unknown.LastCode));
        Assert.Equal(HangupCategory.CallRejections.GetMembers(), HangupCauses.CallRejections.Members);
        Assert.Equal(
            [HangupCause.ScheduledHangup, HangupCause.RingTimeoutReached, HangupCause.MediaTimeout],
            HangupCauses.Timeouts.Members);
    }

    [Fact]
    public void Every_code_of_a_documented_range_is_classified_even_without_a_cause()
    {
        foreach (HangupCategory category in Enum.GetValues<HangupCategory>())
        {
            for (int code = category.GetFirstCode(); code <= category.GetLastCode(); code++)
            {
                Assert.True(HangupCauses.TryGetCategory(code, out HangupCategory found));
                Assert.Equal(category, found);
                Assert.True(HangupCauses.IsInCategory(code, category));
            }
        }

        Assert.False(HangupCauses.TryGetCategory(3060, out _));
        Assert.False(HangupCauses.TryGetCategory(7000, out _));
        Assert.False(HangupCauses.TryGetCategory(-1, out _));
        Assert.False(HangupCauses.IsInCategory(3060, HangupCategory.CallRejections));
        Assert.False(HangupCauses.IsInCategory(3010, HangupCategory.CarrierErrors));
    }

    [Fact]
    public void Spot_checks_from_the_plivo_documentation()
    {
        Assert.Equal("Busy Line", HangupCause.BusyLine.GetName());
        Assert.Equal(3010, (int)HangupCause.BusyLine);
        Assert.Equal("Destination is busy", HangupCause.BusyLine.GetDescription());
        Assert.Equal("Retry later or implement voicemail fallback", HangupCause.BusyLine.GetNextSteps());
        Assert.Equal(HangupCategory.CallRejections, HangupCause.BusyLine.GetCategory());
        Assert.Equal([HangupSource.Plivo, HangupSource.Carrier], HangupCause.BusyLine.GetSources());

        Assert.Equal("Concurrency Limit Breached", HangupCause.ConcurrencyLimitBreached.GetName());
        Assert.Equal(5030, (int)HangupCause.ConcurrencyLimitBreached);
        Assert.Equal("India concurrent call limit exceeded", HangupCause.ConcurrencyLimitBreached.GetDescription());
        Assert.Equal(HangupCategory.SystemErrors, HangupCause.ConcurrencyLimitBreached.GetCategory());

        Assert.Equal("Spam block", HangupCause.SpamBlock.GetName());
        Assert.Equal(3130, (int)HangupCause.SpamBlock);
        Assert.Equal("Register number with STIR/SHAKEN. Consider different caller ID", HangupCause.SpamBlock.GetNextSteps());
        Assert.Equal(HangupCategory.CarrierErrors, HangupCause.SpamBlock.GetCategory());

        Assert.Equal("DNO Caller ID", HangupCause.DnoCallerId.GetName());
        Assert.Equal(3140, (int)HangupCause.DnoCallerId);
        Assert.Equal("Use different number - this one is inbound-only", HangupCause.DnoCallerId.GetNextSteps());

        Assert.Equal("Canceled (Out Of Credits)", HangupCause.CanceledOutOfCredits.GetName());
        Assert.Equal("Add credits. Enable auto-recharge in Console → Billing", HangupCause.CanceledOutOfCredits.GetNextSteps());
        Assert.True(HangupCauses.TryParse("Cancelled (Out Of Credits)", out HangupCause cancelled));
        Assert.Equal(HangupCause.CanceledOutOfCredits, cancelled);

        Assert.Equal(0, (int)HangupCause.Unknown);
        Assert.Equal(HangupCategory.Unknown, HangupCause.Unknown.GetCategory());
        Assert.Equal("Hangup reason undetermined. Known bug: Delete All Calls API sets this", HangupCause.Unknown.GetDescription());

        Assert.Equal("Normal Hangup", HangupCause.NormalHangup.GetName());
        Assert.Equal([HangupSource.CallRecipient, HangupSource.ApiRequest, HangupSource.AnswerXml], HangupCause.NormalHangup.GetSources());
        Assert.Equal("Inform participant of required DTMF input", HangupCause.ConfirmKeyChallengeFailed.GetNextSteps());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_round_trips_through_every_code_lookup(int code)
    {
        var cause = (HangupCause)code;

        Assert.Equal(cause, HangupCauses.FromCode(code));
        Assert.True(HangupCauses.TryFromCode(code, out HangupCause fromCode));
        Assert.Equal(cause, fromCode);
        Assert.True(HangupCauses.TryParseCode(code.ToString(System.Globalization.CultureInfo.InvariantCulture), out HangupCause parsed));
        Assert.Equal(cause, parsed);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Name_round_trips_in_any_case_and_by_identifier(int code)
    {
        var cause = (HangupCause)code;
        string name = cause.GetName();

        foreach (string text in new[] { name, name.ToLowerInvariant(), name.ToUpperInvariant(), cause.ToString(), cause.ToString().ToLowerInvariant() })
        {
            Assert.True(HangupCauses.TryParse(text, out HangupCause parsed), text);
            Assert.Equal(cause, parsed);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Aliases_parse_to_their_cause(int code)
    {
        foreach (string alias in s_table.Causes.Single(c => c.Code == code).Aliases)
        {
            Assert.True(HangupCauses.TryParse(alias, out HangupCause parsed), alias);
            Assert.Equal((HangupCause)code, parsed);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Match_calls_the_function_of_the_cause_and_of_its_category(int code)
    {
        var cause = (HangupCause)code;

        Assert.Equal(cause, RealTableMatch.Cause(cause));
        Assert.Equal(cause.GetCategory(), RealTableMatch.CategoryOf(cause));
        Assert.Equal(cause.GetCategory(), RealTableMatch.Category(cause.GetCategory()));
        Assert.Equal((cause.GetCategory(), code + 1), RealTableMatch.CategoryOf(cause, code + 1));
        Assert.Equal((cause.GetCategory(), code + 2), RealTableMatch.Category(cause.GetCategory(), code + 2));
    }

    [Fact]
    public void Match_throws_for_an_undefined_value_and_for_a_missing_function()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RealTableMatch.Cause((HangupCause)3015));
        Assert.Throws<ArgumentOutOfRangeException>(() => RealTableMatch.CategoryOf((HangupCause)3015));
        Assert.Throws<ArgumentOutOfRangeException>(() => RealTableMatch.Category((HangupCategory)99));
        Assert.Throws<ArgumentOutOfRangeException>("cause", () => RealTableMatch.CategoryOf((HangupCause)3015, 0));
        Assert.Throws<ArgumentOutOfRangeException>("category", () => RealTableMatch.Category((HangupCategory)99, 0));
        Assert.Throws<ArgumentNullException>("timeouts", () => HangupCategory.Timeouts.Match(
            0, s => s, s => s, s => s, s => s, s => s, s => s, s => s, null!, s => s, s => s, s => s));
        Assert.Throws<ArgumentNullException>("busyLine", () => HangupCause.BusyLine.Match(
            () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0,
            () => 0, () => 0, () => 0, null!, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0,
            () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0,
            () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0,
            () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0, () => 0,
            () => 0, () => 0, () => 0, () => 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(3015)]
    [InlineData(3060)]
    [InlineData(9111)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Unknown_code_is_not_a_cause(int code)
    {
        Assert.False(HangupCauses.TryFromCode(code, out HangupCause cause));
        Assert.Equal(default, cause);
        Assert.Throws<ArgumentOutOfRangeException>("code", () => HangupCauses.FromCode(code));
        Assert.False(((HangupCause)code).IsDefined());
        Assert.Throws<ArgumentOutOfRangeException>("cause", () => ((HangupCause)code).GetName());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+3010")]
    [InlineData("-3010")]
    [InlineData(" 3010")]
    [InlineData("3010 ")]
    [InlineData("3010x")]
    [InlineData("30 10")]
    [InlineData("3015")]
    [InlineData("9111")]
    [InlineData("03010")]
    [InlineData("00")]
    [InlineData("0000")]
    [InlineData("3010.0")]
    [InlineData("３０１０")]
    [InlineData("99999")]
    [InlineData("4294970306")]
    [InlineData("99999999999999999999999999")]
    public void Text_that_is_not_the_code_of_a_cause_does_not_parse(string? text)
    {
        Assert.False(HangupCauses.TryParseCode(text, out HangupCause cause));
        Assert.Equal(default, cause);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Busy")]
    [InlineData("Busy Line ")]
    [InlineData(" Busy Line")]
    [InlineData("Busy  Line")]
    [InlineData("Busy_Line")]
    [InlineData("3010")]
    [InlineData("Call Rejections")]
    [InlineData("Cancel")]
    [InlineData("Cancelled Calls")]
    public void Text_that_is_no_name_identifier_or_alias_does_not_parse(string? text)
    {
        Assert.False(HangupCauses.TryParse(text, out HangupCause cause));
        Assert.Equal(default, cause);
    }

    /// <summary>The "List of hangup sources" of the Standard Plivo Hangup Causes page (seed 001), verbatim.</summary>
    [Theory]
    [InlineData(HangupSource.Caller, "The call was hung up by the caller.")]
    [InlineData(HangupSource.CallRecipient, "The call was hung up by the individual who was dialed.")]
    [InlineData(HangupSource.Plivo, "Plivo initiated the hangup. Several scenarios, detailed in the hangup causes below, can result in Plivo initiating a call hangup.")]
    [InlineData(HangupSource.Carrier, "The hangup signal was received from the remote carrier.")]
    [InlineData(HangupSource.ApiRequest, "The call was terminated via the Hangup or Cancel Call API request.")]
    [InlineData(HangupSource.AnswerXml, "The call was hung up using the Hangup XML element.")]
    [InlineData(HangupSource.Error, "An error condition led to the call being terminated.")]
    [InlineData(HangupSource.Unknown, "The source of the hangup could not be determined.")]
    internal void Source_descriptions_are_the_documented_ones(HangupSource source, string description)
        => Assert.Equal(description, source.GetDescription());

    [Theory]
    [InlineData("Cancelled", HangupCause.Canceled)]
    [InlineData("cancelled", HangupCause.Canceled)]
    [InlineData("Cancelled (Out Of Credits)", HangupCause.CanceledOutOfCredits)]
    internal void The_british_spelling_of_older_plivo_pages_parses(string text, HangupCause expected)
    {
        Assert.True(HangupCauses.TryParse(text, out HangupCause cause));
        Assert.Equal(expected, cause);
    }

    [Theory]
    [InlineData("Call recipient", HangupSource.CallRecipient)]
    [InlineData("called party", HangupSource.CallRecipient)]
    // Bolna's hangup_by spelling (seed 004): it was once asserted unknown; it names the call recipient.
    [InlineData("Callee", HangupSource.CallRecipient)]
    [InlineData("callee", HangupSource.CallRecipient)]
    [InlineData("CallRecipient", HangupSource.CallRecipient)]
    [InlineData("API request", HangupSource.ApiRequest)]
    [InlineData("API Request", HangupSource.ApiRequest)]
    [InlineData("answer xml", HangupSource.AnswerXml)]
    [InlineData("Caller", HangupSource.Caller)]
    [InlineData("PLIVO", HangupSource.Plivo)]
    [InlineData("Carrier", HangupSource.Carrier)]
    [InlineData("Error", HangupSource.Error)]
    [InlineData("Unknown", HangupSource.Unknown)]
    internal void Source_parses_from_its_documented_spellings(string text, HangupSource expected)
    {
        Assert.True(HangupSources.TryParse(text, out HangupSource source));
        Assert.Equal(expected, source);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Call  recipient")]
    [InlineData("Plivo ")]
    public void Unknown_source_text_does_not_parse(string? text)
    {
        Assert.False(HangupSources.TryParse(text, out HangupSource source));
        Assert.Equal(HangupSource.Unknown, source);
    }

    [Fact]
    public void Sources_are_the_eight_documented_ones_and_round_trip_by_name()
    {
        Assert.Equal(
            ["Unknown", "Caller", "Call recipient", "Plivo", "Carrier", "API Request", "Answer XML", "Error"],
            HangupSources.All.Select(s => s.GetName()));
        Assert.All(HangupSources.All, source =>
        {
            Assert.True(source.IsDefined());
            Assert.False(string.IsNullOrEmpty(source.GetDescription()));
            Assert.True(HangupSources.TryParse(source.GetName(), out HangupSource parsed));
            Assert.Equal(source, parsed);
            Assert.Equal(source.GetName(), typeof(HangupSourceNames).GetField(source.ToString())!.GetValue(null));
        });
    }

    [Fact]
    public void Name_constants_are_the_documented_names()
    {
        Assert.Equal("Busy Line", HangupCauseNames.BusyLine);
        Assert.All(HangupCauses.All, cause =>
            Assert.Equal(cause.GetName(), typeof(HangupCauseNames).GetField(cause.ToString())!.GetValue(null)));
    }

    [Fact]
    public void Shared_lists_are_read_only()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<HangupCause>)HangupCauses.All)[0] = HangupCause.BusyLine);
        Assert.Throws<NotSupportedException>(() => ((IList<HangupSource>)HangupCause.BusyLine.GetSources()).Add(HangupSource.Caller));
        Assert.Throws<NotSupportedException>(() => ((IList<HangupCause>)HangupCauses.CallRejections.Members).Clear());
    }
}

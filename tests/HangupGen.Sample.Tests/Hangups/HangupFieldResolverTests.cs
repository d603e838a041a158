using System;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Tests.Hangups;

public sealed class HangupFieldResolverTests
{
    private static readonly HangupFieldNames s_fields = HangupFieldNames.Callback;

    [Theory]
    [InlineData("3010", null, nameof(HangupCause.BusyLine))]
    [InlineData(" 3010 ", "Busy Line", nameof(HangupCause.BusyLine))]
    [InlineData("03010", null, nameof(HangupCause.BusyLine))]
    [InlineData("3010", "BUSY LINE", nameof(HangupCause.BusyLine))]
    [InlineData("0", "Unknown", nameof(HangupCause.Unknown))]
    [InlineData(null, "busy line", nameof(HangupCause.BusyLine))]
    [InlineData("", "BusyLine", nameof(HangupCause.BusyLine))]
    [InlineData(null, "Cancelled (Out Of Credits)", nameof(HangupCause.CanceledOutOfCredits))]
    public void A_documented_code_or_name_resolves_to_its_cause(string? code, string? name, string expected)
    {
        FieldProblem? problem = HangupFieldResolver.ResolveCause(code, name, s_fields, out ResolvedCause cause);

        Assert.Null(problem);
        Assert.True(cause.TryGetCause(out HangupCause resolved));
        Assert.Equal(Enum.Parse<HangupCause>(expected), resolved);
    }

    [Fact]
    public void An_undocumented_code_in_a_range_keeps_its_number_and_gets_the_range_category()
    {
        FieldProblem? problem = HangupFieldResolver.ResolveCause("3015", "A Newer Cause", s_fields, out ResolvedCause cause);

        Assert.Null(problem);
        Assert.Equal(CauseKind.Undocumented, cause.Kind);
        Assert.Equal(3015, cause.Code);
        Assert.True(cause.TryGetCategory(out HangupCategory category));
        Assert.Equal(HangupCategory.CallRejections, category);
        Assert.Equal(FollowUp.Investigate, cause.FollowUp);
        Assert.Equal("undocumented code 3015 in Call Rejections", cause.Describe());
    }

    [Fact]
    public void An_undocumented_code_outside_every_range_has_no_category()
    {
        HangupFieldResolver.ResolveCause("3060", null, s_fields, out ResolvedCause cause);

        Assert.Equal(CauseKind.Undocumented, cause.Kind);
        Assert.False(cause.TryGetCategory(out _));
        Assert.Equal("undocumented code 3060, outside every documented range", cause.Describe());
    }

    [Theory]
    [InlineData("abc", null, "HangupCauseCode", "HangupCauseCode 'abc' is not a hangup code: expected digits, such as those of the hangup cause table.")]
    [InlineData("-1", null, "HangupCauseCode", "HangupCauseCode '-1' is not a hangup code: expected digits, such as those of the hangup cause table.")]
    [InlineData("3010", "Normal Hangup", "HangupCauseName", "HangupCauseName 'Normal Hangup' is the name of code 4000, but HangupCauseCode is 3010 (Busy Line).")]
    [InlineData(null, "Not A Cause", "HangupCauseName", "HangupCauseCode is missing and HangupCauseName 'Not A Cause' is not a documented hangup cause name.")]
    [InlineData(" ", "", "HangupCauseCode", "HangupCauseCode is missing.")]
    public void A_bad_code_or_name_is_a_problem_of_that_field(string? code, string? name, string field, string message)
    {
        FieldProblem? problem = HangupFieldResolver.ResolveCause(code, name, s_fields, out _);

        Assert.Equal(new FieldProblem(field, message), problem);
    }

    [Fact]
    public void A_name_the_table_does_not_know_does_not_contradict_the_code()
    {
        Assert.Null(HangupFieldResolver.ResolveCause("3010", "Busy (renamed)", s_fields, out ResolvedCause cause));
        Assert.Equal(ResolvedCause.Documented(HangupCause.BusyLine), cause);
    }

    [Theory]
    [InlineData("Call recipient", nameof(HangupSource.CallRecipient))]
    [InlineData("called party", nameof(HangupSource.CallRecipient))]
    [InlineData("API Request", nameof(HangupSource.ApiRequest))]
    [InlineData("Unknown", nameof(HangupSource.Unknown))]
    public void A_documented_source_resolves(string text, string expected)
    {
        Assert.Null(HangupFieldResolver.ResolveSource(text, "HangupSource", out HangupSource? source));
        Assert.Equal(Enum.Parse<HangupSource>(expected), source);
    }

    [Fact]
    public void An_absent_source_is_not_reported_rather_than_wrong()
    {
        Assert.Null(HangupFieldResolver.ResolveSource("  ", "HangupSource", out HangupSource? source));
        Assert.Null(source);
    }

    [Theory]
    [InlineData("Callee")]
    [InlineData("callee")]
    [InlineData(" CALLEE ")]
    public void Callee_is_bolnas_spelling_of_the_call_recipient(string text)
    {
        Assert.Null(HangupFieldResolver.ResolveSource(text, "hangup_source", out HangupSource? source));
        Assert.Equal(HangupSource.CallRecipient, source);
    }

    [Fact]
    public void An_unknown_source_is_a_problem_listing_the_documented_ones()
    {
        FieldProblem? problem = HangupFieldResolver.ResolveSource("Robot", "hangup_source", out _);

        Assert.Equal(
            new FieldProblem("hangup_source", "hangup_source 'Robot' is not a documented hangup source (Unknown, Caller, Call recipient, Plivo, Carrier, API Request, Answer XML, Error)."),
            problem);
    }

    [Theory]
    [InlineData("inactivity_timeout", nameof(HangupReason.InactivityTimeout), nameof(HangupReasonSide.Bolna))]
    [InlineData("Carrier declined", nameof(HangupReason.CarrierDeclined), nameof(HangupReasonSide.TelephonyProvider))]
    [InlineData(" carrier DECLINED ", nameof(HangupReason.CarrierDeclined), nameof(HangupReasonSide.TelephonyProvider))]
    [InlineData("Unknown", nameof(HangupReason.Unknown), nameof(HangupReasonSide.TelephonyProvider))]
    public void A_documented_reason_resolves_with_its_side(string text, string expected, string side)
    {
        Assert.Null(HangupFieldResolver.ResolveReason(text, "hangup_reason", out HangupReason? reason));
        Assert.Equal(Enum.Parse<HangupReason>(expected), reason);
        Assert.Equal(Enum.Parse<HangupReasonSide>(side), reason!.Value.GetSide());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_reason_is_not_recorded_which_is_not_unknown(string? text)
    {
        Assert.Null(HangupFieldResolver.ResolveReason(text, "hangup_reason", out HangupReason? reason));
        Assert.Null(reason);
    }

    [Fact]
    public void An_unknown_reason_is_a_problem()
    {
        Assert.Equal(
            new FieldProblem("hangup_reason", "hangup_reason 'Agent got bored' is not a documented hangup reason of Bolna or its telephony providers."),
            HangupFieldResolver.ResolveReason(" Agent got bored ", "hangup_reason", out _));
    }

    [Theory]
    [InlineData("4000", 4000, true)]
    [InlineData(" 3015 ", 3015, false)]
    [InlineData("0", 0, true)]
    public void A_recorded_code_resolves_documented_or_not(string text, int code, bool documented)
    {
        Assert.Null(HangupFieldResolver.ResolveRecordedCode(text, "hangup_code", out ResolvedCause? cause));
        Assert.Equal(code, cause!.Value.Code);
        Assert.Equal(documented, cause.Value.Kind == CauseKind.Documented);
    }

    [Fact]
    public void An_empty_code_is_not_recorded_and_a_malformed_one_is_a_problem()
    {
        Assert.Null(HangupFieldResolver.ResolveRecordedCode(" ", "hangup_code", out ResolvedCause? empty));
        Assert.Null(empty);
        Assert.Equal(
            new FieldProblem("hangup_code", "hangup_code '40x0' is not a hangup code: expected digits, such as those of the hangup cause table."),
            HangupFieldResolver.ResolveRecordedCode("40x0", "hangup_code", out _));
    }

    [Theory]
    [InlineData("3010", nameof(CauseKind.Documented), 3010)]
    [InlineData("Busy Line", nameof(CauseKind.Documented), 3010)]
    [InlineData("3015", nameof(CauseKind.Undocumented), 3015)]
    [InlineData("NORMAL_CLEARING", nameof(CauseKind.Unrecognized), 0)]
    public void A_dial_cause_may_be_a_code_a_name_or_other_text(string text, string kind, int code)
    {
        ResolvedCause cause = HangupFieldResolver.ResolveDialCause(text);

        Assert.Equal(Enum.Parse<CauseKind>(kind), cause.Kind);
        Assert.Equal(code, cause.Code);
    }
}

using System;
using System.Linq;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Generated;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The call status, Dial status and telephony cause tables, generated into this test assembly from
/// the embedded defaults: every value of seed 003 parses from its wire spelling and round-trips, every
/// row of each table is in the generated code, and the lookups behave on values outside the table.
/// </summary>
public sealed class VocabularyTests
{
    /// <summary>The <c>CallStatus</c> values of seed 003 ("Call status" page), with their documented text, verbatim.</summary>
    [Theory]
    [InlineData("in-progress", CallStatus.InProgress, "The call was answered and is in progress. Calls with this status can be terminated using the Hangup API.")]
    [InlineData("completed", CallStatus.Completed, "The call was completed, terminated either by the Hangup API or by one of the parties in the call.")]
    [InlineData("ringing", CallStatus.Ringing, "The call is ringing. This status is sent to the Ring URL.")]
    [InlineData("no-answer", CallStatus.NoAnswer, "The call was not answered.")]
    [InlineData("busy", CallStatus.Busy, "The called line is busy.")]
    [InlineData("cancel", CallStatus.Cancel, "The call was canceled by the caller.")]
    [InlineData("timeout", CallStatus.Timeout, "There was a timeout while connecting your call, caused by either an issue with one of the terminating carriers or network lag in our system.")]
    internal void Call_status_parses_from_its_wire_spelling_and_round_trips(string wire, CallStatus expected, string description)
    {
        Assert.True(CallStatuses.TryParse(wire, out CallStatus status));
        Assert.Equal(expected, status);
        Assert.Equal(wire, status.GetName());
        Assert.Equal(description, status.GetDescription());
        Assert.True(CallStatuses.TryParse(wire.ToUpperInvariant(), out CallStatus upper));
        Assert.Equal(expected, upper);
        Assert.True(CallStatuses.TryParse(expected.ToString(), out CallStatus byIdentifier));
        Assert.Equal(expected, byIdentifier);
        Assert.Equal(wire, typeof(CallStatusNames).GetField(expected.ToString())!.GetValue(null));
        Assert.True(status.IsDefined());
    }

    /// <summary>The <c>DialStatus</c> values of seed 003 (the Dial event parameters).</summary>
    [Theory]
    [InlineData("completed", DialStatus.Completed)]
    [InlineData("busy", DialStatus.Busy)]
    [InlineData("failed", DialStatus.Failed)]
    [InlineData("timeout", DialStatus.Timeout)]
    [InlineData("no-answer", DialStatus.NoAnswer)]
    internal void Dial_status_parses_from_its_wire_spelling_and_round_trips(string wire, DialStatus expected)
    {
        Assert.True(DialStatuses.TryParse(wire, out DialStatus status));
        Assert.Equal(expected, status);
        Assert.Equal(wire, status.GetName());
        Assert.False(string.IsNullOrWhiteSpace(status.GetDescription()));
        Assert.Equal(wire, typeof(DialStatusNames).GetField(expected.ToString())!.GetValue(null));
    }

    [Fact]
    public void The_tables_hold_exactly_the_documented_values()
    {
        Assert.Equal(["in-progress", "completed", "ringing", "no-answer", "busy", "cancel", "timeout"], CallStatuses.All.Select(s => s.GetName()));
        Assert.Equal(["completed", "busy", "failed", "timeout", "no-answer"], DialStatuses.All.Select(s => s.GetName()));
        Assert.Equal(7, CallStatuses.Count);
        Assert.Equal(5, DialStatuses.Count);
    }

    [Theory]
    [InlineData("NORMAL_CLEARING", TelephonyCause.NormalClearing, 16)]
    [InlineData("USER_BUSY", TelephonyCause.UserBusy, 17)]
    [InlineData("NO_ANSWER", TelephonyCause.NoAnswer, 19)]
    [InlineData("CALL_REJECTED", TelephonyCause.CallRejected, 21)]
    [InlineData("NORMAL_TEMPORARY_FAILURE", TelephonyCause.NormalTemporaryFailure, 41)]
    [InlineData("ORIGINATOR_CANCEL", TelephonyCause.OriginatorCancel, 487)]
    internal void Telephony_cause_parses_from_its_name_and_its_number(string name, TelephonyCause expected, int code)
    {
        Assert.Equal(code, (int)expected);
        Assert.True(TelephonyCauses.TryParse(name, out TelephonyCause byName));
        Assert.Equal(expected, byName);
        Assert.True(TelephonyCauses.TryParse(name.ToLowerInvariant(), out TelephonyCause lower));
        Assert.Equal(expected, lower);
        Assert.True(TelephonyCauses.TryParse(code.ToString(System.Globalization.CultureInfo.InvariantCulture), out TelephonyCause byNumber));
        Assert.Equal(expected, byNumber);
        Assert.Equal(expected, TelephonyCauses.FromCode(code));
        Assert.Equal(name, expected.GetName());
    }

    [Theory]
    [InlineData(TelephonyCause.UserBusy, 486)]
    [InlineData(TelephonyCause.NoAnswer, 480)]
    [InlineData(TelephonyCause.CallRejected, 603)]
    [InlineData(TelephonyCause.OriginatorCancel, 487)]
    [InlineData(TelephonyCause.UnallocatedNumber, 404)]
    internal void Telephony_cause_maps_to_its_sip_status(TelephonyCause cause, int sipStatus)
        => Assert.Equal(sipStatus, cause.GetSipStatus());

    [Fact]
    public void A_cause_the_table_maps_to_no_sip_status_has_none()
        => Assert.Null(TelephonyCause.NormalClearing.GetSipStatus());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("016")]
    [InlineData("+16")]
    [InlineData("-16")]
    [InlineData(" 16")]
    [InlineData("16.0")]
    [InlineData("9999")]
    [InlineData("NORMAL CLEARING")]
    [InlineData("NORMAL_CLEARING ")]
    public void Text_that_is_no_spelling_identifier_or_code_does_not_parse(string? text)
    {
        Assert.False(TelephonyCauses.TryParse(text, out TelephonyCause cause));
        Assert.Equal(default, cause);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no answer")]
    [InlineData("no_answer")]
    [InlineData("4")]
    [InlineData("answered")]
    public void Text_that_is_no_call_status_does_not_parse(string? text)
    {
        Assert.False(CallStatuses.TryParse(text, out CallStatus status));
        Assert.Equal(default, status);
        Assert.False(default(CallStatus).IsDefined());
    }

    [Fact]
    public void Every_row_of_each_embedded_table_is_in_the_generated_code()
    {
        VocabularyTableSpec calls = Parsed(Vocabulary.CallStatus);
        Assert.Equal(calls.Members.Select(m => (m.Value, m.Name, m.Identifier, m.Description)),
            CallStatuses.All.Select(s => ((int)s, s.GetName(), s.ToString(), s.GetDescription())));

        VocabularyTableSpec dials = Parsed(Vocabulary.DialStatus);
        Assert.Equal(dials.Members.Select(m => (m.Value, m.Name, m.Identifier, m.Description)),
            DialStatuses.All.Select(s => ((int)s, s.GetName(), s.ToString(), s.GetDescription())));

        VocabularyTableSpec causes = Parsed(Vocabulary.TelephonyCause);
        Assert.Equal(causes.Members.Select(m => (m.Value, m.Name, m.Identifier, m.Description, m.SipStatus == 0 ? (int?)null : m.SipStatus)),
            TelephonyCauses.All.Select(c => ((int)c, c.GetName(), c.ToString(), c.GetDescription(), c.GetSipStatus())));
        Assert.Equal(81, TelephonyCauses.Count);
    }

    [Fact]
    public void Match_calls_the_function_of_the_value()
    {
        string Describe(CallStatus status) => status.Match(
            inProgress: () => "up", completed: () => "done", ringing: () => "ring", noAnswer: () => "no answer",
            busy: () => "busy", cancel: () => "cancelled", timeout: () => "timed out");

        Assert.Equal("no answer", Describe(CallStatus.NoAnswer));
        Assert.Equal("cancelled", Describe(CallStatus.Cancel));
        Assert.Throws<ArgumentOutOfRangeException>(() => Describe(default));
    }

    [Fact]
    public void Lookups_of_a_value_outside_the_table_throw_with_the_value()
    {
        var undefined = (TelephonyCause)9999;
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => undefined.GetName());
        Assert.Equal(undefined, error.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => TelephonyCauses.FromCode(9999));
        Assert.False(undefined.IsDefined());
        Assert.False(TelephonyCauses.TryFromCode(9999, out _));
    }

    private static VocabularyTableSpec Parsed(Vocabulary vocabulary)
    {
        VocabularyParseResult result = VocabularyTableSelector.Embedded(vocabulary);
        Assert.Empty(result.Problems);
        return result.Table!;
    }
}

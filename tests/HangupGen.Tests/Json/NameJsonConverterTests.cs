using System.Collections.Generic;
using System.Text.Json;
using HangupGen.Tests.PublicTypes;
using static HangupGen.Tests.Json.JsonRoundTrip;

namespace HangupGen.Tests.Json;

/// <summary>
/// The generated converters of the types that travel as a documented spelling (<c>HangupSource</c>,
/// <c>HangupCategory</c> and each vocabulary), on the real tables generated into this assembly.
/// </summary>
public sealed class NameJsonConverterTests
{
    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Hangup_source_reads_the_name_identifier_alias_in_any_case_and_writes_the_name(string mode)
    {
        Assert.Equal(HangupSource.CallRecipient, Read<HangupSource>(mode, "\"Call recipient\""));
        Assert.Equal(HangupSource.CallRecipient, Read<HangupSource>(mode, "\"CALL RECIPIENT\""));
        Assert.Equal(HangupSource.CallRecipient, Read<HangupSource>(mode, "\"CallRecipient\""));
        Assert.Equal(HangupSource.CallRecipient, Read<HangupSource>(mode, "\"Called party\""));
        Assert.Equal("\"Call recipient\"", Write(mode, HangupSource.CallRecipient));
        Assert.Equal("\"API Request\"", Write(mode, HangupSource.ApiRequest));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Hangup_source_rejects_unknown_text_numbers_and_null_naming_them(string mode)
    {
        Assert.Equal("\"Nobody\" is not a documented hangup source.", Assert.Throws<JsonException>(() => Read<HangupSource>(mode, "\"Nobody\"")).Message);
        Assert.Equal(
            "A hangup source is read from a JSON string, not from a token of type Number.",
            Assert.Throws<JsonException>(() => Read<HangupSource>(mode, "2")).Message);
        Assert.Throws<JsonException>(() => Read<HangupSource>(mode, "null"));
        Assert.Throws<JsonException>(() => Write(mode, (HangupSource)42));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Hangup_category_reads_the_name_or_identifier_in_any_case_and_writes_the_name(string mode)
    {
        Assert.Equal(HangupCategory.CallRejections, Read<HangupCategory>(mode, "\"Call Rejections\""));
        Assert.Equal(HangupCategory.CallRejections, Read<HangupCategory>(mode, "\"callrejections\""));
        Assert.Equal("\"Call Rejections\"", Write(mode, HangupCategory.CallRejections));
        Assert.Equal("\"Call Rejection\" is not a documented hangup category.", Assert.Throws<JsonException>(() => Read<HangupCategory>(mode, "\"Call Rejection\"")).Message);
        Assert.Throws<JsonException>(() => Read<HangupCategory>(mode, "3000"));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Call_status_reads_the_spelling_identifier_in_any_case_and_writes_the_spelling(string mode)
    {
        Assert.Equal(CallStatus.NoAnswer, Read<CallStatus>(mode, "\"no-answer\""));
        Assert.Equal(CallStatus.NoAnswer, Read<CallStatus>(mode, "\"NO-ANSWER\""));
        Assert.Equal(CallStatus.NoAnswer, Read<CallStatus>(mode, "\"NoAnswer\""));
        Assert.Equal(CallStatus.InProgress, Read<CallStatus>(mode, "\"in-progress\""));
        Assert.Equal("\"in-progress\"", Write(mode, CallStatus.InProgress));
        Assert.Equal("\"answered\" is not a documented call status.", Assert.Throws<JsonException>(() => Read<CallStatus>(mode, "\"answered\"")).Message);
        Assert.Throws<JsonException>(() => Read<CallStatus>(mode, "1"));
        Assert.Throws<JsonException>(() => Write(mode, default(CallStatus)));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Dial_status_reads_the_spelling_identifier_in_any_case_and_writes_the_spelling(string mode)
    {
        Assert.Equal(DialStatus.NoAnswer, Read<DialStatus>(mode, "\"no-answer\""));
        Assert.Equal(DialStatus.Busy, Read<DialStatus>(mode, "\"BUSY\""));
        Assert.Equal("\"completed\"", Write(mode, DialStatus.Completed));
        Assert.Equal("\"ringing\" is not a documented Dial status.", Assert.Throws<JsonException>(() => Read<DialStatus>(mode, "\"ringing\"")).Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Telephony_cause_reads_the_spelling_and_the_q850_code_and_writes_the_spelling(string mode)
    {
        Assert.Equal(TelephonyCause.NormalClearing, Read<TelephonyCause>(mode, "\"NORMAL_CLEARING\""));
        Assert.Equal(TelephonyCause.NormalClearing, Read<TelephonyCause>(mode, "\"normal_clearing\""));
        Assert.Equal(TelephonyCause.NormalClearing, Read<TelephonyCause>(mode, "\"NormalClearing\""));
        Assert.Equal(TelephonyCause.NormalClearing, Read<TelephonyCause>(mode, "16"));
        Assert.Equal(TelephonyCause.NormalClearing, Read<TelephonyCause>(mode, "\"16\""));
        Assert.Equal("\"NORMAL_CLEARING\"", Write(mode, TelephonyCause.NormalClearing));
        Assert.Equal("999 is not the code of a documented standard telephony cause.", Assert.Throws<JsonException>(() => Read<TelephonyCause>(mode, "999")).Message);
        Assert.Equal(
            "\"CALL_REJECTED_ISH\" is not a documented standard telephony cause or its code.",
            Assert.Throws<JsonException>(() => Read<TelephonyCause>(mode, "\"CALL_REJECTED_ISH\"")).Message);
        Assert.Throws<JsonException>(() => Read<TelephonyCause>(mode, "false"));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Hangup_reason_reads_the_spelling_identifier_in_any_case_and_writes_the_spelling(string mode)
    {
        Assert.Equal(HangupReason.InactivityTimeout, Read<HangupReason>(mode, "\"inactivity_timeout\""));
        Assert.Equal(HangupReason.InactivityTimeout, Read<HangupReason>(mode, "\"InactivityTimeout\""));
        Assert.Equal(HangupReason.CallRecipientWasBusy, Read<HangupReason>(mode, "\"call recipient was busy\""));
        Assert.Equal("\"Call recipient was busy\"", Write(mode, HangupReason.CallRecipientWasBusy));
        Assert.Equal("\"silence\" is not a documented hangup reason.", Assert.Throws<JsonException>(() => Read<HangupReason>(mode, "\"silence\"")).Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Names_are_dictionary_keys(string mode)
    {
        var sources = new Dictionary<HangupSource, int> { [HangupSource.CallRecipient] = 3, [HangupSource.Carrier] = 1 };
        var statuses = new Dictionary<CallStatus, int> { [CallStatus.NoAnswer] = 2 };

        Assert.Equal("""{"Call recipient":3,"Carrier":1}""", Write(mode, sources));
        Assert.Equal(sources, Read<Dictionary<HangupSource, int>>(mode, """{"callrecipient":3,"Carrier":1}"""));
        Assert.Equal("""{"no-answer":2}""", Write(mode, statuses));
        Assert.Equal(statuses, Read<Dictionary<CallStatus, int>>(mode, """{"NoAnswer":2}"""));
        Assert.Throws<JsonException>(() => Read<Dictionary<CallStatus, int>>(mode, """{"answered":2}"""));
    }

    [Fact]
    public void Every_member_of_every_name_type_round_trips_as_its_spelling()
    {
        AssertRoundTrips(HangupSources.All, s => s.GetName());
        AssertRoundTrips(CallStatuses.All, s => s.GetName());
        AssertRoundTrips(DialStatuses.All, s => s.GetName());
        AssertRoundTrips(TelephonyCauses.All, s => s.GetName());
        AssertRoundTrips(HangupReasons.All, s => s.GetName());
        AssertRoundTrips(System.Enum.GetValues<HangupCategory>(), c => c.GetName());
    }

    private static void AssertRoundTrips<T>(IEnumerable<T> members, System.Func<T, string> name)
    {
        foreach (T member in members)
        {
            string json = JsonSerializer.Serialize(name(member));
            Assert.Equal(json, Write(Reflection, member));
            Assert.Equal(member, Read<T>(SourceGenerated, json));
        }
    }
}

using System.Collections.Generic;
using System.Text.Json;
using HangupGen.Tests.PublicTypes;
using static HangupGen.Tests.Json.JsonRoundTrip;

namespace HangupGen.Tests.Json;

/// <summary>
/// The generated <c>HangupCauseJsonConverter</c>, on the real table generated into this assembly:
/// every form Plivo sends is read, undocumented codes and unknown names are rejected with a message
/// that names them, and the code is written as a number.
/// </summary>
public sealed class HangupCauseJsonConverterTests
{
    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_a_number(string mode) => Assert.Equal(HangupCause.BusyLine, Read<HangupCause>(mode, "3010"));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_the_numeric_string_plivo_sends(string mode) => Assert.Equal(HangupCause.BusyLine, Read<HangupCause>(mode, "\"3010\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_code_zero_as_unknown(string mode) => Assert.Equal(HangupCause.Unknown, Read<HangupCause>(mode, "0"));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_the_documented_name(string mode) => Assert.Equal(HangupCause.BusyLine, Read<HangupCause>(mode, "\"Busy Line\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_the_name_in_any_case(string mode) => Assert.Equal(HangupCause.BusyLine, Read<HangupCause>(mode, "\"bUSY lINE\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_the_identifier(string mode) => Assert.Equal(HangupCause.CanceledOutOfCredits, Read<HangupCause>(mode, "\"CanceledOutOfCredits\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_an_alias(string mode) => Assert.Equal(HangupCause.CanceledOutOfCredits, Read<HangupCause>(mode, "\"Cancelled (Out Of Credits)\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_an_escaped_string(string mode) => Assert.Equal(HangupCause.BusyLine, Read<HangupCause>(mode, "\"Busy\\u0020Line\""));

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_an_undocumented_code_naming_it(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "3015"));

        Assert.Equal("3015 is not the code of a documented hangup cause.", exception.Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_an_undocumented_numeric_string_naming_it(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "\"3015\""));

        Assert.Equal("\"3015\" is not a documented hangup code or the name of a documented hangup cause.", exception.Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_unknown_text_naming_it(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "\"Line Busy\""));

        Assert.Contains("\"Line Busy\"", exception.Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_a_code_with_a_leading_zero_a_sign_or_a_fraction(string mode)
    {
        Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "\"03010\""));
        Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "\"+3010\""));
        JsonException fraction = Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "3010.5"));
        Assert.Equal("3010.5 is not the code of a documented hangup cause.", fraction.Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_null_and_other_tokens_for_a_cause(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "null"));

        Assert.Equal("A hangup cause is read from a JSON number or string, not from a token of type Null.", exception.Message);
        Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "true"));
        Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "{}"));
        Assert.Throws<JsonException>(() => Read<HangupCause>(mode, "[3010]"));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_null_as_no_cause_for_a_nullable_cause(string mode)
    {
        Assert.Null(Read<HangupCause?>(mode, "null"));
        Assert.Equal(HangupCause.BusyLine, Read<HangupCause?>(mode, "\"3010\""));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Writes_the_code_as_a_number(string mode)
    {
        Assert.Equal("3010", Write(mode, HangupCause.BusyLine));
        Assert.Equal("0", Write(mode, HangupCause.Unknown));
        Assert.Equal("3010", Write<HangupCause?>(mode, HangupCause.BusyLine));
        Assert.Equal("null", Write<HangupCause?>(mode, null));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Refuses_to_write_a_value_cast_from_an_undocumented_code(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Write(mode, (HangupCause)3015));

        Assert.Equal("HangupCause 3015 is not a documented hangup cause and is not written.", exception.Message);
    }

    [Fact]
    public void Every_cause_round_trips_as_its_code_and_its_name()
    {
        foreach (HangupCause cause in HangupCauses.All)
        {
            string code = ((int)cause).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(code, Write(Reflection, cause));
            Assert.Equal(cause, Read<HangupCause>(SourceGenerated, code));
            Assert.Equal(cause, Read<HangupCause>(SourceGenerated, JsonSerializer.Serialize(cause.GetName())));
        }
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void A_callback_round_trips(string mode)
    {
        const string json = """
            {"HangupCauseCode":"3010","HangupCauseName":"Busy Line","HangupSource":"Call recipient","Category":"Call Rejections","CallStatus":"no-answer","DialStatus":"busy","DialHangupCause":"USER_BUSY","HangupReason":"inactivity_timeout","CallsByCause":{"3010":2,"NORMAL HANGUP":1}}
            """;

        HangupCallback callback = Read<HangupCallback>(mode, json);

        Assert.Equal(HangupCause.BusyLine, callback.HangupCauseCode);
        Assert.Equal(HangupCause.BusyLine, callback.HangupCauseName);
        Assert.Equal(HangupSource.CallRecipient, callback.HangupSource);
        Assert.Equal(HangupCategory.CallRejections, callback.Category);
        Assert.Equal(CallStatus.NoAnswer, callback.CallStatus);
        Assert.Equal(DialStatus.Busy, callback.DialStatus);
        Assert.Equal(TelephonyCause.UserBusy, callback.DialHangupCause);
        Assert.Equal(HangupReason.InactivityTimeout, callback.HangupReason);
        Assert.Equal(new Dictionary<HangupCause, int> { [HangupCause.BusyLine] = 2, [HangupCause.NormalHangup] = 1 }, callback.CallsByCause);
        Assert.Equal(
            """{"HangupCauseCode":3010,"HangupCauseName":3010,"HangupSource":"Call recipient","Category":"Call Rejections","CallStatus":"no-answer","DialStatus":"busy","DialHangupCause":"USER_BUSY","HangupReason":"inactivity_timeout","CallsByCause":{"3010":2,"4000":1}}""",
            Write(mode, callback));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Rejects_an_undocumented_code_as_a_dictionary_key(string mode)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCallback>(mode, """{"CallsByCause":{"3015":1}}"""));

        Assert.Contains("\"3015\"", exception.Message);
    }
}

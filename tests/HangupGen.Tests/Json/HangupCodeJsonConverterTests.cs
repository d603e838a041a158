using System.Collections.Generic;
using System.Text.Json;
using HangupGen.Tests.PublicTypes;
using static HangupGen.Tests.Json.JsonRoundTrip;

namespace HangupGen.Tests.Json;

/// <summary>
/// The generated <c>HangupCodeJsonConverter</c>: a code is read from a number or the numeric string
/// Plivo sends, by HangupCode's own rules, kept when the table does not document it, and written as a
/// number; anything else is rejected with a message that names it.
/// </summary>
public sealed class HangupCodeJsonConverterTests
{
    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_a_documented_code_from_a_number_and_from_digits(string mode)
    {
        Assert.Equal(3010, Read<HangupCode>(mode, "3010").Value);
        Assert.Equal(3010, Read<HangupCode>(mode, "\"3010\"").Value);
        Assert.True(Read<HangupCode>(mode, "\"3010\"").IsDocumented);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Keeps_a_code_the_table_does_not_document(string mode)
    {
        HangupCode code = Read<HangupCode>(mode, "\"3015\"");

        Assert.Equal(3015, code.Value);
        Assert.False(code.IsDocumented);
        Assert.True(code.TryGetCategory(out HangupCategory category));
        Assert.Equal(HangupCategory.CallRejections, category);
        Assert.Equal(3015, Read<HangupCode>(mode, "3015").Value);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Reads_escaped_digits(string mode) => Assert.Equal(3010, Read<HangupCode>(mode, "\"\\u0033010\"").Value);

    [Theory]
    [InlineData(JsonRoundTrip.Reflection, "\"03010\"", "\"03010\" is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "\"abc\"", "\"abc\" is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "\"1,2\"", "\"1,2\" is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "\"-1\"", "\"-1\" is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "-1", "-1 is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "3010.5", "3010.5 is not a hangup code")]
    [InlineData(JsonRoundTrip.Reflection, "true", "not from a token of type True")]
    [InlineData(JsonRoundTrip.SourceGenerated, "\" 3010\"", "\" 3010\" is not a hangup code")]
    [InlineData(JsonRoundTrip.SourceGenerated, "2147483648", "2147483648 is not a hangup code")]
    [InlineData(JsonRoundTrip.SourceGenerated, "null", "not from a token of type Null")]
    public void Rejects_what_is_not_a_hangup_code_naming_it(string mode, string json, string message)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read<HangupCode>(mode, json));

        Assert.Contains(message, exception.Message);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Writes_the_code_as_a_number_documented_or_not(string mode)
    {
        Assert.Equal("3010", Write(mode, new HangupCode(3010)));
        Assert.Equal("3015", Write(mode, new HangupCode(3015)));
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Round_trips_in_an_object_with_a_nullable_code(string mode)
    {
        ReceivedHangupCode received = Read<ReceivedHangupCode>(mode, """{"Code":"3015","PreviousCode":null}""");

        Assert.Equal(3015, received.Code.Value);
        Assert.Null(received.PreviousCode);
        Assert.Equal("""{"Code":3015,"PreviousCode":null}""", Write(mode, received));
        Assert.Equal(4000, Read<ReceivedHangupCode>(mode, """{"Code":3010,"PreviousCode":"4000"}""").PreviousCode!.Value.Value);
    }

    [Theory]
    [MemberData(nameof(Modes), MemberType = typeof(JsonRoundTrip))]
    public void Is_a_dictionary_key_by_its_digits(string mode)
    {
        Dictionary<HangupCode, int> counts = Read<Dictionary<HangupCode, int>>(mode, """{"3010":2,"3015":1}""");

        Assert.Equal(2, counts[new HangupCode(3010)]);
        Assert.Equal(1, counts[new HangupCode(3015)]);
        Assert.Equal("""{"3010":2,"3015":1}""", Write(mode, counts));
    }
}

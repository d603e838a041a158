using System.Text.Json;
using HangupGen.Tests.Generated;

namespace HangupGen.Tests.Json;

/// <summary>
/// The types generated into this very assembly (internal, <c>HangupGen.Tests.Generated</c>) carry
/// their converters too: reflection-based serialization uses them. (A source-generated context
/// cannot see them: see <see cref="HangupCallbackJsonContext"/>.)
/// </summary>
public sealed class SameAssemblyJsonTests
{
    [Fact]
    public void Reflection_based_serialization_of_the_assemblys_own_types_uses_the_generated_converters()
    {
        Assert.Equal(HangupCause.BusyLine, JsonSerializer.Deserialize<HangupCause>("\"3010\""));
        Assert.Equal(HangupCause.BusyLine, JsonSerializer.Deserialize<HangupCause>("\"busy line\""));
        Assert.Equal("3010", JsonSerializer.Serialize(HangupCause.BusyLine));
        Assert.Equal("\"Call recipient\"", JsonSerializer.Serialize(HangupSource.CallRecipient));
        Assert.Equal(CallStatus.NoAnswer, JsonSerializer.Deserialize<CallStatus>("\"no-answer\""));
        Assert.Equal("\"NORMAL_CLEARING\"", JsonSerializer.Serialize(TelephonyCause.NormalClearing));
        Assert.Contains("3015", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HangupCause>("3015")).Message);
    }
}

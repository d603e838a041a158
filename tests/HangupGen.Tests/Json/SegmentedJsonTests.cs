using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using HangupGen.Tests.PublicTypes;

namespace HangupGen.Tests.Json;

/// <summary>
/// A value split across buffer segments (a reader over a <see cref="ReadOnlySequence{T}"/>, as from a
/// pipe) is read like a contiguous one: the UTF-8 fast path steps aside and the string path reads it.
/// </summary>
public sealed class SegmentedJsonTests
{
    private static readonly JsonSerializerOptions s_options = new();

    [Theory]
    [InlineData("3010")]
    [InlineData("\"3010\"")]
    [InlineData("\"Busy Line\"")]
    public void A_cause_split_across_segments_is_read(string json)
        => Assert.Equal(HangupCause.BusyLine, ReadSplit(json, (ref Utf8JsonReader reader) => new HangupCauseJsonConverter().Read(ref reader, typeof(HangupCause), s_options)));

    [Fact]
    public void An_undocumented_code_split_across_segments_is_named_whole()
    {
        JsonException exception = Assert.Throws<JsonException>(
            () => ReadSplit("30150", (ref Utf8JsonReader reader) => new HangupCauseJsonConverter().Read(ref reader, typeof(HangupCause), s_options)));

        Assert.Equal("30150 is not the code of a documented hangup cause.", exception.Message);
    }

    [Fact]
    public void A_spelling_split_across_segments_is_read()
        => Assert.Equal(CallStatus.NoAnswer, ReadSplit("\"no-answer\"", (ref Utf8JsonReader reader) => new CallStatusJsonConverter().Read(ref reader, typeof(CallStatus), s_options)));

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    /// <summary>Reads <paramref name="json"/> from one segment per byte, so that every value spans several.</summary>
    private static T ReadSplit<T>(string json, ReadValue<T> read)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        Segment last = first;
        for (int i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, 1));
        Assert.True(reader.Read());
        Assert.True(reader.HasValueSequence);
        return read(ref reader);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Json;

/// <summary>
/// What the wire carries (a code as a number or in plain digits, the documented spelling as written)
/// is read without allocating: the converters match it on the UTF-8 bytes. Measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> after a warm-up pass; nothing is timed.
/// </summary>
public sealed class JsonConverterAllocationTests
{
    private const int Iterations = 20_000;

    private static readonly JsonSerializerOptions s_options = new();
    private static readonly HangupCauseJsonConverter s_causes = new();
    private static readonly HangupSourceJsonConverter s_sources = new();
    private static readonly CallStatusJsonConverter s_statuses = new();
    private static readonly TelephonyCauseJsonConverter s_telephonyCauses = new();

    private static readonly byte[][] s_causePayloads = [.. HangupCauses.All.SelectMany(c => new[]
    {
        ((int)c).ToString(CultureInfo.InvariantCulture), "\"" + ((int)c).ToString(CultureInfo.InvariantCulture) + "\"", "\"" + c.GetName() + "\"",
    }).Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[][] s_sourcePayloads = [.. HangupSources.All.Select(s => Encoding.UTF8.GetBytes("\"" + s.GetName() + "\""))];
    private static readonly byte[][] s_statusPayloads = [.. CallStatuses.All.Select(s => Encoding.UTF8.GetBytes("\"" + s.GetName() + "\""))];
    private static readonly byte[][] s_telephonyPayloads = [.. TelephonyCauses.All.Select(s => Encoding.UTF8.GetBytes("\"" + s.GetName() + "\""))];

    [Fact]
    public void Reading_a_cause_as_plivo_sends_it_allocates_nothing()
        => AssertAllocatesNothing(i => (int)ReadCause(s_causePayloads[i % s_causePayloads.Length]));

    [Fact]
    public void Reading_documented_spellings_allocates_nothing() => AssertAllocatesNothing(i =>
    {
        var source = new Utf8JsonReader(s_sourcePayloads[i % s_sourcePayloads.Length]);
        var status = new Utf8JsonReader(s_statusPayloads[i % s_statusPayloads.Length]);
        var telephony = new Utf8JsonReader(s_telephonyPayloads[i % s_telephonyPayloads.Length]);
        source.Read();
        status.Read();
        telephony.Read();
        return (int)s_sources.Read(ref source, typeof(HangupSource), s_options)
            + (int)s_statuses.Read(ref status, typeof(CallStatus), s_options)
            + (int)s_telephonyCauses.Read(ref telephony, typeof(TelephonyCause), s_options);
    });

    [Fact]
    public void Reading_another_case_an_identifier_or_an_alias_allocates_nothing()
    {
        // The converter reads the UTF-8 bytes through the parser's TryParseUtf8, which matches any case.
        byte[][] payloads = [.. new[] { "\"busy line\"", "\"BusyLine\"", "\"BUSY LINE\"" }.Select(Encoding.UTF8.GetBytes)];

        Assert.All(payloads, payload => Assert.Equal(HangupCause.BusyLine, ReadCause(payload)));
        AssertAllocatesNothing(i => (int)ReadCause(payloads[i % payloads.Length]));
    }

    [Fact]
    public void The_measurement_sees_the_allocation_of_an_escaped_spelling()
    {
        // An escape is only undone by GetString, which allocates the string.
        byte[] payload = Encoding.UTF8.GetBytes("\"Busy\\u0020Line\"");

        Assert.Equal(HangupCause.BusyLine, ReadCause(payload));
        Assert.True(AllocatedBytes(_ => (int)ReadCause(payload)) > 0);
    }

    private static HangupCause ReadCause(byte[] payload)
    {
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        return s_causes.Read(ref reader, typeof(HangupCause), s_options);
    }

    private static void AssertAllocatesNothing(Func<int, int> reads) => AllocationMeasurement.AssertNone(reads, Iterations, "reads");

    private static long AllocatedBytes(Func<int, int> reads) => AllocationMeasurement.OfCalls(reads, Iterations);
}

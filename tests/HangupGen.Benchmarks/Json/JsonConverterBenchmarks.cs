using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;
using HangupGen.Benchmarks.Helpers;

namespace HangupGen.Benchmarks.Json;

/// <summary>
/// A small hangup callback read from and written to UTF-8 JSON, once per documented cause
/// (OperationsPerInvoke = 54, so the numbers are per callback): the generated converters (attached
/// to the generated enums; the code as Plivo posts it, <c>"3010"</c>, or as a number) against
/// <see cref="JsonStringEnumConverter"/> (C# identifiers: <c>"BusyLine"</c>) and the default
/// converter (numbers) on plain enums. Reflection-based serializer, options and metadata warm; the
/// writer and its buffer are reused, so what allocates is the serializer and the converters.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
public class JsonConverterBenchmarks
{
    private static readonly JsonSerializerOptions s_generated = new();
    private static readonly JsonSerializerOptions s_stringEnum = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonSerializerOptions s_default = new();

    private static readonly GeneratedCallback[] s_generatedCallbacks =
        [.. Workload.Causes.Select(c => new GeneratedCallback { HangupCauseCode = c, HangupSource = HangupSource.CallRecipient, CallStatus = CallStatus.Completed })];

    private static readonly PlainCallback[] s_plainCallbacks =
        [.. Workload.PlainCauses.Select(c => new PlainCallback { HangupCauseCode = c, HangupSource = PlainHangupSource.CallRecipient, CallStatus = PlainCallStatus.Completed })];

    private static readonly byte[][] s_codeTexts = Payloads(c => "\"" + (int)c + "\"", "\"Call recipient\"", "\"completed\"");
    private static readonly byte[][] s_codeNumbers = Payloads(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture), "\"Call recipient\"", "\"completed\"");
    private static readonly byte[][] s_identifiers = Payloads(c => "\"" + c + "\"", "\"CallRecipient\"", "\"Completed\"");
    private static readonly byte[][] s_numberPayloads = Payloads(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture), "2", "2");

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup() => _writer = new Utf8JsonWriter(_buffer);

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Read")]
    public int Read_Generated_CodeAsText() => Read<GeneratedCallback>(s_codeTexts, s_generated, c => (int)c.HangupCauseCode);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Read")]
    public int Read_Generated_CodeAsNumber() => Read<GeneratedCallback>(s_codeNumbers, s_generated, c => (int)c.HangupCauseCode);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Read")]
    public int Read_JsonStringEnumConverter() => Read<PlainCallback>(s_identifiers, s_stringEnum, c => (int)c.HangupCauseCode);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Read")]
    public int Read_DefaultNumbers() => Read<PlainCallback>(s_numberPayloads, s_default, c => (int)c.HangupCauseCode);

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Write")]
    public long Write_Generated() => Write(s_generatedCallbacks, s_generated);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Write")]
    public long Write_JsonStringEnumConverter() => Write(s_plainCallbacks, s_stringEnum);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Write")]
    public long Write_DefaultNumbers() => Write(s_plainCallbacks, s_default);

    private static int Read<T>(byte[][] payloads, JsonSerializerOptions options, System.Func<T, int> code)
    {
        int sum = 0;
        foreach (byte[] payload in payloads)
        {
            sum += code(JsonSerializer.Deserialize<T>(payload, options)!);
        }

        return sum;
    }

    private long Write<T>(T[] callbacks, JsonSerializerOptions options)
    {
        long written = 0;
        foreach (T callback in callbacks)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset();
            JsonSerializer.Serialize(_writer, callback, options);
            written += _writer.BytesCommitted;
        }

        return written;
    }

    private static byte[][] Payloads(System.Func<PlainHangupCause, string> cause, string source, string status)
        => [.. Workload.PlainCauses.Select(c => Encoding.UTF8.GetBytes("{\"HangupCauseCode\":" + cause(c) + ",\"HangupSource\":" + source + ",\"CallStatus\":" + status + "}"))];

    /// <summary>The callback with the generated types, whose converters come from their attributes.</summary>
    internal sealed class GeneratedCallback
    {
        public HangupCause HangupCauseCode { get; set; }

        public HangupSource HangupSource { get; set; }

        public CallStatus CallStatus { get; set; }
    }

    /// <summary>The same callback with plain enums, for the framework's converters.</summary>
    internal sealed class PlainCallback
    {
        public PlainHangupCause HangupCauseCode { get; set; }

        public PlainHangupSource HangupSource { get; set; }

        public PlainCallStatus CallStatus { get; set; }
    }

    /// <summary>The documented hangup sources as a plain enum.</summary>
    internal enum PlainHangupSource
    {
        Unknown,
        Caller,
        CallRecipient,
        Plivo,
        Carrier,
        ApiRequest,
        AnswerXml,
        Error,
    }

    /// <summary>The documented call statuses as a plain enum.</summary>
    internal enum PlainCallStatus
    {
        InProgress = 1,
        Completed,
        Ringing,
        NoAnswer,
        Busy,
        Cancel,
        Timeout,
    }
}

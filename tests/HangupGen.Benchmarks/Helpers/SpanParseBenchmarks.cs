using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// The span and UTF-8 parsers against the string ones, on the same 54 names and codes: text as a
/// <c>ReadOnlySpan&lt;char&gt;</c> slice of a larger payload (no substring made), and UTF-8 bytes as
/// they come off the wire, parsed directly or, as a user would without the UTF-8 overloads, decoded
/// to a string first; and the BCL's span lookup, a <c>FrozenDictionary</c> read through its
/// <c>ReadOnlySpan&lt;char&gt;</c> alternate key. Allocations are measured too (the UTF-8 and span paths should show none).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpanParseBenchmarks
{
    private static readonly string s_namePayload = string.Join("&", Workload.MixedCaseNames);
    private static readonly Range[] s_nameRanges = Ranges(Workload.MixedCaseNames);
    private static readonly byte[][] s_utf8Names = [.. Workload.MixedCaseNames.Select(Encoding.UTF8.GetBytes)];
    private static readonly FrozenDictionary<string, HangupCause>.AlternateLookup<ReadOnlySpan<char>> s_frozenByNameSpan =
        AlternativeTables.FrozenCauseByName.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string s_codePayload = string.Join("&", Workload.CodeTexts);
    private static readonly Range[] s_codeRanges = Ranges(Workload.CodeTexts);
    private static readonly byte[][] s_utf8Codes = [.. Workload.CodeTexts.Select(Encoding.UTF8.GetBytes)];

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromString()
    {
        int sum = 0;
        foreach (string name in Workload.MixedCaseNames)
        {
            sum += HangupCauses.TryParse(name, out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromSpanSlice()
    {
        int sum = 0;
        ReadOnlySpan<char> payload = s_namePayload;
        foreach (Range range in s_nameRanges)
        {
            sum += HangupCauses.TryParse(payload[range], out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromUtf8()
    {
        int sum = 0;
        foreach (byte[] name in s_utf8Names)
        {
            sum += HangupCauses.TryParseUtf8(name, out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromUtf8DecodedToString()
    {
        int sum = 0;
        foreach (byte[] name in s_utf8Names)
        {
            sum += HangupCauses.TryParse(Encoding.UTF8.GetString(name), out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromSpanSliceFrozenDictionary()
    {
        // The BCL's span lookup: a FrozenDictionary (ignore case) read through its ReadOnlySpan<char> alternate key.
        int sum = 0;
        ReadOnlySpan<char> payload = s_namePayload;
        foreach (Range range in s_nameRanges)
        {
            sum += s_frozenByNameSpan.TryGetValue(payload[range], out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFromUtf8DecodedOnStackFrozenDictionary()
    {
        // UTF-8 without an allocation: decoded into a stack buffer, then the span lookup above.
        int sum = 0;
        Span<char> buffer = stackalloc char[128];
        foreach (byte[] name in s_utf8Names)
        {
            int length = Encoding.UTF8.GetChars(name, buffer);
            sum += s_frozenByNameSpan.TryGetValue(buffer[..length], out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Code")]
    public int CodeFromString()
    {
        int sum = 0;
        foreach (string code in Workload.CodeTexts)
        {
            sum += HangupCode.TryParse(code, out HangupCode parsed) ? parsed.Value : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Code")]
    public int CodeFromSpanSlice()
    {
        int sum = 0;
        ReadOnlySpan<char> payload = s_codePayload;
        foreach (Range range in s_codeRanges)
        {
            sum += HangupCode.TryParse(payload[range], out HangupCode parsed) ? parsed.Value : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Code")]
    public int CodeFromUtf8()
    {
        int sum = 0;
        foreach (byte[] code in s_utf8Codes)
        {
            sum += HangupCode.TryParseUtf8(code, out HangupCode parsed) ? parsed.Value : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Code")]
    public int CauseFromUtf8Code()
    {
        int sum = 0;
        foreach (byte[] code in s_utf8Codes)
        {
            sum += HangupCauses.TryParseCodeUtf8(code, out HangupCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Code")]
    public int CodeFromUtf8DecodedToString()
    {
        int sum = 0;
        foreach (byte[] code in s_utf8Codes)
        {
            sum += HangupCode.TryParse(Encoding.UTF8.GetString(code), out HangupCode parsed) ? parsed.Value : 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FormatName")]
    public int NameEncodedFromString()
    {
        int length = 0;
        Span<byte> buffer = stackalloc byte[128];
        foreach (HangupCause cause in Workload.Causes)
        {
            length += Encoding.UTF8.GetBytes(cause.GetName(), buffer);
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FormatName")]
    public int NameIntoUtf8Span()
    {
        int length = 0;
        Span<byte> buffer = stackalloc byte[128];
        foreach (HangupCause cause in Workload.Causes)
        {
            length += cause.TryFormatNameUtf8(buffer, out int written) ? written : 0;
        }

        return length;
    }

    /// <summary>Where each text sits in the texts joined with '&amp;'.</summary>
    private static Range[] Ranges(string[] texts)
    {
        var ranges = new Range[texts.Length];
        int start = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            ranges[i] = new Range(start, start + texts[i].Length);
            start += texts[i].Length + 1;
        }

        return ranges;
    }
}

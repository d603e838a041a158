using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// The other vocabularies' lookups against a <c>Dictionary</c> and a <c>FrozenDictionary</c> built
/// from them: the telephony causes (81 rows, sparse codes 0–624) by value, by code and by the
/// spelling sent in <c>DialHangupCause</c> (mixed case), the call statuses (values without gaps) by
/// value, and Bolna's hangup reasons by spelling. Each invocation walks every member once
/// (<c>OperationsPerInvoke</c> = the member count), so the numbers are per lookup.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class VocabularyLookupBenchmarks
{
    private const int TelephonyCount = 81;
    private const int CallStatusCount = 7;
    private const int ReasonCount = 23;

    private static readonly TelephonyCause[] s_telephony = [.. TelephonyCauses.All];
    private static readonly int[] s_telephonyCodes = [.. s_telephony.Select(c => (int)c)];
    private static readonly string[] s_telephonyNames = [.. s_telephony.Select(c => c.GetName().ToLowerInvariant())];
    private static readonly Dictionary<TelephonyCause, string> s_telephonyNameByCause = s_telephony.ToDictionary(c => c, c => c.GetName());
    private static readonly FrozenDictionary<TelephonyCause, string> s_frozenTelephonyNameByCause = s_telephonyNameByCause.ToFrozenDictionary();
    private static readonly Dictionary<int, TelephonyCause> s_telephonyByCode = s_telephony.ToDictionary(c => (int)c);
    private static readonly FrozenDictionary<int, TelephonyCause> s_frozenTelephonyByCode = s_telephonyByCode.ToFrozenDictionary();
    private static readonly FrozenDictionary<string, TelephonyCause> s_frozenTelephonyByName =
        s_telephony.ToFrozenDictionary(c => c.GetName(), System.StringComparer.OrdinalIgnoreCase);

    private static readonly CallStatus[] s_callStatuses = [.. CallStatuses.All];
    private static readonly Dictionary<CallStatus, string> s_callStatusNameByStatus = s_callStatuses.ToDictionary(c => c, c => c.GetName());
    private static readonly FrozenDictionary<CallStatus, string> s_frozenCallStatusNameByStatus = s_callStatusNameByStatus.ToFrozenDictionary();

    private static readonly string[] s_reasonNames = [.. HangupReasons.All.Select(r => r.GetName().ToUpperInvariant())];
    private static readonly FrozenDictionary<string, HangupReason> s_frozenReasonByName =
        HangupReasons.All.ToFrozenDictionary(r => r.GetName(), System.StringComparer.OrdinalIgnoreCase);

    [Benchmark(Baseline = true, OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyName")]
    public int TelephonyGetName()
    {
        int length = 0;
        foreach (TelephonyCause cause in s_telephony)
        {
            length += cause.GetName().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyName")]
    public int TelephonyNameDictionary()
    {
        int length = 0;
        foreach (TelephonyCause cause in s_telephony)
        {
            length += s_telephonyNameByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyName")]
    public int TelephonyNameFrozenDictionary()
    {
        int length = 0;
        foreach (TelephonyCause cause in s_telephony)
        {
            length += s_frozenTelephonyNameByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyFromCode")]
    public int TelephonyTryFromCode()
    {
        int sum = 0;
        foreach (int code in s_telephonyCodes)
        {
            sum += TelephonyCauses.TryFromCode(code, out TelephonyCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyFromCode")]
    public int TelephonyCodeDictionary()
    {
        int sum = 0;
        foreach (int code in s_telephonyCodes)
        {
            sum += s_telephonyByCode.TryGetValue(code, out TelephonyCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyFromCode")]
    public int TelephonyCodeFrozenDictionary()
    {
        int sum = 0;
        foreach (int code in s_telephonyCodes)
        {
            sum += s_frozenTelephonyByCode.TryGetValue(code, out TelephonyCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyParse")]
    public int TelephonyTryParse()
    {
        int sum = 0;
        foreach (string name in s_telephonyNames)
        {
            sum += TelephonyCauses.TryParse(name, out TelephonyCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = TelephonyCount)]
    [BenchmarkCategory("TelephonyParse")]
    public int TelephonyNameFrozenDictionaryIgnoreCase()
    {
        int sum = 0;
        foreach (string name in s_telephonyNames)
        {
            sum += s_frozenTelephonyByName.TryGetValue(name, out TelephonyCause cause) ? (int)cause : 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CallStatusCount)]
    [BenchmarkCategory("CallStatusName")]
    public int CallStatusGetName()
    {
        int length = 0;
        foreach (CallStatus status in s_callStatuses)
        {
            length += status.GetName().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = CallStatusCount)]
    [BenchmarkCategory("CallStatusName")]
    public int CallStatusNameDictionary()
    {
        int length = 0;
        foreach (CallStatus status in s_callStatuses)
        {
            length += s_callStatusNameByStatus[status].Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = CallStatusCount)]
    [BenchmarkCategory("CallStatusName")]
    public int CallStatusNameFrozenDictionary()
    {
        int length = 0;
        foreach (CallStatus status in s_callStatuses)
        {
            length += s_frozenCallStatusNameByStatus[status].Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReasonCount)]
    [BenchmarkCategory("ReasonParse")]
    public int ReasonTryParse()
    {
        int sum = 0;
        foreach (string name in s_reasonNames)
        {
            sum += HangupReasons.TryParse(name, out HangupReason reason) ? (int)reason : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReasonCount)]
    [BenchmarkCategory("ReasonParse")]
    public int ReasonFrozenDictionaryIgnoreCase()
    {
        int sum = 0;
        foreach (string name in s_reasonNames)
        {
            sum += s_frozenReasonByName.TryGetValue(name, out HangupReason reason) ? (int)reason : 0;
        }

        return sum;
    }

    /// <summary>Fails the run when a count above no longer matches its table (the per-lookup numbers would be wrong).</summary>
    [GlobalSetup]
    public void CheckCounts()
    {
        if (s_telephony.Length != TelephonyCount || s_callStatuses.Length != CallStatusCount || s_reasonNames.Length != ReasonCount)
        {
            throw new System.InvalidOperationException("A vocabulary's row count changed: update the counts in VocabularyLookupBenchmarks.");
        }
    }
}

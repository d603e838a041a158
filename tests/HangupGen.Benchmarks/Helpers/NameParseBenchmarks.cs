using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// From a name to a cause. <c>HangupCauses.TryParse</c> takes documented names (<c>"Busy Line"</c>,
/// as Plivo posts <c>HangupCauseName</c>), identifiers and aliases in any case;
/// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> takes identifiers only, so it is
/// compared on identifiers, and the dictionaries on documented names.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NameParseBenchmarks
{
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseName")]
    public int TryParseName() => Parse(Workload.MixedCaseNames);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseName")]
    public int NameDictionaryIgnoreCase()
    {
        int sum = 0;
        foreach (string name in Workload.MixedCaseNames)
        {
            if (AlternativeTables.CauseByName.TryGetValue(name, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseName")]
    public int NameFrozenDictionaryIgnoreCase()
    {
        int sum = 0;
        foreach (string name in Workload.MixedCaseNames)
        {
            if (AlternativeTables.FrozenCauseByName.TryGetValue(name, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseName")]
    public int SmartEnumTryFromNameIgnoreCase()
    {
        int sum = 0;
        foreach (string name in Workload.MixedCaseNames)
        {
            if (SmartHangupCause.TryFromName(name, ignoreCase: true, out SmartHangupCause? cause))
            {
                sum += cause.Value;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseIdentifierIgnoreCase")]
    public int TryParseMixedCaseIdentifier() => Parse(Workload.MixedCaseIdentifiers);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseIdentifierIgnoreCase")]
    public int EnumTryParseIgnoreCase()
    {
        int sum = 0;
        foreach (string identifier in Workload.MixedCaseIdentifiers)
        {
            if (Enum.TryParse(identifier, ignoreCase: true, out PlainHangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseIdentifierExactCase")]
    public int TryParseIdentifier() => Parse(Workload.Identifiers);

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseIdentifierExactCase")]
    public int EnumTryParse()
    {
        int sum = 0;
        foreach (string identifier in Workload.Identifiers)
        {
            if (Enum.TryParse(identifier, ignoreCase: false, out PlainHangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    private static int Parse(string[] values)
    {
        int sum = 0;
        foreach (string value in values)
        {
            if (HangupCauses.TryParse(value, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }
}

using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// From a code (an <c>int</c>, or the text <c>"3010"</c> Plivo posts) to a cause:
/// <c>TryFromCode</c>/<c>TryParseCode</c> against <see cref="Enum.IsDefined{TEnum}(TEnum)"/> with a
/// cast, <see cref="int.Parse(string)"/> with it, a dictionary and SmartEnum's <c>TryFromValue</c>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CodeLookupBenchmarks
{
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int TryFromCode()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            if (HangupCauses.TryFromCode(code, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int EnumIsDefinedAndCast()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            var cause = (PlainHangupCause)code;
            if (Enum.IsDefined(cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int CodeDictionary()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            if (AlternativeTables.CauseByCode.TryGetValue(code, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int CodeFrozenDictionary()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            if (AlternativeTables.FrozenCauseByCode.TryGetValue(code, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int CodeHandWrittenSwitch()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            if (HandWrittenSwitches.TryFromCode(code, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("FromCode")]
    public int SmartEnumTryFromValue()
    {
        int sum = 0;
        foreach (int code in Workload.Codes)
        {
            if (SmartHangupCause.TryFromValue(code, out SmartHangupCause? cause))
            {
                sum += cause.Value;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseCode")]
    public int TryParseCode()
    {
        int sum = 0;
        foreach (string text in Workload.CodeTexts)
        {
            if (HangupCauses.TryParseCode(text, out HangupCause cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("ParseCode")]
    public int IntParseAndEnumIsDefined()
    {
        int sum = 0;
        foreach (string text in Workload.CodeTexts)
        {
            var cause = (PlainHangupCause)int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (Enum.IsDefined(cause))
            {
                sum += (int)cause;
            }
        }

        return sum;
    }
}

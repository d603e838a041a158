using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// From a cause to its name, description and category: the generated array lookups against
/// <see cref="Enum.ToString()"/>, a <c>[Description]</c> read by reflection, a <c>Dictionary</c>, a
/// <c>FrozenDictionary</c> and a hand-written <c>switch</c>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CauseTextBenchmarks
{
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int GetName()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += cause.GetName().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int EnumToString()
    {
        int length = 0;
        foreach (PlainHangupCause cause in Workload.PlainCauses)
        {
            length += cause.ToString().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameDictionary()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += AlternativeTables.NameByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Description")]
    public int GetDescription()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += cause.GetDescription().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Description")]
    public int DescriptionAttributeByReflection()
    {
        int length = 0;
        foreach (PlainHangupCause cause in Workload.PlainCauses)
        {
            length += AlternativeTables.DescriptionByReflection(cause)!.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Description")]
    public int DescriptionDictionary()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += AlternativeTables.DescriptionByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Category")]
    public int GetCategory()
    {
        int sum = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            sum += (int)cause.GetCategory();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Category")]
    public int CategoryDictionary()
    {
        int sum = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            sum += (int)AlternativeTables.CategoryByCause[cause];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameFrozenDictionary()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += AlternativeTables.FrozenNameByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Name")]
    public int NameHandWrittenSwitch()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += HandWrittenSwitches.NameOf(cause).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Description")]
    public int DescriptionFrozenDictionary()
    {
        int length = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            length += AlternativeTables.FrozenDescriptionByCause[cause].Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Workload.Count)]
    [BenchmarkCategory("Category")]
    public int CategoryFrozenDictionary()
    {
        int sum = 0;
        foreach (HangupCause cause in Workload.Causes)
        {
            sum += (int)AlternativeTables.FrozenCategoryByCause[cause];
        }

        return sum;
    }
}

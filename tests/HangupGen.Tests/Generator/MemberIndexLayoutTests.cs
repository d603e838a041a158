using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The three ways the generated <c>IndexOf</c> finds a value's position (values without a gap, a slot
/// per value of a short range, a hash for sparse values): each table gets the layout its values call
/// for, and every value around the table's range, with the extremes of <c>int</c>, is found exactly when
/// it is a member, at the member's own position.
/// </summary>
public sealed class MemberIndexLayoutTests
{
    /// <summary>Codes with gaps within 900 of each other, starting away from zero (the subtraction matters).</summary>
    private const string ShortRangeTable = """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        100,First Code,,,Low Codes,100-300,The first,None,,Plivo,Outbound,Any
        107,Second Code,,,Low Codes,100-300,The second,None,,Plivo,Outbound,Any
        230,Third Code,,,Low Codes,100-300,The third,None,,Plivo,Outbound,Any
        1000,Last Code,,,High Codes,900-1010,The last,None,,Carrier,Outbound,Any
        """;

    private static readonly int[] Extremes = [int.MinValue, int.MinValue + 1, -1, 0, 1, int.MaxValue - 1, int.MaxValue];

    [Fact]
    public void Telephony_causes_index_by_slot_and_find_exactly_their_codes()
    {
        string generated = EmbeddedDefault("TelephonyCauses.g.cs");
        Assert.Contains("s_indexSlots", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("s_indexBuckets", generated, StringComparison.Ordinal);

        HashSet<int> codes = [.. Enum.GetValues<TelephonyCause>().Select(cause => (int)cause)];
        foreach (int code in Probes(codes))
        {
            bool found = TelephonyCauses.TryFromCode(code, out TelephonyCause cause);
            Assert.Equal(codes.Contains(code), found);
            Assert.Equal(found, ((TelephonyCause)code).IsDefined());
            Assert.Equal(found ? (TelephonyCause)code : default, cause);
            if (found)
            {
                // The position found is the member's own: its name is the one the table gives it.
                Assert.Equal(typeof(TelephonyCauseNames).GetField(cause.ToString())!.GetValue(null), cause.GetName());
            }
        }
    }

    [Fact]
    public void Hangup_codes_of_the_real_table_index_by_hash_and_find_exactly_their_codes()
    {
        string generated = EmbeddedDefault("HangupCauses.g.cs");
        Assert.Contains("s_indexBuckets", generated, StringComparison.Ordinal);

        HashSet<int> codes = [.. Enum.GetValues<HangupCause>().Select(cause => (int)cause)];
        foreach (int code in Probes(codes))
        {
            bool found = HangupCauses.TryFromCode(code, out HangupCause cause);
            Assert.Equal(codes.Contains(code), found);
            Assert.Equal(found ? (HangupCause)code : default, cause);
            if (found)
            {
                Assert.Equal(typeof(HangupCauseNames).GetField(cause.ToString())!.GetValue(null), cause.GetName());
            }
        }
    }

    [Fact]
    public void Short_range_of_codes_away_from_zero_indexes_by_slot_from_its_smallest_code()
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation("""
                public static class Probe
                {
                    public static string Find(int code)
                        => HangupGen.HangupCauses.TryFromCode(code, out HangupGen.HangupCause cause) ? (int)cause + " " + HangupGen.HangupCauseExtensions.GetName(cause) : "-";
                }
                """),
            ShortRangeTable);
        Assert.Empty(diagnostics);
        string generated = output.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == "HangupCauses.g.cs").ToString();
        Assert.Contains("uint slot = unchecked((uint)(value - 100));", generated, StringComparison.Ordinal);

        MethodInfo find = GeneratorHarness.EmitAndLoad(output, nameof(Short_range_of_codes_away_from_zero_indexes_by_slot_from_its_smallest_code)).GetType("Probe")!.GetMethod("Find")!;
        var names = new Dictionary<int, string> { [100] = "First Code", [107] = "Second Code", [230] = "Third Code", [1000] = "Last Code" };
        foreach (int code in Probes(names.Keys))
        {
            Assert.Equal(names.TryGetValue(code, out string? name) ? code + " " + name : "-", find.Invoke(null, [code]));
        }
    }

    /// <summary>A file the generator writes from its embedded tables, as this test assembly compiles them.</summary>
    private static string EmbeddedDefault(string file)
        => GeneratorHarness.Run(table: null).GeneratedSources.Single(source => source.HintName == file).SourceText.ToString();

    /// <summary>Every value from below the smallest code to above the largest, and the extremes of <c>int</c>.</summary>
    private static IEnumerable<int> Probes(IEnumerable<int> codes)
        => Enumerable.Range(codes.Min() - 3, codes.Max() - codes.Min() + 7).Concat(Extremes);
}

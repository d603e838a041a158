using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generated <c>FindName</c> compares only the keys of one bucket, chosen by a hash of the text's
/// length and its first, middle and last characters (case folded). Keys with the same four are always in
/// one bucket and must still be told apart; a table too large for the generation-time search of a
/// multiplier (its keys placed with the first one, the bucket count at its cap) must still find every key
/// and nothing else. The generated code is compiled, loaded and run through the string, span and UTF-8
/// parsers.
/// </summary>
public sealed class NameBucketTests
{
    private const string Header = "code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states";

    private static readonly string Probe = ParserProbe.Class(
        ParserProbe.ThreeWays("Parse", "HangupGen.HangupCauses", "HangupGen.HangupCause"), ParserProbe.Show);

    /// <summary>
    /// "Route Alpha X", "Route Alpho X" and "Route Omega X" have 13 characters, 'R' first, 'A' or 'O' in the
    /// middle and 'X' last: the first two share a bucket whatever the multiplier, and differ only at position 10.
    /// </summary>
    private static readonly string SharedSignatureTable = Header + "\n" + string.Join("\n",
        "0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs,,Unknown,Outbound and Inbound,Any",
        "3010,Route Alpha X,,,Call Rejections,3000-3050,First route,Retry later,,Plivo,Outbound,Any",
        "3020,Route Alpho X,,,Call Rejections,3000-3050,Second route,Retry later,,Plivo,Outbound,Any",
        "3030,Route Omega X,,R,Call Rejections,3000-3050,Third route,Retry later,,Plivo,Outbound,Any");

    private static readonly Lazy<MethodInfo> s_sharedSignatureParse = new(() => CompileParse(SharedSignatureTable, "NameBucketShared"));

    [Theory]
    [InlineData("Route Alpha X", "3010")]
    [InlineData("route alpha x", "3010")]
    [InlineData("ROUTE ALPHA X", "3010")]
    [InlineData("RouteAlphaX", "3010")]
    [InlineData("Route Alpho X", "3020")]
    [InlineData("rOUTE aLPHO x", "3020")]
    [InlineData("Route Omega X", "3030")]
    [InlineData("r", "3030")] // A one-character alias: first, middle and last are the same character.
    [InlineData("Route Alphb X", "-")] // Same length, first, middle and last characters as two keys: compared, not found.
    [InlineData("Route Alpha Y", "-")]
    [InlineData("Route Alpha  X", "-")]
    [InlineData("Q", "-")]
    [InlineData("", "-")]
    public void Keys_sharing_a_bucket_are_told_apart(string text, string expected)
        => Assert.Equal(expected + " " + expected + " " + expected, s_sharedSignatureParse.Value.Invoke(null, [text]));

    [Fact]
    public void A_table_too_large_for_the_multiplier_search_finds_every_key_and_nothing_else()
    {
        // 600 causes, each with a name and an identifier: 1,200 keys, more than the 1,024 the search covers,
        // in 4,096 buckets.
        var rows = new StringBuilder(Header).Append('\n')
            .Append("0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs,,Unknown,Outbound and Inbound,Any\n");
        var expected = new Dictionary<string, int>(StringComparer.Ordinal) { ["Unknown"] = 0 };
        for (int i = 1; i <= 600; i++)
        {
            int code = 10000 + i;
            string name = "Cause " + Words(i);
            rows.Append(CultureInfo.InvariantCulture, $"{code},{name},,,Many Causes,10000-10999,Cause {i},Retry later,,Plivo,Outbound,Any\n");
            expected[name] = code;
            expected[name.Replace(" ", string.Empty, StringComparison.Ordinal)] = code;
        }

        MethodInfo parse = CompileParse(rows.ToString(), "NameBucketLarge");
        foreach ((string key, int code) in expected)
        {
            string found = code.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(found + " " + found + " " + found, parse.Invoke(null, [key]));
            Assert.Equal(found + " " + found + " " + found, parse.Invoke(null, [key.ToUpperInvariant()]));

            // One letter changed in the middle: the same length, first and last characters, and no key.
            string changed = key[..(key.Length / 2)] + (key[key.Length / 2] == 'q' ? 'z' : 'q') + key[((key.Length / 2) + 1)..];
            Assert.False(expected.Keys.Any(k => string.Equals(k, changed, StringComparison.OrdinalIgnoreCase)), changed);
            Assert.Equal("- - -", parse.Invoke(null, [changed]));
        }
    }

    /// <summary>"One Two", "Three Four Five": distinct names of varied lengths that share first and last letters often.</summary>
    private static string Words(int number)
    {
        string[] digits = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];
        return string.Join(" ", number.ToString(CultureInfo.InvariantCulture).Select(d => digits[d - '0']));
    }

    private static MethodInfo CompileParse(string table, string assemblyName)
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(Probe), table);
        Assert.Empty(diagnostics);
        string generated = output.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == "HangupCauses.g.cs").ToString();
        Assert.Contains("uint signature = ", generated, StringComparison.Ordinal);
        return GeneratorHarness.EmitAndLoad(output, assemblyName).GetType("Probe")!.GetMethod("Parse")!;
    }
}

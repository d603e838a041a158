using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The name parsers compare with <c>System.Text.Ascii.EqualsIgnoreCase</c> where the target has it
/// (.NET 8+) and with a generated comparison elsewhere. Both must accept exactly the same texts: ASCII
/// letters fold, nothing else does (not the Kelvin sign that <c>OrdinalIgnoreCase</c> folds to k, not
/// a dotless i, not two punctuation characters that differ in the 0x20 bit only). The real table is
/// generated twice, once as a .NET 8 consumer sees it and once for a consumer whose own internal
/// <c>System.Text.Ascii</c> (a polyfill) hides the runtime's, and each is compiled, loaded and run.
/// </summary>
public sealed class AsciiNameComparisonTests
{
    private const string RuntimeComparison = "global::System.Text.Ascii.EqualsIgnoreCase";

    private static readonly string Probe = ParserProbe.Class(
        ParserProbe.ThreeWays("ParseCause", "HangupGen.HangupCauses", "HangupGen.HangupCause"),
        ParserProbe.ThreeWays("ParseReason", "HangupGen.HangupReasons", "HangupGen.HangupReason"),
        ParserProbe.Show);

    // An internal type of that name is not the runtime's: the generator must not call it.
    private const string AsciiPolyfill = """
        namespace System.Text
        {
            internal static class Ascii
            {
            }
        }
        """;

    private static readonly Lazy<Assembly> s_withRuntimeComparison = new(() => Compile("RuntimeAscii", expectRuntimeComparison: true, Probe));

    private static readonly Lazy<Assembly> s_withGeneratedComparison = new(() => Compile("GeneratedAscii", expectRuntimeComparison: false, Probe, AsciiPolyfill));

    // Cause texts and the code each must give (null: no cause).
    private static readonly Dictionary<string, int?> s_causes = new()
    {
        ["Busy Line"] = 3010,
        ["bUSY lINE"] = 3010,
        ["BUSY LINE"] = 3010,
        ["busyline"] = 3010, // the identifier BusyLine
        ["Kicked Out Of Multiparty Call"] = 4030,
        ["kICKED oUT oF mULTIPARTY cALL"] = 4030,
        ["\u212Aicked Out Of Multiparty Call"] = null, // Kelvin sign: OrdinalIgnoreCase folds it to k
        ["Kicked Out Of Multiparty\0Call"] = null, // NUL and space differ in the 0x20 bit only
        ["Canceled \bOut Of Credits)"] = null, // backspace and '(' likewise
        ["Canceled (Out Of Credits)"] = 1010,
        ["CANCELED (OUT OF CREDITS)"] = 1010,
        ["Busy L\u0131ne"] = null, // dotless i
        ["BUSY L\u0130NE"] = null, // dotted capital I
        ["Busy\u00A0Line"] = null, // no-break space
        ["Busy Line "] = null,
        ["Busy Lin"] = null,
        [string.Empty] = null,
    };

    public static TheoryData<string> CauseTexts => [.. s_causes.Keys];

    [Fact]
    public void A_net8_consumer_gets_the_runtime_comparison_and_a_polyfilled_one_the_generated_comparison()
    {
        // Compile asserts which comparison each generated parser calls; this makes it run once here too.
        Assert.NotSame(s_withRuntimeComparison.Value, s_withGeneratedComparison.Value);
    }

    [Theory]
    [MemberData(nameof(CauseTexts))]
    public void Both_comparisons_accept_exactly_the_ascii_case_variants_of_a_cause_name(string text)
    {
        string expected = s_causes[text]?.ToString(CultureInfo.InvariantCulture) ?? "-";
        string all = expected + " " + expected + " " + expected;

        Assert.Equal(all, Invoke(s_withRuntimeComparison.Value, "ParseCause", text));
        Assert.Equal(all, Invoke(s_withGeneratedComparison.Value, "ParseCause", text));
    }

    [Theory]
    [InlineData("inactivity_timeout")]
    [InlineData("INACTIVITY_TIMEOUT")]
    [InlineData("Inactivity_Timeout")]
    [InlineData("inactivity\u212Atimeout")]
    [InlineData("inactivity timeout")]
    [InlineData("inactivity\u007Ftimeout")]
    public void Both_comparisons_agree_on_bolna_reasons(string text)
    {
        object? runtime = Invoke(s_withRuntimeComparison.Value, "ParseReason", text);

        Assert.Equal(runtime, Invoke(s_withGeneratedComparison.Value, "ParseReason", text));
        bool found = runtime is string result && !result.StartsWith('-');
        Assert.Equal(text.Equals("inactivity_timeout", StringComparison.OrdinalIgnoreCase) && text.All(c => c < 0x80), found);
    }

    private static object? Invoke(Assembly assembly, string method, string argument)
        => assembly.GetType("Probe")!.GetMethod(method)!.Invoke(null, [argument]);

    private static Assembly Compile(string name, bool expectRuntimeComparison, params string[] sources)
    {
        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation(sources), table: null);
        Assert.Empty(generatorDiagnostics);
        foreach (string parser in new[] { "HangupCauses.g.cs", "HangupReasons.g.cs" })
        {
            string generated = output.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == parser).ToString();
            Assert.Equal(expectRuntimeComparison, generated.Contains(RuntimeComparison, StringComparison.Ordinal));
            Assert.Equal(!expectRuntimeComparison, generated.Contains("global::HangupGen.HangupTextHelpers.EqualsIgnoreAsciiCase(value, s_nameKeys[i])", StringComparison.Ordinal));
        }

        return GeneratorHarness.EmitAndLoad(output, name);
    }
}

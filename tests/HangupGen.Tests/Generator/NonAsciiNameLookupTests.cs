using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generated name lookups on a custom table whose keys are not all ASCII (the real tables are):
/// the UTF-8 parser then buckets the keys by UTF-8 byte length, not by character count, and must still
/// accept exactly what the string parser accepts; and a key with a backslash must not be taken for a
/// JSON escape by the converter, which matches the raw UTF-8 bytes of a JSON string. The generated code
/// is compiled, loaded and run.
/// </summary>
public sealed class NonAsciiNameLookupTests
{
    // "Größe" (5 characters, 7 UTF-8 bytes) shares its UTF-8 length with "Unknown"; "X\Y" and "X\\Y" are
    // two keys a raw match of the escaped JSON "X\\Y" (which is X\Y) would confuse.
    private const string Table = """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs,,Unknown,Outbound and Inbound,Any
        3010,Café Busy,CafeBusy,X\Y,Call Rejections,3000-3050,Destination is busy,Retry later,,Plivo,Outbound,Any
        3020,Größe,Grosse,X\\Y;Ünïcödé,Call Rejections,3000-3050,Too large,Retry later,,Plivo,Outbound,Any
        """;

    private static readonly string Probe = ParserProbe.Class(
        ParserProbe.ThreeWays("Parse", "HangupGen.HangupCauses", "HangupGen.HangupCause"),
        """
                public static int ReadJson(string json) => (int)System.Text.Json.JsonSerializer.Deserialize<HangupGen.HangupCause>(json);

            """,
        ParserProbe.Show);

    private static readonly Lazy<Assembly> s_assembly = new(Compile);

    private static readonly Dictionary<string, int?> s_expected = new()
    {
        ["Café Busy"] = 3010,
        ["CAFé BUSY"] = 3010,
        ["CAFÉ BUSY"] = null, // É is not an ASCII letter: it does not fold.
        ["cafe busy"] = null,
        ["CafeBusy"] = 3010,
        ["Größe"] = 3020,
        ["GRößE"] = 3020,
        ["GRÖßE"] = null,
        ["ÜNïCöDé"] = 3020,
        ["ünïcödé"] = null,
        ["Unknown"] = 0,
        ["UNKNOWN"] = 0,
        ["Unknowm"] = null,
        ["x\\y"] = 3010,
        ["X\\\\Y"] = 3020,
        ["X/Y"] = null,
        [string.Empty] = null,
    };

    public static TheoryData<string> Texts => [.. s_expected.Keys];

    [Theory]
    [MemberData(nameof(Texts))]
    public void String_span_and_utf8_parsers_agree_on_non_ascii_keys(string text)
    {
        string expected = s_expected[text]?.ToString(CultureInfo.InvariantCulture) ?? "-";

        Assert.Equal(expected + " " + expected + " " + expected, Invoke("Parse", text));
    }

    [Theory]
    [InlineData("\"X\\\\Y\"", 3010)] // X\Y, escaped: the raw bytes X\\Y spell the other key.
    [InlineData("\"X\\\\\\\\Y\"", 3020)] // X\\Y
    [InlineData("\"Gr\\u00F6\\u00DFe\"", 3020)]
    [InlineData("\"gRößE\"", 3020)]
    [InlineData("\"Café Busy\"", 3010)]
    public void The_json_converter_reads_escaped_and_non_ascii_names_as_the_parser(string json, int expected)
        => Assert.Equal(expected, Invoke("ReadJson", json));

    private static object? Invoke(string method, string argument)
        => s_assembly.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, [argument]);

    private static Assembly Compile()
    {
        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(
            GeneratorHarness.CreateCompilation(Probe), Table);
        Assert.Empty(generatorDiagnostics);
        return GeneratorHarness.EmitAndLoad(output, "NonAsciiNameLookup");
    }
}

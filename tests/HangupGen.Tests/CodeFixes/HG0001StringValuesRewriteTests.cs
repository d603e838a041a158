using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// Why HG0001's fix takes the one value of an ASP.NET Core <c>StringValues</c> with a pattern before
/// parsing it: the rewrites it writes are compiled with the generated types and run over zero, one
/// and several values and null, next to the comparison they replace. The pattern forms agree with
/// <c>==</c> and <c>!=</c> everywhere; a parse of the implicit conversion to string (what
/// <c>HangupCauses.TryParseCode(form["HangupCauseCode"], …)</c> would compile to) does not, for
/// several values of which all but one are null or empty. The last column pins the stub to the real
/// <c>StringValues</c> (Microsoft.Extensions.Primitives 6.0 and 10.0 convert these cases the same way).
/// </summary>
public sealed class HG0001StringValuesRewriteTests
{
    private const string Probe = """
        using System.Text;
        using HangupGen;
        using Microsoft.Extensions.Primitives;

        public static class Probe
        {
            static bool Equal(StringValues form) => form == "3010";
            static bool ListPattern(StringValues form) => form is [var hangupCode] && HangupCauses.TryParseCode(hangupCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;
            static bool CountPattern(StringValues form) => form is { Count: 1 } hangupCodes && HangupCauses.TryParseCode(hangupCodes[0], out var hangupCause) && hangupCause == HangupCause.BusyLine;
            static bool Conversion(StringValues form) => HangupCauses.TryParseCode(form, out var hangupCause) && hangupCause == HangupCause.BusyLine;

            static bool NotEqual(StringValues form) => form != "3010";
            static bool NotListPattern(StringValues form) => form is not [var hangupCode] || !HangupCauses.TryParseCode(hangupCode, out var hangupCause) || hangupCause != HangupCause.BusyLine;
            static bool NotCountPattern(StringValues form) => !(form is { Count: 1 } hangupCodes) || !HangupCauses.TryParseCode(hangupCodes[0], out var hangupCause) || hangupCause != HangupCause.BusyLine;
            static bool NotConversion(StringValues form) => !HangupCauses.TryParseCode(form, out var hangupCause) || hangupCause != HangupCause.BusyLine;

            public static string Table()
            {
                var cases = new (string Name, StringValues Value)[]
                {
                    ("default", default),
                    ("null", new StringValues((string)null)),
                    ("[]", new StringValues(new string[0])),
                    ("3010", new StringValues("3010")),
                    ("[null]", new StringValues(new string[] { null })),
                    ("[\"\"]", new StringValues(new[] { "" })),
                    ("[3010,3010]", new StringValues(new[] { "3010", "3010" })),
                    ("[\"\",3010]", new StringValues(new[] { "", "3010" })),
                    ("[null,3010]", new StringValues(new[] { null, "3010" })),
                    ("[3010,\"\"]", new StringValues(new[] { "3010", "" })),
                    ("[1,2]", new StringValues(new[] { "1", "2" })),
                    ("03010", new StringValues("03010")),
                };
                var table = new StringBuilder();
                foreach (var (name, value) in cases)
                {
                    string asString = value;
                    table.Append(name.PadRight(12))
                        .Append(" == ").Append(B(Equal(value))).Append(B(ListPattern(value))).Append(B(CountPattern(value))).Append(B(Conversion(value)))
                        .Append(" != ").Append(B(NotEqual(value))).Append(B(NotListPattern(value))).Append(B(NotCountPattern(value))).Append(B(NotConversion(value)))
                        .Append(" string ").Append(asString is null ? "null" : "\"" + asString + "\"")
                        .Append('\n');
                }

                return table.ToString();
            }

            static string B(bool value) => value ? "T" : "F";
        }
        """;

    /// <summary>
    /// For each value: the comparison, the list-pattern rewrite, the count-pattern rewrite, a parse of
    /// the conversion; then the same for <c>!=</c>; then what the value converts to.
    /// </summary>
    private const string Expected = """
        default      == FFFF != TTTT string null
        null         == FFFF != TTTT string null
        []           == FFFF != TTTT string null
        3010         == TTTT != FFFF string "3010"
        [null]       == FFFF != TTTT string null
        [""]         == FFFF != TTTT string ""
        [3010,3010]  == FFFF != TTTT string "3010,3010"
        ["",3010]    == FFFT != TTTF string "3010"
        [null,3010]  == FFFT != TTTF string "3010"
        [3010,""]    == FFFT != TTTF string "3010"
        [1,2]        == FFFF != TTTT string "1,2"
        03010        == FFFF != TTTT string "03010"

        """;

    [Fact]
    public void The_pattern_rewrites_agree_with_the_comparison_and_a_parse_of_the_conversion_does_not()
        => Assert.Equal(Expected, RunProbe());

    private static string RunProbe()
    {
        CSharpParseOptions parseOptions = GeneratorHarness.LatestParseOptions;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "StringValuesProbe",
            [CSharpSyntaxTree.ParseText(AspNetCoreStubs.Source, parseOptions), CSharpSyntaxTree.ParseText(Probe, parseOptions)],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        (Compilation output, _) = GeneratorHarness.RunOn(compilation, table: null);

        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext(nameof(HG0001StringValuesRewriteTests), isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly probe = context.LoadFromStream(image);
            MethodInfo table = probe.GetType("Probe", throwOnError: true)!.GetMethod("Table")!;
            return (string)table.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

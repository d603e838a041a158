using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Seeded fuzzing: 2,000 mutated copies of the real table and random garbage never make the
/// generator throw, every diagnostic it reports is an HG1xxx located inside the table file, and
/// what it generates from what is left compiles (checked for every tenth mutated table).
/// </summary>
public sealed class GeneratorRobustnessTests
{
    private const string TablePath = "/project/HangupCodes.csv";

    /// <summary>What mutations insert: CSV syntax, line breaks, BOMs and a few awkward characters.</summary>
    private const string Alphabet = "\"\",,,\r\n\n\r;;-\u2013 \t0123456789aZ_@\uFEFF\u00E9\\<>&{}";

    /// <summary>Mutated tables are checked in batches of this many seeds, one test case a batch.</summary>
    private const int BatchSize = 100;

    /// <summary>Of each batch, every tenth table's output is compiled; compiling is what takes time.</summary>
    private const int CompileEvery = 10;

    /// <summary>Twenty batches: 2,000 mutated copies of the real table.</summary>
    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Mutated_real_table_never_breaks_the_generator(int batch)
    {
        var compiled = new List<SyntaxTree>();
        for (int seed = batch * BatchSize; seed < (batch + 1) * BatchSize; seed++)
        {
            string table = MutatedRealTable(seed);
            AssertGeneratorCopesWith(table);
            if (seed % CompileEvery == 0)
            {
                // Each table generates into a namespace of its own, so a batch compiles as one.
                GeneratorRunResult run = GeneratorHarness.Run(
                    [new InMemoryAdditionalText(TablePath, table)],
                    new Dictionary<string, string> { ["HangupGenNamespace"] = "Fuzz.Seed" + seed });
                compiled.AddRange(run.GeneratedSources.Select(source => source.SyntaxTree));
            }
        }

        // Most mutations leave rows to generate: a batch with nothing compiled would prove nothing.
        Assert.True(compiled.Count > BatchSize / CompileEvery, $"only {compiled.Count} generated files in batch {batch}");
        Compilation output = GeneratorHarness.CreateCompilation().AddSyntaxTrees(compiled);
        Assert.Empty(output.GetDiagnostics());
    }

    private static string MutatedRealTable(int seed)
    {
        var random = new Random(seed);
        string table = TestTables.Real;
        int mutations = 1 + random.Next(12);
        for (int i = 0; i < mutations; i++)
        {
            table = Mutate(table, random);
        }

        return table;
    }

    /// <summary>Five batches of a hundred: 500 random texts, each read alone and under a valid header.</summary>
    public static TheoryData<int> GarbageBatches => [.. Enumerable.Range(0, 5)];

    [Theory]
    [MemberData(nameof(GarbageBatches))]
    public void Random_garbage_never_breaks_the_generator(int batch)
    {
        for (int seed = batch * BatchSize; seed < (batch + 1) * BatchSize; seed++)
        {
            var random = new Random(seed);
            var garbage = new StringBuilder();
            int length = random.Next(2_000);
            for (int i = 0; i < length; i++)
            {
                garbage.Append(random.Next(3) == 0 ? (char)random.Next(32, 0xD7FF) : Alphabet[random.Next(Alphabet.Length)]);
            }

            AssertGeneratorCopesWith(garbage.ToString());
            AssertGeneratorCopesWith("code,name,category,range\n" + garbage);
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData(",")]
    [InlineData("\r")]
    [InlineData("\uFEFF\"")]
    [InlineData("code,name,category,range\n\"")]
    [InlineData("code,name,category,range\n0,\"a\"\"")]
    [InlineData("code,name,category,range\n0,a,b,0-")]
    [InlineData("code,name,category,range\n2147483647,a,b,0-2147483647")]
    [InlineData("code,name,category,range\n2147483648,a,b,0-2147483648")]
    [InlineData("code,name,category,range\n0,a,b,\u2013")]
    public void Edge_cases_never_break_the_generator(string table)
    {
        AssertGeneratorCopesWith(table);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("7.3")]
    public void Identifiers_that_look_like_generated_or_framework_names_generate_code_that_compiles(string languageVersion)
    {
        const string Table = """
            code,name,category,range
            0,Unknown,Unknown,0
            1,Cause,Cause,1-9
            10,Category,Sources,10-19
            20,TResult,Undefined,20-29
            21,Result,Undefined,20-29
            22,Undefined,Undefined,20-29
            23,Source Sets,Undefined,20-29
            24,GetName,Undefined,20-29
            25,Match,Undefined,20-29
            26,Is Defined,Undefined,20-29
            27,Count,Undefined,20-29
            28,All,Undefined,20-29
            30,Code,Source Sets,30-39
            31,Value,Source Sets,30-39
            32,S All,Source Sets,30-39
            33,Members,Source Sets,30-39
            40,Object,System,40-49
            41,String,System,40-49
            42,System,System,40-49
            43,Global,System,40-49
            44,Func,System,40-49
            45,Hangup Category,System,40-49
            46,Hangup Source,System,40-49
            47,Hangup Causes,System,40-49
            48,Hangup Cause Extensions,System,40-49
            49,Hangup Sources,System,40-49
            50,First Code,Object,50-59
            51,Last Code,Object,50-59
            60,Unknown Cause,Global,60-69
            70,Int,Func,70-79
            71,Nameof,Func,70-79
            80,Q,Nameof,80-89
            """;
        bool csharp73 = languageVersion == "7.3";
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(
            csharp73 ? GeneratorHarness.CSharp73ParseOptions : GeneratorHarness.LatestParseOptions,
            csharp73 ? Basic.Reference.Assemblies.NetStandard20.References.All : Basic.Reference.Assemblies.Net80.References.All,
            "internal static class Consumer { public static int Count = HangupGen.HangupCauses.Count + (int)HangupGen.HangupCause.Cause; }");

        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(consumer, Table);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics());
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\uFFFF")]
    [InlineData("\t")]
    [InlineData("*/ <!-- ]]> &amp \\ \" ' {0} #if")]
    public void Odd_characters_in_every_text_of_a_row_generate_code_and_documentation_that_compile(string odd)
    {
        string[] fields = ["3010", $"Busy{odd}Line", $"Al{odd}ias", $"Call{odd} Rejections", "3000-3050", $"De{odd}sc", $"Ne{odd}xt", $"Det{odd}ails\n\nPara{odd}", $"Plivo, if{odd}", $"Out{odd}", $"St{odd}"];
        string table = "code,name,aliases,category,range,description,next_steps,details,sources,call_types,call_states\n"
            + string.Join(",", fields.Select(field => "\"" + field.Replace("\"", "\"\"") + "\""));
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(
            GeneratorHarness.LatestParseOptions.WithDocumentationMode(DocumentationMode.Diagnose),
            Basic.Reference.Assemblies.Net80.References.All,
            "internal static class Consumer { public static int Count => HangupGen.HangupCauses.Count; }");

        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(
            consumer, table, new Dictionary<string, string> { ["HangupGenAccessibility"] = "public" });

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics());
    }

    private static string Mutate(string table, Random random)
    {
        int position = random.Next(table.Length + 1);
        switch (random.Next(7))
        {
            case 0:
                return table.Insert(position, Alphabet[random.Next(Alphabet.Length)].ToString());
            case 1:
                return position < table.Length ? table.Remove(position, Math.Min(1 + random.Next(40), table.Length - position)) : table;
            case 2:
                int length = Math.Min(random.Next(200), table.Length - position);
                return table.Insert(position, table.Substring(position, length));
            case 3:
                return table.Insert(position, "\"");
            case 4:
                return table.Insert(position, random.Next(2) == 0 ? "," : "\r\n");
            case 5:
                return table.Substring(0, position);
            default:
                int line = table.IndexOf('\n', position);
                return line < 0 ? table : table.Insert(line + 1, table.Substring(position, line - position + 1));
        }
    }

    private static void AssertGeneratorCopesWith(string table)
    {
        GeneratorRunResult run = GeneratorHarness.Run(table, tablePath: TablePath);

        Assert.Null(run.Exception);
        var text = SourceText.From(table);
        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            Assert.NotEqual("CS8785", diagnostic.Id);
            Assert.Matches("^HG1[0-9]{3}$", diagnostic.Id);
            Assert.Equal(TablePath, diagnostic.Location.GetLineSpan().Path);
            TextSpan span = diagnostic.Location.SourceSpan;
            Assert.InRange(span.End, 0, table.Length);
            if (!ContainsLineBreaksOnlyRoslynKnows(table))
            {
                Assert.Equal(text.Lines.GetLinePositionSpan(span), diagnostic.Location.GetLineSpan().Span);
            }
        }
    }

    /// <summary>U+0085, U+2028 and U+2029 end a line for Roslyn's <see cref="SourceText"/>, not for a CSV file.</summary>
    private static bool ContainsLineBreaksOnlyRoslynKnows(string table)
        => table.IndexOfAny(['\u0085', '\u2028', '\u2029']) >= 0;
}

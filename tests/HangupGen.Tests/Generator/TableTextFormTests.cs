using System.Linq;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator;

/// <summary>
/// How a table is written down (line ends, byte order mark, blank lines, quoting that is not needed)
/// does not change what is generated: a CRLF copy with a BOM gives the same output as the LF original.
/// </summary>
public sealed class TableTextFormTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("real")]
    public void Crlf_with_a_bom_generates_the_same_output_as_lf_without_one(string table)
    {
        string lf = table == "real" ? TestTables.Real : TestTables.Small;

        AssertSameOutput(lf, "\uFEFF" + lf.Replace("\n", "\r\n"));
    }

    [Fact]
    public void Cr_line_ends_generate_the_same_output_as_lf()
    {
        AssertSameOutput(TestTables.Small, TestTables.Small.Replace("\n", "\r"));
    }

    [Fact]
    public void Blank_lines_and_a_final_newline_generate_the_same_output()
    {
        string spaced = "\n\n" + TestTables.Small.Replace("\n3140,", "\n\n   \n3140,") + "\r\n\r\n";

        AssertSameOutput(TestTables.Small, spaced);
    }

    [Fact]
    public void Quoting_a_field_that_needs_no_quotes_generates_the_same_output()
    {
        string quoted = TestTables.Small.Replace("0,Unknown,,,Unknown,0,", "\"0\",\"Unknown\",\"\",,\"Unknown\",\"0\",");

        AssertSameOutput(TestTables.Small, quoted);
    }

    [Fact]
    public void Small_table_holds_quoted_commas_quotes_and_line_breaks()
    {
        Assert.Contains("\"Destination is busy, try again\"", TestTables.Small);
        Assert.Contains("\"\"voicemail\"\"", TestTables.Small);
        Assert.Contains("\"A busy signal was received.\n\nSecond paragraph", TestTables.Small);
    }

    [Fact]
    public void Real_table_as_a_project_file_generates_the_same_output_as_the_embedded_default()
    {
        AssertSameOutput(table: null, TestTables.Real);
    }

    private static void AssertSameOutput(string? table, string other)
    {
        GeneratorRunResult expected = GeneratorHarness.Run(table);
        GeneratorRunResult actual = GeneratorHarness.Run(other);

        Assert.Empty(expected.Diagnostics);
        Assert.Empty(actual.Diagnostics);
        Assert.Equal(GeneratorHarness.GeneratedFiles, actual.GeneratedSources.Select(s => s.HintName));
        Assert.Equal(
            expected.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            actual.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}

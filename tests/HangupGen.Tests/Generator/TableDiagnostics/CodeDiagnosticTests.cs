using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1008 and HG1009: the code column, located at the code field.</summary>
public sealed class CodeDiagnosticTests
{
    [Theory]
    [InlineData("30a0")]
    [InlineData("-3010")]
    [InlineData("+3010")]
    [InlineData("3010.0")]
    [InlineData("3 010")]
    [InlineData("0x0BC2")]
    [InlineData("99999999999")]
    public Task HG1008_code_that_is_not_a_non_negative_whole_number_is_reported(string code) => VerifyAsync(
        $"""
        code,name,category,range
        {"{|#0:" + code + "|}"},Busy Line,Call Rejections,0-99999
        """,
        new DiagnosticResult("HG1008", DiagnosticSeverity.Error).WithLocation(0).WithArguments(code));

    [Fact]
    public Task HG1008_is_reported_with_the_code_trimmed_but_located_over_the_whole_field() => VerifyAsync(
        """
        code,name,category,range
        {|#0: 30x |},Busy Line,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1008", DiagnosticSeverity.Error).WithLocation(0).WithArguments("30x"));

    [Fact]
    public Task HG1008_spaces_around_a_valid_code_are_allowed() => VerifyAsync(
        """
        code,name,category,range
         3010 ,Busy Line,Call Rejections,3000-3050
        """);

    [Fact]
    public Task HG1009_second_row_with_the_same_code_is_reported_with_the_line_of_the_first() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,Call Rejections,3000-3050
        3020,Rejected,Call Rejections,3000-3050
        {|#0:3010|},Line Busy,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1009", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3010", "2"));

    [Fact]
    public Task HG1009_leading_zeros_do_not_make_a_code_different() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,Call Rejections,3000-3050
        {|#0:03010|},Line Busy,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1009", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3010", "2"));

    /// <summary>
    /// A quoted field may hold characters editors treat as line breaks (NEL, LINE SEPARATOR,
    /// PARAGRAPH SEPARATOR): positions and the "line N" of messages count them as the editor does.
    /// </summary>
    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public Task HG1009_is_located_as_the_editor_counts_lines(string lineBreak) => VerifyAsync(
        $"""
        code,name,category,range,description
        3020,Rejected,Call Rejections,3000-3050,"First line{lineBreak}second line"
        3010,Busy Line,Call Rejections,3000-3050,
        {"{|#0:3010|}"},Line Busy,Call Rejections,3000-3050,
        """,
        new DiagnosticResult("HG1009", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3010", "4"));
}

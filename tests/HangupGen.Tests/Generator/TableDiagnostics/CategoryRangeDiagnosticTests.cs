using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1013, HG1014 and HG1015: category ranges, located at the range or code field.</summary>
public sealed class CategoryRangeDiagnosticTests
{
    [Theory]
    [InlineData("3050-3000")]
    [InlineData("3000 to 3050")]
    [InlineData("3000-")]
    [InlineData("-3050")]
    [InlineData("3000-3050-3100")]
    [InlineData("3xxx")]
    public Task HG1013_range_that_is_not_first_dash_last_is_reported(string range) => VerifyAsync(
        $$"""
        code,name,category,range
        3010,Busy Line,Call Rejections,{|#0:{{range}}|}
        """,
        new DiagnosticResult("HG1013", DiagnosticSeverity.Error).WithLocation(0).WithArguments(range));

    [Theory]
    [InlineData("3000-3050")]
    [InlineData("3000 - 3050")]
    [InlineData("3000\u20133050")]
    public Task HG1013_hyphen_or_en_dash_with_or_without_spaces_is_a_range(string range) => VerifyAsync(
        $"""
        code,name,category,range
        3010,Busy Line,Call Rejections,{range}
        """);

    [Fact]
    public Task HG1014_same_category_with_another_range_is_reported_at_the_range() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,Call Rejections,3000-3050
        3020,Rejected,call rejections,{|#0:3000-3060|}
        """,
        new DiagnosticResult("HG1014", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("call rejections", "2", "its range there is 3000-3050"));

    [Fact]
    public Task HG1014_new_category_overlapping_an_earlier_one_is_reported_at_the_range() => VerifyAsync(
        """
        code,name,category,range
        0,Unknown,Unknown,0
        3010,Busy Line,Call Rejections,3000-3050
        3100,Busy everywhere,Carrier Errors,{|#0:3040-3140|}
        """,
        new DiagnosticResult("HG1014", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Carrier Errors", "3", "it overlaps category 'Call Rejections' (3000-3050)"));

    [Fact]
    public Task HG1014_single_code_range_is_shown_as_one_code() => VerifyAsync(
        """
        code,name,category,range
        0,Unknown,Unknown,0
        1,Odd,Other,{|#0:0-10|}
        """,
        new DiagnosticResult("HG1014", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Other", "2", "it overlaps category 'Unknown' (0)"));

    [Fact]
    public Task HG1015_code_outside_its_categorys_range_is_reported_at_the_code() => VerifyAsync(
        """
        code,name,category,range
        {|#0:3060|},Busy Line,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1015", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3060", "3000-3050", "Call Rejections"));

    [Fact]
    public Task HG1015_single_code_category_holds_only_that_code() => VerifyAsync(
        """
        code,name,category,range
        0,Unknown,Unknown,0
        {|#0:1|},Not Unknown,Unknown,0
        """,
        new DiagnosticResult("HG1015", DiagnosticSeverity.Error).WithLocation(0).WithArguments("1", "0", "Unknown"));
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1006 and HG1007: rows with too few or too many fields, and required fields left empty.</summary>
public sealed class RowShapeDiagnosticTests
{
    [Fact]
    public Task HG1006_row_with_too_few_fields_is_reported_over_the_whole_row() => VerifyAsync(
        """
        code,name,category,range
        {|#0:3010,Busy Line,Call Rejections|}
        3020,Rejected,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1006", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3", "4"));

    [Fact]
    public Task HG1006_unquoted_comma_makes_a_row_too_long() => VerifyAsync(
        """
        code,name,category,range
        {|#0:3010,Busy Line, try later,Call Rejections,3000-3050|}
        """,
        new DiagnosticResult("HG1006", DiagnosticSeverity.Error).WithLocation(0).WithArguments("5", "4"));

    [Fact]
    public Task HG1006_row_whose_quoted_field_spans_lines_is_located_over_all_its_lines() => VerifyAsync(
        """
        code,name,category,range,description
        {|#0:3010,Busy Line,Call Rejections,"Destination
        is busy"|}
        """,
        new DiagnosticResult("HG1006", DiagnosticSeverity.Error).WithLocation(0).WithArguments("4", "5"));

    [Fact]
    public Task HG1007_empty_required_field_is_reported_where_the_field_is() => VerifyAsync(
        """
        code,name,category,range
        3010,{|#0:|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1007", DiagnosticSeverity.Error).WithLocation(0).WithArguments("name"));

    [Fact]
    public Task HG1007_whitespace_only_and_quoted_empty_fields_are_empty() => VerifyAsync(
        """
        code,name,category,range
        3010,{|#0:   |},{|#1:""|},3000-3050
        """,
        new DiagnosticResult("HG1007", DiagnosticSeverity.Error).WithLocation(0).WithArguments("name"),
        new DiagnosticResult("HG1007", DiagnosticSeverity.Error).WithLocation(1).WithArguments("category"));

    [Fact]
    public Task HG1007_optional_fields_may_be_empty() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        3010,Busy Line,,,Call Rejections,3000-3050,,,,,,
        """);
}

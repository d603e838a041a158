using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1003, HG1004 and HG1005: the header row, located at the header or at the column concerned.</summary>
public sealed class HeaderDiagnosticTests
{
    private const string KnownColumns = "code, name, identifier, aliases, category, range, description, next_steps, details, sources, call_types, call_states";

    [Fact]
    public Task HG1003_missing_required_column_is_reported_on_the_header_row() => VerifyAsync(
        """
        {|#0:code,name,category|}
        3010,Busy Line,Call Rejections
        """,
        new DiagnosticResult("HG1003", DiagnosticSeverity.Error).WithLocation(0).WithArguments("range"));

    [Fact]
    public Task HG1003_each_missing_required_column_is_reported() => VerifyAsync(
        """
        {|#0:code,description,category|}
        3010,Destination is busy,Call Rejections
        """,
        new DiagnosticResult("HG1003", DiagnosticSeverity.Error).WithLocation(0).WithArguments("name"),
        new DiagnosticResult("HG1003", DiagnosticSeverity.Error).WithLocation(0).WithArguments("range"));

    [Fact]
    public Task HG1004_second_column_with_the_same_name_is_reported() => VerifyAsync(
        """
        code,name,category,range,{|#0:Name|}
        3010,Busy Line,Call Rejections,3000-3050,Line Busy
        """,
        new DiagnosticResult("HG1004", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Name"));

    [Fact]
    public Task HG1004_columns_spelled_differently_are_still_the_same_column() => VerifyAsync(
        """
        code,name,category,range,next_steps,{|#0:Next Steps|}
        3010,Busy Line,Call Rejections,3000-3050,Retry later,Try again
        """,
        new DiagnosticResult("HG1004", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Next Steps"));

    [Fact]
    public Task HG1005_unknown_column_is_a_warning_and_the_table_still_generates() => VerifyAsync(
        """
        code,name,category,range,{|#0:colour|}
        3010,Busy Line,Call Rejections,3000-3050,red
        """,
        new DiagnosticResult("HG1005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("colour", KnownColumns));

    [Fact]
    public Task HG1005_is_reported_with_the_column_name_trimmed() => VerifyAsync(
        """
        code,name,category,range,{|#0: next step |}
        3010,Busy Line,Call Rejections,3000-3050,Retry later
        """,
        new DiagnosticResult("HG1005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("next step", KnownColumns));
}

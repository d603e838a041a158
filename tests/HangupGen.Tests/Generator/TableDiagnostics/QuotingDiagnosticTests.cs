using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1001 and HG1002: CSV quoting the reader cannot make sense of, located at the offending character.</summary>
public sealed class QuotingDiagnosticTests
{
    [Fact]
    public Task HG1001_quote_that_is_never_closed_is_reported_at_the_opening_quote() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,Call Rejections,3000-3050
        3020,{|#0:"|}Rejected,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1001", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task HG1001_unterminated_quote_swallows_the_rows_after_it_without_further_diagnostics() => VerifyAsync(
        """
        code,name,category,range
        3010,{|#0:"|}Busy Line,Call Rejections,3000-3050
        3020,Rejected,Call Rejections,3000-3050
        3030,Unknown Caller ID,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1001", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task HG1002_quote_inside_an_unquoted_field_is_reported_at_the_quote() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy {|#0:"|}Line",Call Rejections,3000-3050
        3020,Rejected,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("a quote (\")"));

    [Fact]
    public Task HG1002_text_after_a_closing_quote_is_reported_at_its_first_character() => VerifyAsync(
        """
        code,name,category,range
        3010,"Busy"{|#0:x|} Line,Call Rejections,3000-3050
        3020,Rejected,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("'x'"));

    [Fact]
    public Task HG1002_space_between_a_closing_quote_and_the_comma_is_reported() => VerifyAsync(
        """
        code,name,category,range
        3010,"Busy Line"{|#0: |},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("' '"));

    [Fact]
    public Task HG1002_each_malformed_row_is_reported_and_the_rows_between_them_are_read() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy {|#0:"|}Line",Call Rejections,3000-3050
        3020,Rejected,Call Rejections,3000-3050
        3030,"Unknown Caller ID"{|#1:!|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("a quote (\")"),
        new DiagnosticResult("HG1002", DiagnosticSeverity.Error).WithLocation(1).WithArguments("'!'"));
}

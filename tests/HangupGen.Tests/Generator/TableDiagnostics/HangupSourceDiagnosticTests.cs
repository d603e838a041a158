using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1016: the sources column names only sources of the hangup source table (by default, the eight Plivo documents).</summary>
public sealed class HangupSourceDiagnosticTests
{
    private const string DefaultSourceNames = "Unknown, Caller, Call recipient, Plivo, Carrier, API Request, Answer XML, Error";

    [Fact]
    public Task HG1016_unknown_source_is_reported_over_the_sources_field() => VerifyAsync(
        """
        code,name,category,range,sources
        3010,Busy Line,Call Rejections,3000-3050,{|#0:Plivo; Operator|}
        """,
        new DiagnosticResult("HG1016", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Operator", DefaultSourceNames));

    [Fact]
    public Task HG1016_reports_the_source_name_without_its_condition() => VerifyAsync(
        """
        code,name,category,range,sources
        3010,Busy Line,Call Rejections,3000-3050,{|#0:"Destination, if the destination is a Plivo SIP endpoint"|}
        """,
        new DiagnosticResult("HG1016", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Destination", DefaultSourceNames));

    [Fact]
    public Task HG1016_documented_names_and_spellings_in_any_case_with_conditions_are_accepted() => VerifyAsync(
        """
        code,name,category,range,sources
        3010,Busy Line,Call Rejections,3000-3050,"Plivo, if the destination is a Plivo SIP endpoint; Carrier, if the destination is a PSTN phone number"
        3020,Rejected,Call Rejections,3000-3050,"Called party; Answer XML, if an inbound call is rejected using the Hangup XML element"
        4000,Normal Hangup,Normal Completions,4000-4030,call recipient; API request; CALLER; AnswerXml; Error; Unknown
        """);
}

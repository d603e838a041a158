using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>
/// HG1010, HG1011 and HG1012: identifiers and names. An explicit identifier is located at the
/// identifier field, a derived one at the name (or category) it is derived from.
/// </summary>
public sealed class IdentifierDiagnosticTests
{
    private const string NotAnIdentifier = "it is not a valid C# identifier or it is a keyword; use letters, digits and underscores, starting with a letter";

    [Theory]
    [InlineData("Busy-Line")]
    [InlineData("3010")]
    [InlineData("class")]
    [InlineData("@BusyLine")]
    [InlineData("Busy Line")]
    public Task HG1010_explicit_identifier_that_is_not_a_csharp_identifier_is_reported(string identifier) => VerifyAsync(
        $$"""
        code,name,identifier,category,range
        3010,Busy Line,{|#0:{{identifier}}|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0).WithArguments(identifier, NotAnIdentifier));

    [Theory]
    [InlineData("3rd Party Busy")]
    [InlineData("---")]
    public Task HG1010_name_no_identifier_can_be_derived_from_is_reported_at_the_name(string name) => VerifyAsync(
        $$"""
        code,name,identifier,category,range
        3010,{|#0:{{name}}|},,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments(name, "no C# identifier can be derived from this name; set one in the row's 'identifier' column"));

    [Fact]
    public Task HG1010_name_that_cannot_be_derived_is_fine_with_an_explicit_identifier() => VerifyAsync(
        """
        code,name,identifier,category,range
        3010,3rd Party Busy,ThirdPartyBusy,Call Rejections,3000-3050
        """);

    [Theory]
    [InlineData("HangupCause")]
    [InlineData("HangupCauseNames")]
    [InlineData("HangupCauseNextSteps")]
    [InlineData("value__")]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData("GetType")]
    public Task HG1010_explicit_identifier_that_names_a_generated_type_or_member_is_reported(string identifier) => VerifyAsync(
        $$"""
        code,name,identifier,category,range
        3010,Busy Line,{|#0:{{identifier}}|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments(identifier, "it is the name of a generated type or member; set another one in the row's 'identifier' column"));

    [Fact]
    public Task HG1010_derived_identifier_that_names_a_generated_type_is_reported_at_the_name() => VerifyAsync(
        """
        code,name,category,range
        3010,{|#0:Hangup Cause Names|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("HangupCauseNames", "it is the name of a generated type or member; set another one in the row's 'identifier' column"));

    [Fact]
    public Task HG1010_category_no_identifier_can_be_derived_from_is_reported_at_the_category() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,{|#0:3rd Tier|},3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("3rd Tier", "no C# identifier can be derived from this category name; start it with a letter"));

    [Theory]
    [InlineData("All")]
    [InlineData("Try Parse")]
    [InlineData("Hangup Category")]
    [InlineData("Category")]
    [InlineData("Members")]
    [InlineData("First Code")]
    [InlineData("Last Code")]
    public Task HG1010_category_that_names_a_generated_member_is_reported_at_the_category(string category) => VerifyAsync(
        $$"""
        code,name,category,range
        3010,Busy Line,{|#0:{{category}}|},3000-3050
        """,
        new DiagnosticResult("HG1010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments(category.Replace(" ", ""), "it is the name of a generated member; rename the category"));

    [Fact]
    public Task HG1011_name_whose_derived_identifier_is_taken_is_reported_at_the_name() => VerifyAsync(
        """
        code,name,category,range
        3010,Busy Line,Call Rejections,3000-3050
        3020,{|#0:Busy-Line|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1011", DiagnosticSeverity.Error).WithLocation(0).WithArguments("BusyLine", "2"));

    [Fact]
    public Task HG1011_explicit_identifier_that_differs_only_in_case_is_reported_at_the_identifier() => VerifyAsync(
        """
        code,name,identifier,category,range
        3010,Busy Line,,Call Rejections,3000-3050
        3020,Rejected,{|#0:busyline|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1011", DiagnosticSeverity.Error).WithLocation(0).WithArguments("busyline", "2"));

    [Fact]
    public Task HG1011_categories_whose_identifiers_collide_are_reported_at_the_category() => VerifyAsync(
        """
        code,name,category,range
        7011,Error Reaching Answer URL,URL Errors,7011-7034
        7100,Bad URL,{|#0:Url-Errors|},7100-7200
        """,
        new DiagnosticResult("HG1011", DiagnosticSeverity.Error).WithLocation(0).WithArguments("UrlErrors", "2"));

    [Fact]
    public Task HG1012_name_that_is_another_rows_alias_is_reported_at_the_name() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range
        3010,Busy Line,,Engaged,Call Rejections,3000-3050
        3020,{|#0:engaged|},,,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1012", DiagnosticSeverity.Error).WithLocation(0).WithArguments("engaged", "2"));

    [Fact]
    public Task HG1012_alias_that_is_another_rows_name_is_reported_at_the_aliases() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range
        3010,Busy Line,,,Call Rejections,3000-3050
        3020,Rejected,,{|#0:Declined; busy line|},Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1012", DiagnosticSeverity.Error).WithLocation(0).WithArguments("busy line", "2"));

    [Fact]
    public Task HG1012_explicit_identifier_that_is_another_rows_alias_is_reported_at_the_identifier() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range
        3010,Busy Line,,Engaged,Call Rejections,3000-3050
        3020,Rejected,{|#0:Engaged|},,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1012", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Engaged", "2"));

    [Fact]
    public Task HG1012_derived_identifier_that_is_another_rows_alias_is_reported_at_the_name() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range
        3010,Busy Line,,Engaged,Call Rejections,3000-3050
        3020,{|#0:Engaged!|},,,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1012", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Engaged", "2"));

    [Fact]
    public Task HG1012_a_rows_own_name_identifier_and_aliases_may_repeat_each_other() => VerifyAsync(
        """
        code,name,identifier,aliases,category,range
        3010,Busy Line,BusyLine,busy line; BUSYLINE,Call Rejections,3000-3050
        """);
}

using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Which additional file is the table: one named <c>HangupCodes.csv</c>, unless the package's props
/// mark files with the <c>HangupGenTable</c> metadata, which then decides.
/// </summary>
public sealed class TableSelectionTests
{
    [Fact]
    public async Task File_marked_as_the_table_is_the_table_whatever_its_name()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add(("/project/Data/PlivoCodes.csv", """
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            {|#0:3010|},Line Busy,Call Rejections,3000-3050
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.csv]
            build_metadata.AdditionalFiles.HangupGenTable = true
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HG1009", DiagnosticSeverity.Error).WithLocation(0).WithArguments("3010", "2"));
        await test.RunAsync();
    }

    [Fact]
    public async Task HangupCodes_csv_marked_as_no_table_is_ignored_and_the_embedded_table_is_used()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add((HangupGeneratorTest.TablePath, "this is \" not a table"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.csv]
            build_metadata.AdditionalFiles.HangupGenTable = false
            """));
        test.TestState.Sources.Add("internal static class UsesTheEmbeddedTable { public const HangupGen.HangupCause Spam = HangupGen.HangupCause.SpamBlock; }");
        await test.RunAsync();
    }
}

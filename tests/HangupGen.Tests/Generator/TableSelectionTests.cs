using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Which additional file is the table: one named <c>HangupCodes.csv</c>, unless the package's props
/// mark files with the <c>HangupGenTable</c> metadata, which then decides: a marked file wins over
/// files that are tables only by their name.
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
    [Fact]
    public async Task Marked_table_wins_over_a_file_that_is_a_table_only_by_its_name()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add(("/project/Data/PlivoCodes.csv", """
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            3049,Carrier Quirk,Call Rejections,3000-3050
            """));
        // Would be HG1001 (no header) and HG1018 (a second table) if it were still a table.
        test.TestState.AdditionalFiles.Add(("/project/Old/HangupCodes.csv", "not a table"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [/project/Data/PlivoCodes.csv]
            build_metadata.AdditionalFiles.HangupGenTable = true
            """));
        test.TestState.Sources.Add("internal static class UsesTheMarkedTable { public const HangupGen.HangupCause Quirk = HangupGen.HangupCause.CarrierQuirk; }");
        await test.RunAsync();
    }

    [Fact]
    public async Task Two_marked_tables_are_still_reported()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add(("/project/A.csv", "code,name,category,range\n3010,Busy Line,Call Rejections,3000-3050\n"));
        test.TestState.AdditionalFiles.Add(("/project/B.csv", "code,name,category,range\n3010,Busy Line,Call Rejections,3000-3050\n"));
        test.TestState.AdditionalFiles.Add(("/project/HangupCodes.csv", "not a table"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [/project/{A,B}.csv]
            build_metadata.AdditionalFiles.HangupGenTable = true
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HG1018", DiagnosticSeverity.Error)
            .WithSpan("/project/B.csv", 1, 1, 1, 1)
            .WithArguments("/project/A.csv", "/project/B.csv"));
        await test.RunAsync();
    }
}

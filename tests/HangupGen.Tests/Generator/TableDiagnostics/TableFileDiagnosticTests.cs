using System;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static HangupGen.Tests.Infrastructure.HangupGeneratorTest;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>HG1017, HG1018 and HG1019: problems with the table file as a whole, located at its start.</summary>
public sealed class TableFileDiagnosticTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n   \r\n\t\n")]
    public Task HG1017_file_without_rows_is_reported_at_its_start(string table) => VerifyAsync(
        table,
        new DiagnosticResult("HG1017", DiagnosticSeverity.Error).WithSpan(TablePath, 1, 1, 1, 1).WithArguments("HangupCodes.csv"));

    [Fact]
    public Task HG1017_header_without_rows_is_reported_at_the_header() => VerifyAsync(
        """
        {|#0:code,name,category,range|}

        """,
        new DiagnosticResult("HG1017", DiagnosticSeverity.Error).WithLocation(0).WithArguments("HangupCodes.csv"));

    [Fact]
    public Task HG1017_is_not_reported_when_the_only_rows_were_skipped_for_bad_quoting() => VerifyAsync(
        """
        code,name,category,range
        3010,{|#0:"|}Busy Line,Call Rejections,3000-3050
        """,
        new DiagnosticResult("HG1001", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public async Task HG1018_second_table_is_reported_at_its_start_and_the_first_by_path_is_used()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add((TablePath, TestTables.Small));
        test.TestState.AdditionalFiles.Add(("/project/data/HangupCodes.csv", "not, a, table"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HG1018", DiagnosticSeverity.Error)
            .WithSpan("/project/data/HangupCodes.csv", 1, 1, 1, 1)
            .WithArguments(TablePath, "/project/data/HangupCodes.csv"));
        await test.RunAsync();
    }

    [Fact]
    public async Task HG1018_other_additional_files_are_not_tables()
    {
        var test = new HangupGeneratorTest();
        test.TestState.AdditionalFiles.Add((TablePath, TestTables.Small));
        test.TestState.AdditionalFiles.Add(("/project/HangupCodes.txt", "not, a, table"));
        test.TestState.AdditionalFiles.Add(("/project/OtherCodes.csv", "not, a, table"));
        await test.RunAsync();
    }

    [Fact]
    public void HG1019_table_whose_text_cannot_be_read_is_reported_at_its_path_and_no_hangup_type_is_generated()
    {
        GeneratorRunResult run = GeneratorHarness.Run([new InMemoryAdditionalText(TablePath, text: null)]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HG1019", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new FileLinePositionSpan(TablePath, new LinePosition(0, 0), new LinePosition(0, 0)), diagnostic.Location.GetLineSpan());
        Assert.Equal(
            "The table '/project/HangupCodes.csv' could not be read: check that the file exists and can be read",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The other tables do not depend on this one: their types come from their own defaults.
        Assert.DoesNotContain(run.GeneratedSources, source => source.HintName.StartsWith("HangupCa", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedSources, source => source.HintName == "CallStatus.g.cs");
        Assert.Contains(run.GeneratedSources, source => source.HintName == "HangupSource.g.cs");
    }

    [Fact]
    public void HG1019_unreadable_second_table_is_only_reported_as_ignored()
    {
        GeneratorRunResult run = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText(TablePath, TestTables.Small),
            new InMemoryAdditionalText("/project/data/HangupCodes.csv", text: null),
        ]);

        Assert.Equal(["HG1018"], run.Diagnostics.Select(d => d.Id).ToArray());
        Assert.NotEmpty(run.GeneratedSources);
    }
}

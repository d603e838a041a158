using System.Collections.Immutable;
using System.Linq;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>A bad row is reported and left out; every valid row around it is still generated and compiles.</summary>
public sealed class ValidRowsNextToBadOnesTests
{
    private const string TableWithBadRows = """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs for context,,Unknown,Outbound and Inbound,Any
        3010,Busy Line,,,Call Rejections,3000-3050,Destination is busy,Retry later,,Plivo; Carrier,Outbound and Inbound,Initiated
        3010,Line Busy,,,Call Rejections,3000-3050,Duplicate code,,,,,
        30x0,Rejected,,,Call Rejections,3000-3050,Invalid code,,,,,
        3030,Unknown Caller ID,,,Call Rejections,3000-3050,Bad source,,,Operator,,
        3040,Forbidden,,,Call Rejections,3000-3050
        3050,Unallocated "number",,,Call Rejections,3000-3050,Bad quote,,,,,
        3060,Too Far,,,Call Rejections,3000-3050,Outside the range,,,,,
        3140,DNO Caller ID,,,Carrier Errors,3070-3140,Caller ID on Do Not Originate list,Use a different number,,Plivo,Outbound,Any
        """;

    [Fact]
    public void Each_bad_row_is_reported_once_quoting_errors_first()
    {
        GeneratorRunResult run = GeneratorHarness.Run(TableWithBadRows);

        Assert.Equal(
            ["HG1002", "HG1009", "HG1008", "HG1016", "HG1006", "HG1015"],
            run.Diagnostics.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void Valid_rows_are_generated_and_bad_rows_are_left_out()
    {
        GeneratorRunResult run = GeneratorHarness.Run(TableWithBadRows);

        string causeEnum = run.GeneratedSources.Single(s => s.HintName == "HangupCause.g.cs").SourceText.ToString();
        string[] members = causeEnum.Split('\n').Select(line => line.Trim()).Where(line => line.EndsWith(',') && line.Contains(" = ")).ToArray();
        Assert.Equal(["Unknown = 0,", "BusyLine = 3010,", "DnoCallerId = 3140,"], members);
    }

    [Fact]
    public void Output_of_a_table_with_bad_rows_compiles_against_the_valid_rows()
    {
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation consumer = GeneratorHarness.CreateCompilation("""
            using HangupGen;

            internal static class Consumer
            {
                public static string Describe(HangupCause cause) => cause.Match(
                    unknown: () => "unknown",
                    busyLine: () => "busy",
                    dnoCallerId: () => "dno");

                public static int Count => HangupCauses.Count;
            }
            """);

        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(consumer, TableWithBadRows);

        Assert.Equal(6, generatorDiagnostics.Length);
        Assert.Empty(output.GetDiagnostics());
    }
}

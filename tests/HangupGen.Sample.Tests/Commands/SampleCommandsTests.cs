using System;
using System.IO;
using System.Threading.Tasks;
using HangupAnalysis.Cdr;
using HangupAnalysis.Commands;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Commands;

/// <summary>The command line, run in-process with its output captured.</summary>
public sealed class SampleCommandsTests
{
    [Fact]
    public async Task With_no_arguments_it_reports_on_the_embedded_sample()
    {
        (int exitCode, string output, string error) = await RunAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith($"Why calls ended: {SampleCdr.FileName} (the embedded sample; 'report FILE' reads yours)\n2,500 calls, ended 2025-03-03", output, StringComparison.Ordinal);
        Assert.Contains("\nBy category ", output, StringComparison.Ordinal);
        Assert.Contains("\nBy source (who hung up) ", output, StringComparison.Ordinal);
        Assert.Contains("        Next steps: Retry later or implement voicemail fallback\n", output, StringComparison.Ordinal);
        Assert.Contains("\nRetry-worthy: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_file_reports_the_same_as_the_embedded_sample()
    {
        using var directory = new TempDirectory();
        string path = directory.File("calls.csv");

        (int generated, _, string generateError) = await RunAsync("generate-cdr", "--out", path);
        (int reported, string output, _) = await RunAsync("report", path);
        (_, string embedded, _) = await RunAsync();

        Assert.Equal(ExitCodes.Success, generated);
        Assert.Equal($"Wrote 2,500 calls to {path} (seed 20250303).\n", generateError);
        Assert.Equal(ExitCodes.Success, reported);
        Assert.Equal(WithoutFirstLine(embedded), WithoutFirstLine(output));
        Assert.StartsWith("Why calls ended: calls.csv\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_cdr_writes_to_standard_output_without_out()
    {
        (int exitCode, string output, _) = await RunAsync("generate-cdr", "--count", "2", "--seed=9");

        Assert.Equal(ExitCodes.Success, exitCode);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("call_uuid,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_file_shows_progress_on_standard_error()
    {
        using var directory = new TempDirectory();
        string path = directory.File("large.csv");
        await RunAsync("generate-cdr", "--count", "9000", "--out", path);
        Assert.True(new FileInfo(path).Length > 1024 * 1024);

        (int exitCode, string output, string error) = await RunAsync("report", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("\rReading large.csv: ", error, StringComparison.Ordinal);
        Assert.EndsWith("\rReading large.csv: 100.0% (9,000 rows)\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_lines_file_is_reported()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("calls.jsonl", "{\"call_uuid\":\"j1\",\"hangup_cause_code\":6010,\"hangup_source\":\"Plivo\"}\n");

        (int exitCode, string output, _) = await RunAsync("report", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("  6010  Ring Timeout Reached ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_unusable_file_fails_with_a_message()
    {
        using var directory = new TempDirectory();
        string missing = directory.File("missing.csv");
        string noHeader = directory.Write("empty.csv", string.Empty);

        (int missingExit, _, string missingError) = await RunAsync("report", missing);
        (int emptyExit, _, string emptyError) = await RunAsync("report", noHeader);

        Assert.Equal(ExitCodes.Failure, missingExit);
        Assert.StartsWith($"Cannot report on {missing}: Could not find file", missingError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, emptyExit);
        Assert.Equal($"Cannot report on {noHeader}: The file is empty: expected a header line naming the CDR fields.\n", emptyError);
    }

    [Fact]
    public async Task Report_sample_bolna_reports_on_the_embedded_bolna_export()
    {
        (int exitCode, string output, string error) = await RunAsync("report", "--sample", "bolna");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith(
            $"Why calls ended (Bolna export): {SampleBolna.FileName} (the embedded Bolna sample; 'report FILE' reads yours)\n274 calls; 1 repeated call counted once.\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("\nBy who hung up (hangup_by)                                       Calls   Share\n  Call recipient                                                    70   25.6%\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  (not recorded)                                                    14    5.1%\n\nBy reason", output, StringComparison.Ordinal);
        Assert.Contains("\n  Bolna                                                             48   17.5%\n    llm_prompted_hangup                                             30   11.0%\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  Telephony provider                                               214   78.1%\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  4000  Normal Hangup                                              138   50.4%  none\n", output, StringComparison.Ordinal);
        Assert.Contains(
            "\n  hangup_by / hangup_code                                        Calls\n"
            + "  Caller / 3010 Busy Line                                            3\n"
            + "  (not recorded) / 4000 Normal Hangup                                2\n"
            + "  Call recipient / 6010 Ring Timeout Reached                         2\n"
            + "  Carrier / undocumented code 3015 in Call Rejections                2\n",
            output,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "\nNot counted: 4 rows\n"
            + "  line 42: hangup_by 'Robot' is not a documented hangup source (Unknown, Caller, Call recipient, Plivo, Carrier, API Request, Answer XML, Error).\n"
            + "  line 122: hangup_reason 'Agent got bored' is not a documented hangup reason of Bolna or its telephony providers.\n"
            + "  line 202: hangup_code '40x0' is not a hangup code: expected digits, such as those of the hangup cause table.\n"
            + "  line 262: Repeats id exec-0011 of line 12; counted once.\n",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bolna_export_file_gets_the_bolna_report_and_sample_plivo_the_cdr_one()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("calls.jsonl", "{\"id\":\"b1\",\"hangup_by\":\"Callee\",\"hangup_code\":4000,\"hangup_reason\":\"Call completed\"}\n");

        (int exitCode, string output, _) = await RunAsync("report", path);
        (int plivoExit, string plivo, _) = await RunAsync("report", "--sample", "plivo");
        (_, string embedded, _) = await RunAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Why calls ended (Bolna export): calls.jsonl\n1 call.\n", output, StringComparison.Ordinal);
        Assert.Contains("\nEvery (hangup_by, hangup_code) pair is documented by Plivo or Bolna.\n", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, plivoExit);
        Assert.Equal(embedded, plivo);
    }

    [Fact]
    public async Task A_bolna_export_has_no_html_report()
    {
        using var directory = new TempDirectory();
        string page = directory.File("report.html");

        (int exitCode, string output, string error) = await RunAsync("report", "--sample", "bolna", "--html", page);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.StartsWith("Why calls ended (Bolna export): ", output, StringComparison.Ordinal);
        Assert.Equal($"Cannot write {page}: the HTML report covers Plivo CDR exports; a Bolna export's report is text only.\n", error);
        Assert.False(File.Exists(page));
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Unrecognized command or argument 'b.csv'", "report", "a.csv", "b.csv")]
    [InlineData("Unrecognized command or argument '--verbose'", "report", "--verbose")]
    [InlineData("report takes a FILE or --sample, not both.", "report", "a.csv", "--sample", "bolna")]
    [InlineData("Argument 'twilio' not recognized. Must be one of:", "report", "--sample", "twilio")]
    [InlineData("--count must be a positive whole number.", "generate-cdr", "--count", "0")]
    [InlineData("--seed", "generate-cdr", "--seed", "-1")]
    [InlineData("--out", "generate-cdr", "--out")]
    [InlineData("Unrecognized command or argument 'extra'", "serve", "extra")]
    [InlineData("--public-url 'hooks' is not an absolute http or https URL.", "serve", "--public-url", "hooks")]
    public async Task A_wrong_command_line_prints_the_problem_and_the_help(string problem, params string[] args)
    {
        (int exitCode, string output, string error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        (int exitCode, string output, _) = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"Usage:\n  {SampleCommands.AppName} [command] [options]", output, StringComparison.Ordinal);
        Assert.All(["report", "serve", "generate-cdr"], command => Assert.Contains($"\n  {command} ", output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("report", "FILE", "--html", "--sample", "bolna")]
    [InlineData("serve", "--urls", "--db", "--auth-token", "--public-url", "PLIVO_AUTH_TOKEN")]
    [InlineData("generate-cdr", "--seed", "--count", "--out")]
    public async Task Every_command_has_help_for_each_option(string command, params string[] expected)
    {
        (int exitCode, string output, _) = await RunAsync(command, "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.All(expected, text => Assert.Contains(text, output, StringComparison.Ordinal));
    }

    private static string WithoutFirstLine(string text) => text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = await SampleCommands.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}

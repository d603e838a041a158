using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Generator.TableDiagnostics;

/// <summary>
/// The hangup source, call status, Dial status, telephony cause and hangup reason tables are validated
/// by the same rules, with the same located HG1xxx errors, as the hangup table; HG1021 (the SIP status)
/// and HG1022 (the side of a reason) are theirs alone.
/// </summary>
public sealed class VocabularyTableDiagnosticTests
{
    private const string CallStatuses = "/project/CallStatuses.csv";
    private const string DialStatuses = "/project/DialStatuses.csv";
    private const string TelephonyCauses = "/project/TelephonyCauses.csv";
    private const string HangupSources = "/project/HangupSources.csv";
    private const string HangupReasons = "/project/HangupReasons.csv";

    [Fact]
    public Task A_valid_replacement_of_each_table_reports_nothing() => VerifyAsync(
        [
            (CallStatuses, "name,description\nin-progress,Answered\nqueued,Waiting in a queue\n"),
            (DialStatuses, "name\ncompleted\nbusy\n"),
            (TelephonyCauses, "code,name,sip_status\n16,NORMAL_CLEARING,\n17,USER_BUSY,486\n"),
        ]);

    [Fact]
    public Task HG1003_a_table_without_names_is_reported() => VerifyAsync(
        [(CallStatuses, "{|#0:description|}\nAnswered\n")],
        Error("HG1003", 0, "name"));

    [Fact]
    public Task HG1003_a_telephony_table_needs_codes() => VerifyAsync(
        [(TelephonyCauses, "{|#0:name,sip_status|}\nUSER_BUSY,486\n")],
        Error("HG1003", 0, "code"));

    [Fact]
    public Task HG1005_a_column_of_another_table_is_unknown() => VerifyAsync(
        [(CallStatuses, "name,{|#0:category|}\nbusy,Call Rejections\n")],
        new DiagnosticResult("HG1005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("category", "name, identifier, aliases, description"));

    [Fact]
    public Task HG1006_and_HG1007_rows_of_the_wrong_shape_are_reported_and_the_others_generated() => VerifyAsync(
        [(DialStatuses, "name,description\n{|#0:busy|}\n{|#1:|},No name\ncompleted,Answered\n")],
        Error("HG1006", 0, "1", "2"),
        Error("HG1007", 1, "name"));

    [Fact]
    public Task HG1008_and_HG1009_codes_are_checked() => VerifyAsync(
        [(TelephonyCauses, "code,name\n{|#0:sixteen|},NORMAL_CLEARING\n17,USER_BUSY\n{|#1:17|},USER_BUSY_AGAIN\n")],
        Error("HG1008", 0, "sixteen"),
        Error("HG1009", 1, "17", "3"));

    [Fact]
    public Task HG1010_HG1011_and_HG1012_identifiers_and_names_are_checked() => VerifyAsync(
        [(CallStatuses, "name,identifier,aliases\nbusy,,\n{|#0:1st|},,\nengaged,{|#1:Busy|},\nline-busy,LineBusy,{|#2:BUSY|}\nstatus,{|#3:CallStatus|},\n")],
        Error("HG1010", 0, "1st", "no C# identifier can be derived from this name; set one in the row's 'identifier' column"),
        Error("HG1011", 1, "Busy", "2"),
        Error("HG1012", 2, "BUSY", "2"),
        Error("HG1010", 3, "CallStatus", "it is the name of a generated type or member; set another one in the row's 'identifier' column"));

    [Theory]
    [InlineData("4860")]
    [InlineData("200")]
    [InlineData("180")]
    [InlineData("700")]
    [InlineData("486a")]
    public Task HG1021_a_sip_status_that_is_no_final_response_is_reported(string status) => VerifyAsync(
        [(TelephonyCauses, "code,name,sip_status\n17,USER_BUSY,{|#0:" + status + "|}\n16,NORMAL_CLEARING,\n")],
        Error("HG1021", 0, status));

    [Theory]
    [InlineData("Bolna agent")]
    [InlineData("Plivo")]
    [InlineData("carrier")]
    public Task HG1022_a_reason_side_that_is_neither_bolna_nor_the_provider_is_reported(string side) => VerifyAsync(
        [(HangupReasons, "name,side\ninactivity_timeout,{|#0:" + side + "|}\nCarrier declined,Telephony provider\n")],
        Error("HG1022", 0, side));

    [Fact]
    public Task HG1022_sides_are_read_in_any_case_and_provider_for_short() => VerifyAsync(
        [(HangupReasons, "name,side\ninactivity_timeout,BOLNA\nCarrier declined,telephony PROVIDER\nfailed,provider\n")]);

    [Fact]
    public Task HG1007_a_reason_needs_its_side() => VerifyAsync(
        [(HangupReasons, "name,side\ninactivity_timeout,{|#0:|}\nCarrier declined,Telephony provider\n")],
        Error("HG1007", 0, "side"));

    [Fact]
    public Task HG1003_a_reason_table_needs_the_side_column() => VerifyAsync(
        [(HangupReasons, "{|#0:name,description|}\ninactivity_timeout,Silence\n")],
        Error("HG1003", 0, "side"));

    [Fact]
    public Task HG1008_a_bolna_code_that_is_no_code_is_reported() => VerifyAsync(
        [(HangupSources, "name,aliases,bolna_codes\nUnknown,,0\nCaller,,{|#0:\"4000, 40x0\"|}\nCall recipient,Called party,\nPlivo,,\nCarrier,,\nAPI Request,,\nAnswer XML,,\nError,,\n")],
        Error("HG1008", 0, "40x0"));

    [Fact]
    public Task HG1016_a_source_table_that_drops_a_source_the_hangup_table_names_is_reported_in_the_hangup_table() => VerifyAsync(
        [
            (HangupSources, "name\nUnknown\nCaller\n"),
            ("/project/HangupCodes.csv", "code,name,category,range,sources\n3010,Busy Line,Call Rejections,3000-3050,{|#0:Caller; Carrier|}\n"),
        ],
        Error("HG1016", 0, "Carrier", "Unknown, Caller"));

    [Fact]
    public Task A_source_spelling_added_to_the_source_table_is_accepted_by_the_hangup_table() => VerifyAsync(
        [
            (HangupSources, "name,aliases\nUnknown,\nCaller,Originator\nCall recipient,Callee; Remote party\n"),
            ("/project/HangupCodes.csv", "code,name,category,range,sources\n3010,Busy Line,Call Rejections,3000-3050,Remote party; originator\n"),
        ]);

    [Fact]
    public Task HG1017_an_empty_table_is_reported() => VerifyAsync(
        [(DialStatuses, "{|#0:name,description|}\n")],
        Error("HG1017", 0, "DialStatuses.csv"));

    [Fact]
    public Task HG1018_two_tables_of_one_kind_are_reported_but_tables_of_other_kinds_are_not() => VerifyAsync(
        [(CallStatuses, "name\nbusy\n"), ("/project/other/CallStatuses.csv", "name\nbusy\n"), (DialStatuses, "name\nbusy\n")],
        new DiagnosticResult("HG1018", DiagnosticSeverity.Error).WithSpan("/project/other/CallStatuses.csv", 1, 1, 1, 1)
            .WithArguments(CallStatuses, "/project/other/CallStatuses.csv"));

    private static DiagnosticResult Error(string id, int location, params string[] arguments)
        => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

    private static Task VerifyAsync((string Path, string Text)[] tables, params DiagnosticResult[] expected)
    {
        var test = new HangupGeneratorTest();
        foreach ((string path, string text) in tables)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

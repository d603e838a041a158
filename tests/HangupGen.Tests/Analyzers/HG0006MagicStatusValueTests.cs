using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicStatusValueAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>HG0006: documented call statuses, Dial statuses and telephony causes written as strings or numbers where one is held.</summary>
public sealed class HG0006MagicStatusValueTests
{
    private const string NoAnswer = "'no-answer' is a documented call status written as a string: use CallStatusNames.NoAnswer";
    private const string Completed = "'completed' is a documented call status written as a string: use CallStatusNames.Completed";
    private const string DialFailed = "'failed' is a documented Dial status written as a string: use DialStatusNames.Failed";
    private const string DialBusy = "'busy' is a documented Dial status written as a string: use DialStatusNames.Busy";
    private const string NormalClearing = "'NORMAL_CLEARING' is a documented telephony cause written as a string: use TelephonyCauseNames.NormalClearing";
    private const string Sixteen = "16 is a documented telephony cause written as a number: use TelephonyCause.NormalClearing";

    private static DiagnosticResult Status(int location, string message) => Verify.Diagnostic("HG0006").WithLocation(location).WithMessage(message);

    [Fact]
    public Task Comparisons_with_a_named_status_are_found() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public string CallStatus { get; set; } = "";

            public string DialStatus { get; set; } = "";

            bool A() => CallStatus == {|#0:"no-answer"|};

            bool B(string callStatus) => {|#1:"completed"|} != callStatus;

            bool C(string call_status) => call_status == {|#2:"no-answer"|};

            bool D(Callback callback) => callback.DialStatus == {|#3:"failed"|};

            bool E(string dial_status) => dial_status != {|#4:"busy"|};

            bool F(string dialHangupCause) => dialHangupCause == {|#5:"NORMAL_CLEARING"|};

            bool G(string telephonyCause) => telephonyCause == {|#6:"USER_BUSY"|};
        }
        """,
        Status(0, NoAnswer),
        Status(1, Completed),
        Status(2, NoAnswer),
        Status(3, DialFailed),
        Status(4, DialBusy),
        Status(5, NormalClearing),
        Status(6, "'USER_BUSY' is a documented telephony cause written as a string: use TelephonyCauseNames.UserBusy"));

    [Fact]
    public Task Equals_in_every_form_is_a_comparison() => Verify.VerifyAnalyzerAsync("""
        using System;

        class Callback
        {
            public string CallStatus { get; set; } = "";

            bool A() => CallStatus.Equals({|#0:"no-answer"|});

            bool B() => string.Equals(CallStatus, {|#1:"no-answer"|}, StringComparison.Ordinal);

            bool C() => {|#2:"no-answer"|}.Equals(CallStatus);

            bool D() => Equals(CallStatus, {|#3:"no-answer"|});

            bool E() => StringComparer.OrdinalIgnoreCase.Equals(CallStatus, {|#4:"no-answer"|});
        }
        """,
        Status(0, NoAnswer),
        Status(1, NoAnswer),
        Status(2, NoAnswer),
        Status(3, NoAnswer),
        Status(4, NoAnswer));

    [Fact]
    public Task Case_labels_switch_arms_and_patterns_are_found() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public string DialStatus { get; set; } = "";

            string A(string callStatus)
            {
                switch (callStatus)
                {
                    case {|#0:"no-answer"|}:
                    case {|#1:"completed"|}:
                        return "done";
                    default:
                        return "other";
                }
            }

            string B(string dialStatus) => dialStatus switch
            {
                {|#2:"failed"|} => "retry",
                _ => "ok",
            };

            bool C(string callStatus) => callStatus is {|#3:"completed"|} or {|#4:"no-answer"|};

            bool D(Callback callback) => callback is { DialStatus: {|#5:"busy"|} };
        }
        """,
        Status(0, NoAnswer),
        Status(1, Completed),
        Status(2, DialFailed),
        Status(3, Completed),
        Status(4, NoAnswer),
        Status(5, DialBusy));

    [Fact]
    public Task Assignments_initializers_and_arguments_are_found() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public string CallStatus { get; set; } = {|#0:"ringing"|};

            private string _dialStatus = "";

            void A()
            {
                CallStatus = {|#1:"completed"|};
                _dialStatus = {|#2:"failed"|};
                string callStatus = {|#3:"no-answer"|};
                Handle(callStatus: {|#4:"completed"|});
                Handle({|#5:"no-answer"|});
                var copy = new Callback { CallStatus = {|#6:"completed"|} };
            }

            static void Handle(string callStatus)
            {
            }
        }
        """,
        Status(0, "'ringing' is a documented call status written as a string: use CallStatusNames.Ringing"),
        Status(1, Completed),
        Status(2, DialFailed),
        Status(3, NoAnswer),
        Status(4, Completed),
        Status(5, NoAnswer),
        Status(6, Completed));

    [Fact]
    public Task Form_and_json_keys_name_the_value() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Text.Json;

        class Callback
        {
            bool A(Dictionary<string, string> form) => form["CallStatus"] == {|#0:"no-answer"|};

            bool B(IReadOnlyDictionary<string, string> form) => form["DialStatus"] != {|#1:"failed"|};

            bool C(JsonElement json) => json.GetProperty("DialHangupCause").GetString() == {|#2:"NORMAL_CLEARING"|};

            bool D(JsonElement json) => json.GetProperty("call_status").GetString() == {|#3:"completed"|};

            bool E(Dictionary<string, string> form) => form.TryGetValue("CallStatus", out string? status) && status == "completed";
        }
        """,
        Status(0, NoAnswer),
        Status(1, DialFailed),
        Status(2, NormalClearing),
        Status(3, Completed));

    [Fact]
    public Task Telephony_cause_numbers_are_found_where_a_telephony_cause_is_held() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            public int DialHangupCause { get; set; }

            bool A(int dialHangupCause) => dialHangupCause == {|#0:16|};

            bool B() => DialHangupCause != {|#1:17|};

            bool C(TelephonyCause cause) => (int)cause == {|#2:16|};

            string D(int dial_hangup_cause)
            {
                switch (dial_hangup_cause)
                {
                    case {|#3:16|}:
                        return "normal";
                    case {|#6:0|}:
                        return "none";
                    default:
                        return "other";
                }
            }

            bool E(int telephonyCause) => telephonyCause is {|#4:16|} or {|#5:19|};
        }
        """,
        Status(0, Sixteen),
        Status(1, "17 is a documented telephony cause written as a number: use TelephonyCause.UserBusy"),
        Status(2, Sixteen),
        Status(3, Sixteen),
        Status(4, Sixteen),
        Status(5, "19 is a documented telephony cause written as a number: use TelephonyCause.NoAnswer"),
        Status(6, "0 is a documented telephony cause written as a number: use TelephonyCause.None"));

    [Fact]
    public Task The_generated_name_of_a_status_holds_its_vocabulary() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            bool A(CallStatus status) => status.GetName() == {|#0:"no-answer"|};

            bool B(DialStatus status) => status.GetName() == {|#1:"busy"|};

            bool C(TelephonyCause cause) => cause.GetName() == {|#2:"NORMAL_CLEARING"|};

            bool D(CallStatus status) => status.ToString() == "busy";
        }
        """,
        Status(0, NoAnswer),
        Status(1, DialBusy),
        Status(2, NormalClearing));

    [Fact]
    public Task Spellings_match_ignoring_case_and_the_message_gives_the_documented_one() => Verify.VerifyAnalyzerAsync("""
        using System;

        class Callback
        {
            bool A(string callStatus) => callStatus == {|#0:"No-Answer"|};

            bool B(string dialHangupCause) => string.Equals(dialHangupCause, {|#1:"normal_clearing"|}, StringComparison.OrdinalIgnoreCase);
        }
        """,
        Status(0, "'No-Answer' is a documented call status written as a string (spelled 'no-answer'): use CallStatusNames.NoAnswer"),
        Status(1, "'normal_clearing' is a documented telephony cause written as a string (spelled 'NORMAL_CLEARING'): use TelephonyCauseNames.NormalClearing"));

    [Fact]
    public Task Values_that_hold_no_status_stay_silent() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using HangupGen;

        enum JobState { Busy, Completed, Failed }

        class Callback
        {
            public string Status { get; set; } = "completed";

            bool T01(string status) => status == "busy";

            bool T02(string state) => state == "completed";

            bool T03(HttpResponseMessage response) => response.ReasonPhrase == "timeout" || response.ReasonPhrase == "busy";

            bool T04(string logLevel) => logLevel == "failed";

            bool T05(string callStatus) => callStatus == "queued";

            bool T06(JobState job) => job.ToString() == "Busy" || job.ToString().ToLowerInvariant() == "completed";

            bool T07(int port) => port == 16;

            bool T08(string callStatus) => callStatus == "NORMAL_CLEARING" || callStatus == "failed";

            bool T09(string dialStatus) => dialStatus == "ringing" || dialStatus == "in-progress";

            bool T10(int dialHangupCause) => dialHangupCause == 13 || dialHangupCause == 1000;

            bool T11(string callbackStatus, string httpStatus) => callbackStatus == "completed" || httpStatus == "timeout";

            bool T12(Dictionary<string, string> form) => form["Status"] == "completed" || form["Event"] == "no-answer";

            bool T13(string callStatus) => callStatus.StartsWith("no-answer") || callStatus.Contains("busy");

            bool T14(CallStatus status) => status.ToString() == "completed" || status.ToString() == "Busy";

            bool T15(int statusCode, int timeoutSeconds) => statusCode == 16 || timeoutSeconds == 17;

            void T16(List<string> log)
            {
                log.Add("completed");
                Console.WriteLine("no-answer");
                Status = "busy";
                int dialHangupCause = 0;
                int telephonyCauseCount = 16;
                int callStatusLength = 9;
                _ = dialHangupCause + telephonyCauseCount + callStatusLength;
            }

            string T17(string level) => level switch
            {
                "failed" => "error",
                "completed" => "info",
                _ => "debug",
            };

            bool T18(string dialHangupCause) => dialHangupCause == "16" || dialHangupCause == "normal clearing";

            bool T19(string jobStatus) => jobStatus == "failed" || jobStatus == "timeout";

            bool T20(string hangupCauseName) => hangupCauseName == "no-answer" || hangupCauseName == "NORMAL_CLEARING";
        }
        """);

    [Fact]
    public Task Dial_hangup_cause_is_not_a_hangup_code_for_the_other_rules()
    {
        var test = new HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(int dialHangupCause) => dialHangupCause == 16 || dialHangupCause == 3010;

                    bool B(int hangupCauseCode) => hangupCauseCode == {|HG0001:3010|};
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Extra_status_names_come_from_the_editorconfig()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Call
                {
                    bool A(string legStatus) => legStatus == {|#0:"no-answer"|};

                    bool B(string legStatus) => legStatus == {|#1:"failed"|};

                    bool C(string otherStatus) => otherStatus == "no-answer";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nhangupgen.hangup_symbol_names = legStatus\n"));
        test.ExpectedDiagnostics.Add(Status(0, NoAnswer));
        test.ExpectedDiagnostics.Add(Status(1, DialFailed));
        return test.RunAsync();
    }

    [Fact]
    public Task The_rule_stays_silent_without_the_generated_types()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string callStatus) => callStatus == "no-answer";

                    bool B(int dialHangupCause) => dialHangupCause == 16;
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_make_the_rule_throw()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(Missing callStatus) => callStatus == {|#0:"no-answer"|};

                    bool B(string callStatus) => callStatus == ;

                    bool C(int dialHangupCause) => dialHangupCause == 16 +;

                    string D(string dialStatus)
                    {
                        switch (dialStatus)
                        {
                            case {|#1:"failed"|}
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
            ExpectedDiagnostics = { Status(0, NoAnswer), Status(1, DialFailed) },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task The_rule_follows_a_custom_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string callStatus) => callStatus == {|#0:"no-answer"|};

                    bool B(int dialHangupCause) => dialHangupCause == {|#1:16|};
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        test.ExpectedDiagnostics.Add(Status(0, NoAnswer));
        test.ExpectedDiagnostics.Add(Status(1, Sixteen));
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupNameAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0005 in Bolna's <c>hangup_reason</c> contexts: a documented reason ("Carrier declined",
/// "inactivity_timeout") written as a string where a hangup reason is compared or matched.
/// </summary>
public sealed class HG0005HangupReasonTests
{
    private const string CarrierDeclined = "\"Carrier declined\" is the documented name of the hangup reason CarrierDeclined: use HangupReasonNames.CarrierDeclined";
    private const string InactivityTimeout = "\"inactivity_timeout\" is the documented name of the hangup reason InactivityTimeout: use HangupReasonNames.InactivityTimeout";

    private static DiagnosticResult Name(int location, string message) => Verify.Diagnostic("HG0005").WithLocation(location).WithMessage(message);

    [Fact]
    public Task Comparisons_with_a_hangup_reason_are_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HangupGen;

        class BolnaExecution
        {
            public string HangupReason { get; set; } = "";

            bool A() => HangupReason == {|#0:"Carrier declined"|};

            bool B(Dictionary<string, string> row) => row["hangup_reason"] == {|#1:"inactivity_timeout"|};

            bool C(string hangup_reason) => {|#2:"llm_prompted_hangup"|} != hangup_reason;

            bool D(string hangupReason) => string.Equals(hangupReason, {|#3:"Call unanswered"|}, StringComparison.Ordinal);

            bool E(HangupReason reason) => reason.GetName() == {|#4:"failed"|};

            bool F(BolnaExecution execution) => execution.HangupReason.Equals({|#5:"Network Congestion From Carrier"|});
        }
        """,
        Name(0, CarrierDeclined),
        Name(1, InactivityTimeout),
        Name(2, "\"llm_prompted_hangup\" is the documented name of the hangup reason LlmPromptedHangup: use HangupReasonNames.LlmPromptedHangup"),
        Name(3, "\"Call unanswered\" is the documented name of the hangup reason CallUnanswered: use HangupReasonNames.CallUnanswered"),
        Name(4, "\"failed\" is the documented name of the hangup reason Failed: use HangupReasonNames.Failed"),
        Name(5, "\"Network Congestion From Carrier\" is the documented name of the hangup reason NetworkCongestionFromCarrier: use HangupReasonNames.NetworkCongestionFromCarrier"));

    [Fact]
    public Task Case_labels_switch_arms_and_patterns_are_found_and_the_case_is_given() => Verify.VerifyAnalyzerAsync("""
        class BolnaExecution
        {
            public string HangupReason { get; set; } = "";

            string A(string hangupReason)
            {
                switch (hangupReason)
                {
                    case {|#0:"inactivity_timeout"|}:
                    case {|#1:"llm_prompted_hangup"|}:
                        return "bolna";
                    default:
                        return "provider";
                }
            }

            string B(string hangupReason) => hangupReason switch
            {
                {|#2:"carrier declined"|} => "carrier",
                _ => "other",
            };

            bool C(BolnaExecution execution) => execution is { HangupReason: {|#3:"Carrier declined"|} };
        }
        """,
        Name(0, InactivityTimeout),
        Name(1, "\"llm_prompted_hangup\" is the documented name of the hangup reason LlmPromptedHangup: use HangupReasonNames.LlmPromptedHangup"),
        Name(2, "\"carrier declined\" is the documented name of the hangup reason CarrierDeclined (spelled \"Carrier declined\"): use HangupReasonNames.CarrierDeclined"),
        Name(3, CarrierDeclined));

    [Fact]
    public Task Unknown_next_to_a_hangup_reason_is_the_reason_and_a_cause_name_there_is_still_the_cause() => Verify.VerifyAnalyzerAsync("""
        class BolnaExecution
        {
            bool A(string hangupReason) => hangupReason == {|#0:"Unknown"|};

            bool B(string hangupReason) => hangupReason == {|#1:"Busy Line"|};

            bool C(string hangupCauseName) => hangupCauseName == {|#2:"Unknown"|};
        }
        """,
        Name(0, "\"Unknown\" is the documented name of the hangup reason Unknown: use HangupReasonNames.Unknown"),
        Name(1, "\"Busy Line\" is the documented name of the hangup cause BusyLine: use HangupCauseNames.BusyLine"),
        Name(2, "\"Unknown\" is the documented name of the hangup cause Unknown: use HangupCauseNames.Unknown"));

    [Fact]
    public Task Reason_texts_outside_a_hangup_reason_comparison_stay_silent() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;

        class Traps
        {
            // A reason that is not a hangup's.
            bool A(string reason) => reason == "Carrier declined";

            bool B(string cancellationReason) => cancellationReason == "failed";

            // A hangup cause name is not a reason: "Carrier declined" is not a documented cause.
            bool C(string hangupCauseName) => hangupCauseName == "Carrier declined";

            // A hangup source is not a reason.
            bool D(string hangupSource) => hangupSource == "Call completed";

            // Undocumented texts, and documented ones with extra characters.
            bool E(string hangupReason) => hangupReason == "Carrier declined!" || hangupReason == "inactivity timeout";

            // Assigned, passed, logged or returned: not compared.
            string F() => "Carrier declined";

            void G(List<string> hangupReasons) => hangupReasons.Add("inactivity_timeout");

            void H(string hangupReason) => Console.WriteLine("Carrier declined: " + hangupReason);

            // A count of reasons holds a number about hangups.
            bool I(Dictionary<string, int> hangupReasonCounts) => hangupReasonCounts.ContainsKey("failed");

            // A call status is HG0006's, not a reason.
            bool J(string callStatus) => callStatus == "failed";
        }
        """);
}

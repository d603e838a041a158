using System.Threading.Tasks;
using HangupGen.CodeFixes;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicHangupNameAnalyzer, HangupGen.CodeFixes.UseGeneratedHangupNameFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>HG0005's fix in <c>hangup_reason</c> contexts: the <c>HangupReasonNames</c> constant, one at a time or all at once.</summary>
public sealed class HG0005HangupReasonFixTests
{
    [Fact]
    public Task A_reason_in_a_comparison_becomes_the_constant_and_the_using_is_added() => Verify.VerifyCodeFixAsync("""
        using System.Collections.Generic;

        class BolnaExecution
        {
            public string HangupReason { get; set; } = "";

            bool IsDeclined() => HangupReason == [|"Carrier declined"|];

            bool IsSilence(Dictionary<string, string> row) => row["hangup_reason"] != [|"inactivity_timeout"|];
        }
        """, """
        using System.Collections.Generic;
        using HangupGen;

        class BolnaExecution
        {
            public string HangupReason { get; set; } = "";

            bool IsDeclined() => HangupReason == HangupReasonNames.CarrierDeclined;

            bool IsSilence(Dictionary<string, string> row) => row["hangup_reason"] != HangupReasonNames.InactivityTimeout;
        }
        """);

    [Fact]
    public Task Fix_all_replaces_every_reason_of_a_switch_and_keeps_the_cause_names_apart() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class BolnaExecution
        {
            string Side(string hangupReason)
            {
                switch (hangupReason)
                {
                    case [|"inactivity_timeout"|]:
                    case [|"llm_prompted_hangup"|]:
                        return "bolna";
                    case [|"Busy Line"|]:
                        return "plivo";
                    default:
                        return "provider";
                }
            }

            bool Unknown(string hangupReason) => hangupReason is [|"Unknown"|] or [|"failed"|];
        }
        """, """
        using HangupGen;

        class BolnaExecution
        {
            string Side(string hangupReason)
            {
                switch (hangupReason)
                {
                    case HangupReasonNames.InactivityTimeout:
                    case HangupReasonNames.LlmPromptedHangup:
                        return "bolna";
                    case HangupCauseNames.BusyLine:
                        return "plivo";
                    default:
                        return "provider";
                }
            }

            bool Unknown(string hangupReason) => hangupReason is HangupReasonNames.Unknown or HangupReasonNames.Failed;
        }
        """);

    [Fact]
    public Task A_reason_in_another_case_in_an_ordinal_comparison_can_be_compared_ignoring_case()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class BolnaExecution
                {
                    bool IsDeclined(string hangupReason) => hangupReason == [|"carrier declined"|];
                }
                """,
            FixedCode = """
                using System;
                using HangupGen;

                class BolnaExecution
                {
                    bool IsDeclined(string hangupReason) => string.Equals(hangupReason, HangupReasonNames.CarrierDeclined, StringComparison.OrdinalIgnoreCase);
                }
                """,
            CodeActionEquivalenceKey = UseGeneratedHangupNameFix.CompareIgnoringCaseKey,
            CodeActionIndex = 1,
        };
        return test.RunAsync();
    }
}

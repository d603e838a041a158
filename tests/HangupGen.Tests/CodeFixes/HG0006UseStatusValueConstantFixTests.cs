using System.Threading.Tasks;
using HangupGen.CodeFixes;
using HangupGen.Tests.Infrastructure;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicStatusValueAnalyzer, HangupGen.CodeFixes.UseStatusValueConstantFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>HG0006's fix: the generated names constant, the telephony cause member for a number, or a comparison that ignores case.</summary>
public sealed class HG0006UseStatusValueConstantFixTests
{
    [Fact]
    public Task A_documented_status_becomes_the_constant_and_the_using_is_added() => Verify.VerifyCodeFixAsync("""
        using System.Collections.Generic;

        class Callback
        {
            public string CallStatus { get; set; } = "";

            bool A() => CallStatus == [|"no-answer"|];

            bool B(Dictionary<string, string> form) => form["DialStatus"] != [|"failed"|];

            bool C(string dialHangupCause) => dialHangupCause == [|"NORMAL_CLEARING"|];

            void D() => CallStatus = [|"completed"|];
        }
        """, """
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            public string CallStatus { get; set; } = "";

            bool A() => CallStatus == CallStatusNames.NoAnswer;

            bool B(Dictionary<string, string> form) => form["DialStatus"] != DialStatusNames.Failed;

            bool C(string dialHangupCause) => dialHangupCause == TelephonyCauseNames.NormalClearing;

            void D() => CallStatus = CallStatusNames.Completed;
        }
        """);

    [Fact]
    public Task Case_labels_switch_arms_and_patterns_take_the_constant() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            string A(string callStatus)
            {
                switch (callStatus)
                {
                    case [|"no-answer"|]:
                        return "retry";
                    default:
                        return "done";
                }
            }

            string B(string dialStatus) => dialStatus switch
            {
                [|"busy"|] => "busy",
                _ => "other",
            };

            bool C(string callStatus) => callStatus is [|"completed"|] or [|"timeout"|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            string A(string callStatus)
            {
                switch (callStatus)
                {
                    case CallStatusNames.NoAnswer:
                        return "retry";
                    default:
                        return "done";
                }
            }

            string B(string dialStatus) => dialStatus switch
            {
                DialStatusNames.Busy => "busy",
                _ => "other",
            };

            bool C(string callStatus) => callStatus is CallStatusNames.Completed or CallStatusNames.Timeout;
        }
        """);

    [Fact]
    public Task A_telephony_cause_number_becomes_the_member_converted_to_its_type() => Verify.VerifyCodeFixAsync("""
        class Callback
        {
            bool A(int dialHangupCause) => dialHangupCause == [|16|];

            string B(int dialHangupCause)
            {
                switch (dialHangupCause)
                {
                    case [|17|]:
                        return "busy";
                    default:
                        return "other";
                }
            }

            bool C(int telephonyCause) => telephonyCause is [|16|] or [|19|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            bool A(int dialHangupCause) => dialHangupCause == (int)TelephonyCause.NormalClearing;

            string B(int dialHangupCause)
            {
                switch (dialHangupCause)
                {
                    case (int)TelephonyCause.UserBusy:
                        return "busy";
                    default:
                        return "other";
                }
            }

            bool C(int telephonyCause) => telephonyCause is (int)TelephonyCause.NormalClearing or (int)TelephonyCause.NoAnswer;
        }
        """);

    [Fact]
    public Task Another_case_in_a_comparison_that_ignores_case_keeps_its_meaning_with_the_constant() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string callStatus) => string.Equals(callStatus, [|"No-Answer"|], StringComparison.OrdinalIgnoreCase);

            bool B(string dialHangupCause) => StringComparer.OrdinalIgnoreCase.Equals(dialHangupCause, [|"normal_clearing"|]);
        }
        """, """
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string callStatus) => string.Equals(callStatus, CallStatusNames.NoAnswer, StringComparison.OrdinalIgnoreCase);

            bool B(string dialHangupCause) => StringComparer.OrdinalIgnoreCase.Equals(dialHangupCause, TelephonyCauseNames.NormalClearing);
        }
        """);

    [Fact]
    public Task Another_case_in_an_ordinal_comparison_is_offered_the_documented_spelling_first()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Callback
                {
                    bool A(string callStatus) => callStatus == [|"No-Answer"|];
                }
                """,
            FixedCode = """
                using HangupGen;

                class Callback
                {
                    bool A(string callStatus) => callStatus == CallStatusNames.NoAnswer;
                }
                """,
            CodeActionEquivalenceKey = UseStatusValueConstantFix.UseDocumentedSpellingKey,
            CodeActionIndex = 0,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Another_case_in_an_equality_can_be_compared_ignoring_case_instead()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string callStatus) => callStatus == [|"No-Answer"|];

                    bool B(string dialStatus) => [|"FAILED"|] != dialStatus;
                }
                """,
            FixedCode = """
                using System;
                using HangupGen;

                class Callback
                {
                    bool A(string callStatus) => string.Equals(callStatus, CallStatusNames.NoAnswer, StringComparison.OrdinalIgnoreCase);

                    bool B(string dialStatus) => !string.Equals(dialStatus, DialStatusNames.Failed, StringComparison.OrdinalIgnoreCase);
                }
                """,
            CodeActionEquivalenceKey = UseStatusValueConstantFix.CompareIgnoringCaseKey,
            CodeActionIndex = 1,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_replaces_every_literal_that_keeps_its_meaning_and_leaves_the_others()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;

                class Callback
                {
                    public string CallStatus { get; set; } = "";

                    public string DialStatus { get; set; } = "";

                    public int DialHangupCause { get; set; }

                    bool A() => CallStatus == [|"no-answer"|] || CallStatus == [|"busy"|];

                    bool B() => DialStatus is [|"failed"|] or [|"timeout"|];

                    bool C(Dictionary<string, string> form) => form["CallStatus"] == [|"completed"|] && DialHangupCause == [|16|];

                    bool D() => string.Equals(CallStatus, [|"RINGING"|], StringComparison.OrdinalIgnoreCase);

                    bool E() => CallStatus == [|"In-Progress"|];
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;
                using HangupGen;

                class Callback
                {
                    public string CallStatus { get; set; } = "";

                    public string DialStatus { get; set; } = "";

                    public int DialHangupCause { get; set; }

                    bool A() => CallStatus == CallStatusNames.NoAnswer || CallStatus == CallStatusNames.Busy;

                    bool B() => DialStatus is DialStatusNames.Failed or DialStatusNames.Timeout;

                    bool C(Dictionary<string, string> form) => form["CallStatus"] == CallStatusNames.Completed && DialHangupCause == (int)TelephonyCause.NormalClearing;

                    bool D() => string.Equals(CallStatus, CallStatusNames.Ringing, StringComparison.OrdinalIgnoreCase);

                    bool E() => CallStatus == {|#0:"In-Progress"|};
                }
                """,
            CodeActionEquivalenceKey = UseStatusValueConstantFix.UseConstantKey,
        };
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("HG0006").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_follows_a_custom_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string callStatus) => callStatus == [|"no-answer"|];

                    bool B(int dialHangupCause) => dialHangupCause != [|17|];
                }
                """,
            FixedCode = """
                using Contoso.Telephony;

                class Callback
                {
                    bool A(string callStatus) => callStatus == CallStatusNames.NoAnswer;

                    bool B(int dialHangupCause) => dialHangupCause != (int)TelephonyCause.UserBusy;
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using HG0003 = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.NonExhaustiveHangupSwitchAnalyzer>;
using HG0003Fix = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.NonExhaustiveHangupSwitchAnalyzer, HangupGen.CodeFixes.AddMissingHangupCasesFix>;
using HGSP0001 = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.CompleteHangupSwitchSuppressor>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0003, its fix and the CS8524 suppressor cover switches over the generated vocabulary enums
/// (<c>CallStatus</c>, <c>DialStatus</c>, <c>TelephonyCause</c>) as they cover <c>HangupCause</c>:
/// a row added to a table is a missing case, not a silent default.
/// </summary>
public sealed class VocabularySwitchTests
{
    [Fact]
    public Task HG0003_a_switch_over_a_call_status_that_misses_values_is_reported() => HG0003.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            bool Retry(CallStatus status)
            {
                {|#0:switch|} (status)
                {
                    case CallStatus.NoAnswer:
                    case CallStatus.Busy:
                    case CallStatus.Timeout:
                        return true;
                    case CallStatus.Completed:
                    case CallStatus.InProgress:
                        return false;
                }

                return false;
            }
        }
        """,
        HG0003.Diagnostic("HG0003").WithLocation(0).WithArguments("CallStatus", "2 values: Ringing, Cancel"));

    [Fact]
    public Task HG0003_a_switch_over_a_bolna_hangup_reason_that_misses_values_is_reported() => HG0003.VerifyAnalyzerAsync("""
        using HangupGen;

        class Executions
        {
            bool IsOurs(HangupReason reason) => reason {|#0:switch|}
            {
                HangupReason.InactivityTimeout or HangupReason.LlmPromptedHangup => true,
                HangupReason.CarrierDeclined or HangupReason.CallRecipientWasBusy or HangupReason.CallUnanswered => false,
                _ => throw new System.ArgumentOutOfRangeException(nameof(reason)),
            };

            bool IsBolnaSide(HangupReason reason) => reason.GetSide() switch
            {
                HangupReasonSide.Bolna => true,
                HangupReasonSide.TelephonyProvider => false,
                _ => false,
            };
        }
        """,
        HG0003.Diagnostic("HG0003").WithLocation(0).WithArguments("HangupReason", "18 values: CallRecipientNumberInvalid, CallRecipientHungup, CallRecipientRejected, Failed, CarrierEndedBecauseCallLimitExceeded, BolnaError, CarrierUnableToReceiveMedia, NetworkCongestionFromCarrier, EndOfInputsFromBolna, CarrierUnableToReachBolna, CarrierEndedCallBecauseMpcDurationLimitExceeded, TelephonyInternalError, CarrierInternalError, CallCompleted, CallCanceled, CallEnded, CallTimedOut, Unknown"));

    [Fact]
    public Task HG0003_a_complete_switch_or_one_with_a_working_default_is_not_reported() => HG0003.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            string Outcome(DialStatus status) => status switch
            {
                DialStatus.Completed => "answered",
                DialStatus.Busy or DialStatus.NoAnswer or DialStatus.Timeout => "retry",
                DialStatus.Failed => "alert",
                _ => "undocumented",
            };

            bool IsBusy(TelephonyCause cause)
            {
                switch (cause)
                {
                    case TelephonyCause.UserBusy:
                        return true;
                    default:
                        return false;
                }
            }
        }
        """);

    [Fact]
    public Task HG0003_fix_adds_the_missing_values_with_their_wire_spelling() => HG0003Fix.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            string Outcome(DialStatus status) => status {|HG0003:switch|}
            {
                DialStatus.Completed => "answered",
                DialStatus.Busy => "retry",
                _ => throw new ArgumentOutOfRangeException(nameof(status)),
            };
        }
        """, """
        using System;
        using HangupGen;

        class Calls
        {
            string Outcome(DialStatus status) => status switch
            {
                DialStatus.Completed => "answered",
                DialStatus.Busy => "retry",
                DialStatus.Failed => throw new NotImplementedException(), // failed
                DialStatus.Timeout => throw new NotImplementedException(), // timeout
                DialStatus.NoAnswer => throw new NotImplementedException(), // no-answer
                _ => throw new ArgumentOutOfRangeException(nameof(status)),
            };
        }
        """);

    [Fact]
    public Task HGSP0001_CS8524_is_suppressed_on_a_complete_switch_over_a_dial_status_and_kept_on_an_incomplete_one()
    {
        var test = new HGSP0001.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    bool Retry(DialStatus status) => status {|#0:switch|}
                    {
                        DialStatus.Busy or DialStatus.NoAnswer or DialStatus.Timeout => true,
                        DialStatus.Completed or DialStatus.Failed => false,
                    };

                    bool Answered(CallStatus status) => status {|#1:switch|}
                    {
                        CallStatus.InProgress or CallStatus.Completed => true,
                        CallStatus.Ringing or CallStatus.NoAnswer or CallStatus.Busy or CallStatus.Cancel => false,
                    };
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            ExpectedDiagnostics =
            {
                DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(true),
                DiagnosticResult.CompilerWarning("CS8509").WithLocation(1).WithArguments("HangupGen.CallStatus.Timeout"),
            },
        };
        return test.RunAsync();
    }
}

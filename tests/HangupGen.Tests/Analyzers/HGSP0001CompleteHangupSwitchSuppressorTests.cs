using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.CompleteHangupSwitchSuppressor>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HGSP0001: CS8524 (a switch expression that handles every named member but not unnamed values) is
/// suppressed on switches over HangupCause and HangupCategory that handle every member of the table,
/// and kept everywhere else. The compiler's warnings are part of what is checked.
/// </summary>
public sealed class HGSP0001CompleteHangupSwitchSuppressorTests
{
    [Fact]
    public Task CS8524_is_suppressed_on_a_switch_that_handles_every_category() => VerifySuppressionAsync(
        """
        using HangupGen;

        class Calls
        {
            bool IsFailure(HangupCategory category) => category {|#0:switch|}
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => true,
                HangupCategory.XmlErrors => true,
                HangupCategory.SpecialCases => false,
            };
        }
        """,
        DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(true));

    [Fact]
    public Task CS8524_is_suppressed_on_a_switch_that_handles_every_cause_by_value_or_range() => VerifySuppressionAsync(
        """
        using HangupGen;

        class Calls
        {
            bool ShouldRetry(HangupCause cause) => cause {|#0:switch|}
            {
                < HangupCause.NoAnswer => false,
                HangupCause.NoAnswer or HangupCause.BusyLine => true,
                > HangupCause.BusyLine and < HangupCause.ScheduledHangup => false,
                HangupCause.ScheduledHangup => false,
                HangupCause.RingTimeoutReached or HangupCause.MediaTimeout => true,
                >= HangupCause.ErrorReachingAnswerUrl => false,
            };
        }
        """,
        DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(true));

    [Fact]
    public Task CS8524_is_kept_on_other_enums_including_HangupSource() => VerifySuppressionAsync(
        """
        using System;
        using HangupGen;

        enum Leg { A, B }

        class Calls
        {
            string Name(Leg leg) => leg {|#0:switch|}
            {
                Leg.A => "a",
                Leg.B => "b",
            };

            string Day(DayOfWeek day) => day {|#1:switch|}
            {
                < DayOfWeek.Saturday and > DayOfWeek.Sunday => "weekday",
                DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend",
            };

            bool ByUs(HangupSource source) => source {|#2:switch|}
            {
                HangupSource.Caller or HangupSource.CallRecipient or HangupSource.Carrier => false,
                HangupSource.Plivo or HangupSource.ApiRequest or HangupSource.AnswerXml => true,
                HangupSource.Error or HangupSource.Unknown => false,
            };
        }
        """,
        DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(false),
        DiagnosticResult.CompilerWarning("CS8524").WithLocation(1).WithIsSuppressed(false),
        DiagnosticResult.CompilerWarning("CS8524").WithLocation(2).WithIsSuppressed(false));

    [Fact]
    public Task A_switch_that_misses_a_member_keeps_CS8509_and_one_that_guards_it_keeps_CS8846() => VerifySuppressionAsync(
        """
        using HangupGen;

        class Calls
        {
            bool IsFailure(HangupCategory category) => category {|#0:switch|}
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => true,
                HangupCategory.XmlErrors => true,
            };

            bool ShouldRetry(HangupCause cause, int attempts) => cause {|#1:switch|}
            {
                < HangupCause.MediaTimeout or > HangupCause.MediaTimeout => false,
                HangupCause.MediaTimeout when attempts < 3 => true,
            };
        }
        """,
        DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithArguments("HangupGen.HangupCategory.SpecialCases").WithIsSuppressed(false),
        DiagnosticResult.CompilerWarning("CS8846").WithLocation(1).WithArguments("HangupGen.HangupCause.MediaTimeout").WithIsSuppressed(false));

    [Fact]
    public Task The_suppression_follows_a_custom_table_in_a_custom_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Contoso.Telephony;

                class Calls
                {
                    bool ShouldRetry(HangupCause cause) => cause {|#0:switch|}
                    {
                        HangupCause.Unknown => false,
                        HangupCause.BusyLine => true,
                        HangupCause.VoicemailDetected or HangupCause.VoicemailFull => false,
                    };

                    string Category(HangupCategory category) => category {|#1:switch|}
                    {
                        HangupCategory.Unknown or HangupCategory.CallRejections => "known",
                    };
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            ExpectedDiagnostics =
            {
                DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(true),
                DiagnosticResult.CompilerWarning("CS8509").WithLocation(1).WithArguments("Contoso.Telephony.HangupCategory.Voicemail").WithIsSuppressed(false),
            },
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", HG0003NonExhaustiveHangupSwitchTests.VoicemailTable));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_suppression_is_turned_off_by_NoWarn_HGSP0001()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    bool IsFailure(HangupCategory category) => category {|#0:switch|}
                    {
                        HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                        HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                        HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => true,
                        HangupCategory.XmlErrors or HangupCategory.SpecialCases => true,
                    };
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            ExpectedDiagnostics = { DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(false) },
        };
        test.DisabledDiagnostics.Add("HGSP0001");
        return test.RunAsync();
    }

    private static Task VerifySuppressionAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.Warnings };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

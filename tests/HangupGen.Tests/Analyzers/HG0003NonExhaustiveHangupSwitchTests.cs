using System.Threading.Tasks;
using HangupGen.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.NonExhaustiveHangupSwitchAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0003: switches over a HangupCause, a HangupCategory or a hangup-code integer that miss members
/// of the table while their default is absent or only throws. The embedded (real) table is used
/// unless a test adds its own; relational arms keep the switches short.
/// </summary>
public sealed class HG0003NonExhaustiveHangupSwitchTests
{
    private const string Timeouts = "3 causes: Timeouts: ScheduledHangup, RingTimeoutReached, MediaTimeout";

    /// <summary>A table with a category the embedded one does not have.</summary>
    internal const string VoicemailTable = """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs for context,,Unknown,Outbound and Inbound,Any
        3010,Busy Line,,,Call Rejections,3000-3050,Destination is busy,Retry later,,Carrier,Outbound and Inbound,Initiated
        9510,Voicemail Detected,,,Voicemail,9500-9590,A voicemail system answered,Leave a message,,Carrier,Outbound,Any
        9520,Voicemail Full,,,Voicemail,9500-9590,The mailbox is full,Retry tomorrow,,Carrier,Outbound,Any
        """;

    [Fact]
    public Task Statement_without_default_is_reported_with_the_missing_causes_grouped_by_category() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|#0:switch|} (cause)
                {
                    case < HangupCause.ScheduledHangup:
                    case > HangupCause.MediaTimeout:
                        Retry();
                        break;
                }
            }

            void Retry() { }
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over HangupCause misses " + Timeouts));

    [Fact]
    public Task Causes_of_several_categories_are_grouped_in_code_order() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            bool ShouldRetry(HangupCause cause) => cause {|#0:switch|}
            {
                HangupCause.NoAnswer or HangupCause.Rejected => false,
                >= HangupCause.Canceled and < HangupCause.NoAnswer => false,
                > HangupCause.UnallocatedNumber and < HangupCause.ScheduledHangup => true,
                > HangupCause.MediaTimeout and not HangupCause.MachineDetected => false,
            };
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0).WithMessage(
            "This switch over HangupCause misses 9 causes: Unknown: Unknown; "
            + "CallRejections: BusyLine, UnknownCallerId, Forbidden, UnallocatedNumber; "
            + "Timeouts: ScheduledHangup, RingTimeoutReached, MediaTimeout; "
            + "SpecialCases: MachineDetected"));

    [Fact]
    public Task One_missing_cause_is_named_in_the_singular() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            int Score(HangupCause cause) => cause {|#0:switch|}
            {
                not HangupCause.MediaTimeout => 1,
            };
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over HangupCause misses 1 cause: Timeouts: MediaTimeout"));

    [Fact]
    public Task Default_that_only_throws_handles_nothing() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            string Describe(HangupCause cause) => cause {|HG0003:switch|}
            {
                < HangupCause.ScheduledHangup => "early",
                > HangupCause.MediaTimeout => "late",
                _ => throw new ArgumentOutOfRangeException(nameof(cause)),
            };

            void Handle(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    case < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout:
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(cause));
                }
            }

            string Declared(HangupCause? cause) => cause {|HG0003:switch|}
            {
                null => "none",
                < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => "other",
                HangupCause other => throw new ArgumentOutOfRangeException(nameof(cause), other, null),
            };

            void Pattern(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    case < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout:
                        break;
                    case var other:
                        throw new ArgumentOutOfRangeException(nameof(cause), other, null);
                }
            }
        }
        """);

    [Fact]
    public Task Default_that_logs_and_then_throws_only_throws() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    case < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout:
                        break;
                    default:
                    {
                        Console.Error.WriteLine($"Unexpected hangup cause {cause}");
                        Action report = () => { return; };
                        report();
                        for (int attempt = 0; attempt < 3; attempt++)
                        {
                            if (attempt == 1)
                            {
                                break;
                            }
                        }

                        switch (cause.GetCategory())
                        {
                            case HangupCategory.Timeouts:
                                break;
                            default:
                                break;
                        }

                        throw new NotSupportedException(cause.ToString());
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Default_that_does_work_counts_as_handled() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            string Describe(HangupCause cause) => cause switch
            {
                < HangupCause.ScheduledHangup => "early",
                _ => cause.GetName(),
            };

            int Handle(HangupCause cause, bool strict)
            {
                switch (cause)
                {
                    case HangupCause.BusyLine:
                        return 1;
                    default:
                        if (!strict)
                        {
                            return 0;
                        }

                        throw new ArgumentOutOfRangeException(nameof(cause));
                }
            }

            void Ignore(HangupCause cause)
            {
                switch (cause)
                {
                    case HangupCause.BusyLine:
                        Console.WriteLine("busy");
                        break;
                    default:
                        break;
                }
            }

            void Loop(HangupCause[] causes)
            {
                foreach (HangupCause cause in causes)
                {
                    switch (cause)
                    {
                        case HangupCause.BusyLine:
                            break;
                        default:
                            for (int i = 0; i < 3; i++)
                            {
                                if (i == 1)
                                {
                                    break;
                                }
                            }

                            continue;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Option_false_makes_a_working_default_not_exhaustive()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause {|#0:switch|}
                    {
                        < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => "other",
                        _ => cause.GetName(),
                    };

                    string Category(HangupCategory category) => category switch
                    {
                        _ when category == HangupCategory.Timeouts => "timeout",
                        HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.DestinationIssues => "a",
                        HangupCategory.CallRejections or HangupCategory.CarrierErrors or HangupCategory.NormalCompletions => "b",
                        HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => "c",
                        HangupCategory.XmlErrors or HangupCategory.SpecialCases => "d",
                        _ => "none",
                    };
                }
                """,
            ExpectedDiagnostics = { Verify.Diagnostic("HG0003").WithLocation(0).WithMessage("This switch over HangupCause misses " + Timeouts) },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            {NonExhaustiveHangupSwitchAnalyzer.DefaultCountsAsHandledOption} = false
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Option_true_is_the_default_and_a_value_that_is_no_boolean_keeps_it()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause switch
                    {
                        HangupCause.BusyLine => "busy",
                        _ => cause.GetName(),
                    };
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            {NonExhaustiveHangupSwitchAnalyzer.DefaultCountsAsHandledOption} = maybe
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Guarded_arms_handle_nothing_for_certain() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            bool ShouldRetry(HangupCause cause, int attempts) => cause {|#0:switch|}
            {
                HangupCause.ScheduledHangup when attempts < 3 => true,
                HangupCause.RingTimeoutReached or HangupCause.MediaTimeout when attempts < 3 => true,
                < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => false,
                HangupCause.RingTimeoutReached when true => false,
            };

            void Handle(HangupCause cause, bool retry)
            {
                {|#1:switch|} (cause)
                {
                    case HangupCause.MediaTimeout when retry:
                    case < HangupCause.ScheduledHangup or > HangupCause.RingTimeoutReached and not HangupCause.MediaTimeout:
                        break;
                    case HangupCause.ScheduledHangup:
                    case HangupCause.RingTimeoutReached:
                        break;
                }
            }
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over HangupCause misses 2 causes: Timeouts: ScheduledHangup, MediaTimeout"),
        Verify.Diagnostic("HG0003").WithLocation(1)
            .WithMessage("This switch over HangupCause misses 1 cause: Timeouts: MediaTimeout"));

    [Fact]
    public Task Complete_switches_are_not_reported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            string ByRange(HangupCause cause) => cause switch
            {
                < HangupCause.ScheduledHangup => "early",
                HangupCause.ScheduledHangup or HangupCause.RingTimeoutReached => "timeout",
                HangupCause.MediaTimeout => "media",
                > HangupCause.MediaTimeout => "late",
                _ => throw new ArgumentOutOfRangeException(nameof(cause)),
            };

            string Category(HangupCategory category) => category switch
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.DestinationIssues => "a",
                HangupCategory.CallRejections or HangupCategory.CarrierErrors or HangupCategory.NormalCompletions => "b",
                HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => "c",
                HangupCategory.XmlErrors or HangupCategory.SpecialCases => "d",
                _ => throw new ArgumentOutOfRangeException(nameof(category)),
            };

            void Code(int hangupCauseCode)
            {
                switch (hangupCauseCode)
                {
                    case 0:
                    case >= 1000 and < 6000:
                    case 6000 or 6010 or 6020:
                    case > 6020:
                        break;
                }
            }

            string Everything(HangupCause cause) => cause switch
            {
                var any when any.IsDefined() => "documented",
                HangupCause.BusyLine => "busy",
                not HangupCause.BusyLine => "other",
            };
        }
        """);

    [Fact]
    public Task Switch_over_HangupCategory_lists_the_missing_categories() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            bool IsFailure(HangupCategory category) => category {|#0:switch|}
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.SpecialCases => true,
            };

            void Handle(HangupCategory? category)
            {
                {|#1:switch|} (category)
                {
                    case null:
                    case < HangupCategory.XmlErrors:
                        break;
                    case HangupCategory.XmlErrors:
                        break;
                }
            }
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over HangupCategory misses 2 categories: UrlErrors, XmlErrors"),
        Verify.Diagnostic("HG0003").WithLocation(1)
            .WithMessage("This switch over HangupCategory misses 1 category: SpecialCases"));

    [Fact]
    public Task Switch_over_a_hangup_code_integer_names_the_causes_with_their_codes() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            void Handle()
            {
                {|#0:switch|} (HangupCauseCode)
                {
                    case < 6000:
                    case 6010:
                    case > 6020:
                        break;
                }
            }

            string Describe(long hangup_cause_code) => hangup_cause_code {|#1:switch|}
            {
                >= 6000 and <= 6020 => "timeout",
                _ => throw new KeyNotFoundException(),
            };

            string FromForm(IDictionary<string, string> form) => int.Parse(form["HangupCauseCode"]) {|#2:switch|}
            {
                < 3000 or > 3050 => "other",
                3000 or 3020 or 3030 or 3040 or 3050 => "rejected",
            };
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over hangup codes misses 2 codes: Timeouts: ScheduledHangup (6000), MediaTimeout (6020)"),
        Verify.Diagnostic("HG0003").WithLocation(1)
            .WithArguments("hangup codes", "51 codes: "
                + "Unknown: Unknown (0); "
                + "CanceledCalls: Canceled (1000), CanceledOutOfCredits (1010), CanceledSimultaneousDialLimitReached (1020); "
                + "DestinationIssues: InvalidDestinationAddress (2000), DestinationOutOfService (2010), EndpointNotRegistered (2020), DestinationCountryBarred (2030), DestinationNumberBarred (2040), DestinationPrefixBarred (2050), LoopDetected (2060), ViolatesMediaAnchoring (2070); "
                + "CallRejections: NoAnswer (3000), BusyLine (3010), Rejected (3020), UnknownCallerId (3030), Forbidden (3040), UnallocatedNumber (3050); "
                + "CarrierErrors: RequestTimeout (3070), InternalServerErrorFromCarrier (3080), NetworkCongestionFromCarrier (3090), BusyEverywhere (3100), Declined (3110), UserDoesNotExistAnywhere (3120), SpamBlock (3130), DnoCallerId (3140); "
                + "NormalCompletions: NormalHangup (4000), EndOfXmlInstructions (4010), MultipartyCallEnded (4020), KickedOutOfMultipartyCall (4030); "
                + "SystemErrors: NetworkError (5000), InternalError (5010), RoutingError (5020), ConcurrencyLimitBreached (5030); "
                + "UrlErrors: ErrorReachingAnswerUrl (7011), ErrorReachingActionUrl (7012), ErrorReachingTransferUrl (7013), ErrorReachingRedirectUrl (7014), InvalidActionUrl (7022), InvalidTransferUrl (7023), InvalidRedirectUrl (7024), InvalidMethodForActionUrl (7032), InvalidMethodForTransferUrl (7033), InvalidMethodForRedirectUrl (7034); "
                + "XmlErrors: InvalidAnswerXml (8011), InvalidActionXml (8012), InvalidTransferXml (8013), InvalidRedirectXml (8014); "
                + "SpecialCases: LostRace (9000), MachineDetected (9100), ConfirmKeyChallengeFailed (9110)"),
        Verify.Diagnostic("HG0003").WithLocation(2)
            .WithMessage("This switch over hangup codes misses 1 code: CallRejections: BusyLine (3010)"));

    [Fact]
    public Task A_switch_over_a_byte_or_sbyte_counts_only_the_codes_its_type_can_hold() => Verify.VerifyAnalyzerAsync("""
        using System;

        class Callback
        {
            string Small(byte hangupCode) => hangupCode switch
            {
                0 => "unknown",
                _ => throw new ArgumentOutOfRangeException(nameof(hangupCode)),
            };

            string Signed(sbyte? hangupCode) => hangupCode {|#0:switch|}
            {
                > 0 => "positive",
                _ => throw new ArgumentOutOfRangeException(nameof(hangupCode)),
            };

            string Wide(short hangupCode) => hangupCode {|#1:switch|}
            {
                < 9000 => "documented",
                _ => throw new ArgumentOutOfRangeException(nameof(hangupCode)),
            };
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over hangup codes misses 1 code: Unknown: Unknown (0)"),
        Verify.Diagnostic("HG0003").WithLocation(1)
            .WithMessage("This switch over hangup codes misses 3 codes: SpecialCases: LostRace (9000), MachineDetected (9100), ConfirmKeyChallengeFailed (9110)"));

    [Fact]
    public Task Switch_over_a_cause_converted_to_int_is_a_switch_over_codes() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|#0:switch|} ((int)cause)
                {
                    case < (int)HangupCause.ScheduledHangup:
                    case (int)HangupCause.ScheduledHangup:
                    case (int)HangupCause.RingTimeoutReached:
                    case > (int)HangupCause.MediaTimeout:
                        break;
                }
            }
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over hangup codes misses 1 code: Timeouts: MediaTimeout (6020)"));

    [Fact]
    public Task Nullable_causes_are_checked_and_null_is_no_member() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Calls
        {
            string Describe(HangupCause? cause) => cause {|#0:switch|}
            {
                null => "none",
                < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => "other",
            };
        }
        """,
        Verify.Diagnostic("HG0003").WithLocation(0)
            .WithMessage("This switch over HangupCause misses " + Timeouts));

    [Fact]
    public Task Other_enums_and_unrelated_integers_are_not_checked() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        enum SipStatus { Ok = 200, Busy = 486, Carrier = 3010 }

        class Calls
        {
            public int StatusCode { get; set; }

            string Day(DayOfWeek day) => day switch
            {
                DayOfWeek.Monday => "start",
                _ => throw new ArgumentOutOfRangeException(nameof(day)),
            };

            string Sip(SipStatus status) => status switch
            {
                SipStatus.Carrier => "carrier",
                _ => throw new ArgumentOutOfRangeException(nameof(status)),
            };

            void Http()
            {
                switch (StatusCode)
                {
                    case 3010:
                    case 200:
                        break;
                }

                int port = 3000;
                switch (port)
                {
                    case 3000:
                        break;
                }
            }

            string Source(HangupSource source) => source switch
            {
                HangupSource.Carrier => "carrier",
                _ => throw new ArgumentOutOfRangeException(nameof(source)),
            };

            string Name(string hangupCauseName) => hangupCauseName switch
            {
                "Busy Line" => "busy",
                _ => throw new ArgumentOutOfRangeException(nameof(hangupCauseName)),
            };
        }
        """);

    [Fact]
    public Task The_rule_follows_a_custom_table_in_a_custom_namespace()
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
                    };

                    string Category(HangupCategory category) => category {|#1:switch|}
                    {
                        HangupCategory.Unknown or HangupCategory.CallRejections => "known",
                    };

                    string Complete(HangupCategory category) => category switch
                    {
                        HangupCategory.Unknown or HangupCategory.CallRejections or HangupCategory.Voicemail => "known",
                    };
                }
                """,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("HG0003").WithLocation(0)
                    .WithMessage("This switch over HangupCause misses 2 causes: Voicemail: VoicemailDetected, VoicemailFull"),
                Verify.Diagnostic("HG0003").WithLocation(1)
                    .WithMessage("This switch over HangupCategory misses 1 category: Voicemail"),
            },
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", VoicemailTable));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Erroneous_switches_are_analyzed_without_throwing()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    void MissingValue(HangupCause cause)
                    {
                        switch ()
                        {
                            case HangupCause.BusyLine:
                                break;
                        }
                    }

                    string Unresolved(HangupCause cause) => cause {|HG0003:switch|}
                    {
                        HangupCause.NoSuchCause => "x",
                        Missing.Value => "y",
                        > UnknownConstant => "z",
                        HangupCause.BusyLine when => "w",
                    };

                    string Empty(HangupCause cause) => cause {|HG0003:switch|} { };

                    void Broken(int hangupCauseCode)
                    {
                        switch (hangupCauseCode)
                        {
                            case "3010":
                            case 3000 +:
                                break;
                            default
                        }
                    }

                    void Unterminated(HangupCause cause)
                    {
                        switch (cause)
                        {
                            case HangupCause.BusyLine:
                                break;
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using HangupGen.CodeFixes;
using HangupGen.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<
    HangupGen.Analyzers.NonExhaustiveHangupSwitchAnalyzer,
    HangupGen.CodeFixes.AddMissingHangupCasesFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// HG0003's fix: the missing cases are added before the default, grouped by category, each with the
/// cause's documented next steps and a NotImplementedException. The framework also checks that Fix
/// All in document, project and solution scope gives the same output.
/// </summary>
public sealed class HG0003AddMissingHangupCasesFixTests
{
    [Fact]
    public Task Statement_without_default_gets_the_cases_at_the_end() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    case < HangupCause.ScheduledHangup:
                    case > HangupCause.MediaTimeout:
                        Retry();
                        break;
                }
            }

            void Retry() { }
        }
        """, """
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                switch (cause)
                {
                    case < HangupCause.ScheduledHangup:
                    case > HangupCause.MediaTimeout:
                        Retry();
                        break;
                    // Timeouts (6000-6020)
                    case HangupCause.ScheduledHangup: // Next steps: None - configure time_limit (API) or timeLimit (Dial XML) if longer calls needed
                        throw new System.NotImplementedException();
                    case HangupCause.RingTimeoutReached: // Next steps: Increase ring_timeout (API) or timeout (Dial XML). Default is 120 seconds
                        throw new System.NotImplementedException();
                    case HangupCause.MediaTimeout: // Next steps: Check network connectivity. May indicate lost connection
                        throw new System.NotImplementedException();
                }
            }

            void Retry() { }
        }
        """);

    [Fact]
    public Task Statement_with_a_throwing_default_gets_the_cases_before_it_grouped_by_category() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    case < HangupCause.NoAnswer or > HangupCause.BusyLine and < HangupCause.MediaTimeout:
                    case > HangupCause.MediaTimeout:
                        break;

                    // Anything else is a bug.
                    default:
                        throw new ArgumentOutOfRangeException(nameof(cause));
                }
            }
        }
        """, """
        using System;
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                switch (cause)
                {
                    case < HangupCause.NoAnswer or > HangupCause.BusyLine and < HangupCause.MediaTimeout:
                    case > HangupCause.MediaTimeout:
                        break;
                    // CallRejections (3000-3050)
                    case HangupCause.NoAnswer: // Next steps: Retry. Check if destination is online
                        throw new NotImplementedException();
                    case HangupCause.BusyLine: // Next steps: Retry later or implement voicemail fallback
                        throw new NotImplementedException();
                    // Timeouts (6000-6020)
                    case HangupCause.MediaTimeout: // Next steps: Check network connectivity. May indicate lost connection
                        throw new NotImplementedException();

                    // Anything else is a bug.
                    default:
                        throw new ArgumentOutOfRangeException(nameof(cause));
                }
            }
        }
        """);

    [Fact]
    public Task Statement_with_a_default_in_the_middle_gets_the_cases_at_the_end() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                {|HG0003:switch|} (cause)
                {
                    default:
                        throw new ArgumentOutOfRangeException(nameof(cause));
                    case not HangupCause.MediaTimeout:
                        break;
                }
            }
        }
        """, """
        using System;
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause)
            {
                switch (cause)
                {
                    default:
                        throw new ArgumentOutOfRangeException(nameof(cause));
                    case not HangupCause.MediaTimeout:
                        break;
                    // Timeouts (6000-6020)
                    case HangupCause.MediaTimeout: // Next steps: Check network connectivity. May indicate lost connection
                        throw new NotImplementedException();
                }
            }
        }
        """);

    [Fact]
    public Task Expression_with_a_discard_gets_the_arms_before_it() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        namespace Telephony
        {
            class Calls
            {
                string Describe(HangupCause cause)
                {
                    if (cause.IsDefined())
                    {
                        return cause {|HG0003:switch|}
                        {
                            < HangupCause.ScheduledHangup => "early",
                            HangupCause.RingTimeoutReached => "ring",
                            > HangupCause.MediaTimeout => "late",
                            _ => throw new ArgumentOutOfRangeException(nameof(cause)),
                        };
                    }

                    return "?";
                }
            }
        }
        """, """
        using System;
        using HangupGen;

        namespace Telephony
        {
            class Calls
            {
                string Describe(HangupCause cause)
                {
                    if (cause.IsDefined())
                    {
                        return cause switch
                        {
                            < HangupCause.ScheduledHangup => "early",
                            HangupCause.RingTimeoutReached => "ring",
                            > HangupCause.MediaTimeout => "late",
                            // Timeouts (6000-6020)
                            HangupCause.ScheduledHangup => throw new NotImplementedException(), // Next steps: None - configure time_limit (API) or timeLimit (Dial XML) if longer calls needed
                            HangupCause.MediaTimeout => throw new NotImplementedException(), // Next steps: Check network connectivity. May indicate lost connection
                            _ => throw new ArgumentOutOfRangeException(nameof(cause)),
                        };
                    }

                    return "?";
                }
            }
        }
        """);

    [Fact]
    public Task Expression_without_default_or_trailing_comma_gets_the_arms_at_the_end() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Calls
        {
            int Score(HangupCause cause) => cause {|HG0003:switch|}
            {
                < HangupCause.ScheduledHangup => 1,
                > HangupCause.RingTimeoutReached => 2
            };
        }
        """, """
        using HangupGen;

        class Calls
        {
            int Score(HangupCause cause) => cause switch
            {
                < HangupCause.ScheduledHangup => 1,
                > HangupCause.RingTimeoutReached => 2,
                // Timeouts (6000-6020)
                HangupCause.ScheduledHangup => throw new System.NotImplementedException(), // Next steps: None - configure time_limit (API) or timeLimit (Dial XML) if longer calls needed
                HangupCause.RingTimeoutReached => throw new System.NotImplementedException() // Next steps: Increase ring_timeout (API) or timeout (Dial XML). Default is 120 seconds
            };
        }
        """);

    [Fact]
    public Task Integer_switch_gets_cases_cast_to_its_type() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            string Describe() => HangupCauseCode {|HG0003:switch|}
            {
                < 6000 or > 6020 => "other",
                6010 => "ring",
            };

            void Handle(long hangupCode)
            {
                {|HG0003:switch|} (hangupCode)
                {
                    case < 3000:
                    case > 3010:
                        break;
                }
            }
        }
        """, """
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            string Describe() => HangupCauseCode switch
            {
                < 6000 or > 6020 => "other",
                6010 => "ring",
                // Timeouts (6000-6020)
                (int)HangupCause.ScheduledHangup => throw new System.NotImplementedException(), // Next steps: None - configure time_limit (API) or timeLimit (Dial XML) if longer calls needed
                (int)HangupCause.MediaTimeout => throw new System.NotImplementedException(), // Next steps: Check network connectivity. May indicate lost connection
            };

            void Handle(long hangupCode)
            {
                switch (hangupCode)
                {
                    case < 3000:
                    case > 3010:
                        break;
                    // CallRejections (3000-3050)
                    case (long)HangupCause.NoAnswer: // Next steps: Retry. Check if destination is online
                        throw new System.NotImplementedException();
                    case (long)HangupCause.BusyLine: // Next steps: Retry later or implement voicemail fallback
                        throw new System.NotImplementedException();
                }
            }
        }
        """);

    [Fact]
    public Task A_byte_switch_gets_only_the_cases_a_byte_can_hold() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            void Handle(byte hangupCode)
            {
                {|HG0003:switch|} (hangupCode)
                {
                    default:
                        throw new System.ArgumentOutOfRangeException(nameof(hangupCode));
                }
            }
        }
        """, """
        using HangupGen;

        class Callback
        {
            void Handle(byte hangupCode)
            {
                switch (hangupCode)
                {
                    // Unknown (0)
                    case (byte)HangupCause.Unknown: // Next steps: Check call logs for context
                        throw new System.NotImplementedException();
                    default:
                        throw new System.ArgumentOutOfRangeException(nameof(hangupCode));
                }
            }
        }
        """);

    [Fact]
    public Task Category_switch_gets_the_missing_categories() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Calls
        {
            bool IsFailure(HangupCategory category) => category {|HG0003:switch|}
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                HangupCategory.SystemErrors or HangupCategory.UrlErrors or HangupCategory.XmlErrors => true,
                _ => throw new ArgumentOutOfRangeException(nameof(category)),
            };
        }
        """, """
        using System;
        using HangupGen;

        class Calls
        {
            bool IsFailure(HangupCategory category) => category switch
            {
                HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                HangupCategory.SystemErrors or HangupCategory.UrlErrors or HangupCategory.XmlErrors => true,
                HangupCategory.Timeouts => throw new NotImplementedException(), // Codes 6000-6020: ScheduledHangup, RingTimeoutReached, MediaTimeout
                HangupCategory.SpecialCases => throw new NotImplementedException(), // Codes 9000-9110: LostRace, MachineDetected, ConfirmKeyChallengeFailed
                _ => throw new ArgumentOutOfRangeException(nameof(category)),
            };
        }
        """);

    [Fact]
    public Task Fix_all_fixes_every_switch_of_the_document_nested_ones_included() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause, HangupCategory category)
            {
                {|HG0003:switch|} (category)
                {
                    case HangupCategory.Timeouts:
                        {|HG0003:switch|} (cause)
                        {
                            case HangupCause.ScheduledHangup:
                                break;
                            case < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout:
                                break;
                        }

                        break;
                    case not HangupCategory.SpecialCases:
                        break;
                }
            }

            bool Early(HangupCause cause) => cause {|HG0003:switch|} { >= HangupCause.Canceled => false, };
        }
        """, """
        using HangupGen;

        class Calls
        {
            void Handle(HangupCause cause, HangupCategory category)
            {
                switch (category)
                {
                    case HangupCategory.Timeouts:
                        switch (cause)
                        {
                            case HangupCause.ScheduledHangup:
                                break;
                            case < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout:
                                break;
                            // Timeouts (6000-6020)
                            case HangupCause.RingTimeoutReached: // Next steps: Increase ring_timeout (API) or timeout (Dial XML). Default is 120 seconds
                                throw new System.NotImplementedException();
                            case HangupCause.MediaTimeout: // Next steps: Check network connectivity. May indicate lost connection
                                throw new System.NotImplementedException();
                        }

                        break;
                    case not HangupCategory.SpecialCases:
                        break;
                    case HangupCategory.SpecialCases: // Codes 9000-9110: LostRace, MachineDetected, ConfirmKeyChallengeFailed
                        throw new System.NotImplementedException();
                }
            }

            bool Early(HangupCause cause) => cause switch { >= HangupCause.Canceled => false,
                // Unknown (0)
                HangupCause.Unknown => throw new System.NotImplementedException(), // Next steps: Check call logs for context
            };
        }
        """);

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    [InlineData(DocumentationMode.Diagnose)]
    public Task Next_steps_do_not_depend_on_whether_documentation_comments_are_parsed(DocumentationMode mode)
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause {|HG0003:switch|}
                    {
                        < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => "other",
                        HangupCause.ScheduledHangup => "scheduled",
                    };
                }
                """,
            FixedCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause switch
                    {
                        < HangupCause.ScheduledHangup or > HangupCause.MediaTimeout => "other",
                        HangupCause.ScheduledHangup => "scheduled",
                        // Timeouts (6000-6020)
                        HangupCause.RingTimeoutReached => throw new System.NotImplementedException(), // Next steps: Increase ring_timeout (API) or timeout (Dial XML). Default is 120 seconds
                        HangupCause.MediaTimeout => throw new System.NotImplementedException(), // Next steps: Check network connectivity. May indicate lost connection
                    };
                }
                """,
        };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithDocumentationMode(mode)));
        return test.RunAsync();
    }

    [Fact]
    public Task Comments_fall_back_to_the_documented_name_when_the_table_has_no_next_steps()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause {|HG0003:switch|}
                    {
                        HangupCause.Unknown => "unknown",
                    };
                }
                """,
            FixedCode = """
                using HangupGen;

                class Calls
                {
                    string Describe(HangupCause cause) => cause switch
                    {
                        HangupCause.Unknown => "unknown",
                        // Voicemail (9500-9590)
                        HangupCause.VoicemailDetected => throw new System.NotImplementedException(), // Voicemail Detected
                    };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", """
            code,name,category,range,next_steps
            0,Unknown,Unknown,0,Check call logs for context
            9510,Voicemail Detected,Voicemail,9500-9590,
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Tabs_and_the_custom_table_of_a_custom_namespace_are_followed()
    {
        var test = new Verify.Test
        {
            TestCode = "using Contoso.Telephony;\n\nclass Calls\n{\n\tvoid Handle(HangupCause cause)\n\t{\n\t\t{|HG0003:switch|} (cause)\n\t\t{\n\t\t\tcase HangupCause.Unknown:\n\t\t\t\tbreak;\n\t\t\tdefault:\n\t\t\t\tthrow new System.ArgumentException();\n\t\t}\n\t}\n}\n",
            FixedCode = "using Contoso.Telephony;\n\nclass Calls\n{\n\tvoid Handle(HangupCause cause)\n\t{\n\t\tswitch (cause)\n\t\t{\n\t\t\tcase HangupCause.Unknown:\n\t\t\t\tbreak;\n"
                + "\t\t\t// CallRejections (3000-3050)\n\t\t\tcase HangupCause.BusyLine: // Next steps: Retry later\n\t\t\t\tthrow new System.NotImplementedException();\n"
                + "\t\t\t// Voicemail (9500-9590)\n\t\t\tcase HangupCause.VoicemailDetected: // Next steps: Leave a message\n\t\t\t\tthrow new System.NotImplementedException();\n"
                + "\t\t\tcase HangupCause.VoicemailFull: // Next steps: Retry tomorrow\n\t\t\t\tthrow new System.NotImplementedException();\n"
                + "\t\t\tdefault:\n\t\t\t\tthrow new System.ArgumentException();\n\t\t}\n\t}\n}\n",
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", HG0003NonExhaustiveHangupSwitchTests.VoicemailTable));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));

        // The formatter indents the new cases with the document's options, as for any code fix.
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nindent_style = tab\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Line_ends_follow_the_end_of_line_option()
    {
        var test = new Verify.Test
        {
            TestCode = "using HangupGen;\r\n\r\nclass Calls\r\n{\r\n    void Handle(HangupCause cause)\r\n    {\r\n"
            + "        {|HG0003:switch|} (cause)\r\n        {\r\n            case < HangupCause.RingTimeoutReached or > HangupCause.MediaTimeout:\r\n                break;\r\n        }\r\n    }\r\n}\r\n",
            FixedCode = "using HangupGen;\r\n\r\nclass Calls\r\n{\r\n    void Handle(HangupCause cause)\r\n    {\r\n"
            + "        switch (cause)\r\n        {\r\n            case < HangupCause.RingTimeoutReached or > HangupCause.MediaTimeout:\r\n                break;\r\n"
            + "            // Timeouts (6000-6020)\r\n"
            + "            case HangupCause.RingTimeoutReached: // Next steps: Increase ring_timeout (API) or timeout (Dial XML). Default is 120 seconds\r\n"
            + "                throw new System.NotImplementedException();\r\n"
            + "            case HangupCause.MediaTimeout: // Next steps: Check network connectivity. May indicate lost connection\r\n"
            + "                throw new System.NotImplementedException();\r\n"
            + "        }\r\n    }\r\n}\r\n",
        };

        // The formatter ends the lines it writes as the document's options say, as for any code fix.
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nend_of_line = crlf\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_title_names_a_single_missing_cause() => VerifyTitle(
        "not HangupCause.MediaTimeout",
        """
                // Timeouts (6000-6020)
                HangupCause.MediaTimeout => throw new NotImplementedException(), // Next steps: Check network connectivity. May indicate lost connection
        """,
        "Add a case for the missing cause MediaTimeout");

    [Fact]
    public Task The_title_counts_several_missing_causes() => VerifyTitle(
        "not (HangupCause.MediaTimeout or HangupCause.BusyLine)",
        """
                // CallRejections (3000-3050)
                HangupCause.BusyLine => throw new NotImplementedException(), // Next steps: Retry later or implement voicemail fallback

                // Timeouts (6000-6020)
                HangupCause.MediaTimeout => throw new NotImplementedException(), // Next steps: Check network connectivity. May indicate lost connection
        """,
        "Add cases for the 2 missing causes");

    [Fact]
    public void The_fix_fixes_HG0003_with_one_equivalence_key()
    {
        Assert.Equal("HG0003", Assert.Single(new AddMissingHangupCasesFix().FixableDiagnosticIds));
        Assert.Equal("HG0003.AddMissingCases", AddMissingHangupCasesFix.EquivalenceKey);
    }

    private static Task VerifyTitle(string pattern, string addedArms, string title)
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;
                using HangupGen;

                class Calls
                {
                    int Score(HangupCause cause) => cause {|HG0003:switch|}
                    {
                        {{pattern}} => 1,
                    };
                }
                """,
            FixedCode = $$"""
                using System;
                using HangupGen;

                class Calls
                {
                    int Score(HangupCause cause) => cause switch
                    {
                        {{pattern}} => 1,
                {{addedArms}}
                    };
                }
                """,
            CodeActionEquivalenceKey = AddMissingHangupCasesFix.EquivalenceKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using HangupGen.CodeFixes;
using HangupGen.Tests.Infrastructure;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicHangupNameAnalyzer, HangupGen.CodeFixes.UseGeneratedHangupNameFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>HG0005's fix: the generated name constant, or a comparison that ignores case.</summary>
public sealed class HG0005UseGeneratedHangupNameFixTests
{
    [Fact]
    public Task A_documented_name_in_a_comparison_becomes_the_constant_and_the_using_is_added() => Verify.VerifyCodeFixAsync("""
        using System.Collections.Generic;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            bool IsBusy() => HangupCauseName == [|"Busy Line"|];

            bool IsCarrier(Dictionary<string, string> form) => form["HangupSource"] != [|"Carrier"|];
        }
        """, """
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            bool IsBusy() => HangupCauseName == HangupCauseNames.BusyLine;

            bool IsCarrier(Dictionary<string, string> form) => form["HangupSource"] != HangupSourceNames.Carrier;
        }
        """);

    [Fact]
    public Task Case_labels_switch_arms_and_patterns_take_the_constant() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            string A(string hangupCauseName)
            {
                switch (hangupCauseName)
                {
                    case [|"Busy Line"|]:
                        return "retry";
                    default:
                        return "give up";
                }
            }

            string B(string hangupSource) => hangupSource switch
            {
                [|"Carrier"|] => "carrier",
                [|"Unknown"|] => "unknown",
                _ => "other",
            };

            bool C(string hangupCauseName) => hangupCauseName is [|"Busy Line"|] or [|"Rejected"|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            string A(string hangupCauseName)
            {
                switch (hangupCauseName)
                {
                    case HangupCauseNames.BusyLine:
                        return "retry";
                    default:
                        return "give up";
                }
            }

            string B(string hangupSource) => hangupSource switch
            {
                HangupSourceNames.Carrier => "carrier",
                HangupSourceNames.Unknown => "unknown",
                _ => "other",
            };

            bool C(string hangupCauseName) => hangupCauseName is HangupCauseNames.BusyLine or HangupCauseNames.Rejected;
        }
        """);

    [Fact]
    public Task Another_case_in_a_comparison_that_ignores_case_keeps_its_meaning_with_the_constant() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string hangupCauseName) => string.Equals(hangupCauseName, [|"busy line"|], StringComparison.OrdinalIgnoreCase);

            bool B(string hangupCauseName) => hangupCauseName.Equals([|"BUSY LINE"|], StringComparison.InvariantCultureIgnoreCase);

            bool C(string hangupSource) => StringComparer.OrdinalIgnoreCase.Equals(hangupSource, [|"carrier"|]);
        }
        """, """
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string hangupCauseName) => string.Equals(hangupCauseName, HangupCauseNames.BusyLine, StringComparison.OrdinalIgnoreCase);

            bool B(string hangupCauseName) => hangupCauseName.Equals(HangupCauseNames.BusyLine, StringComparison.InvariantCultureIgnoreCase);

            bool C(string hangupSource) => StringComparer.OrdinalIgnoreCase.Equals(hangupSource, HangupSourceNames.Carrier);
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
                    bool A(string hangupCauseName) => hangupCauseName == [|"busy line"|];

                    string B(string hangupSource) => hangupSource switch
                    {
                        [|"CARRIER"|] => "carrier",
                        _ => "other",
                    };
                }
                """,
            FixedCode = """
                using HangupGen;

                class Callback
                {
                    bool A(string hangupCauseName) => hangupCauseName == HangupCauseNames.BusyLine;

                    string B(string hangupSource) => hangupSource switch
                    {
                        HangupSourceNames.Carrier => "carrier",
                        _ => "other",
                    };
                }
                """,
            CodeActionEquivalenceKey = UseGeneratedHangupNameFix.UseDocumentedSpellingKey,
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
                    bool A(string hangupCauseName) => hangupCauseName.ToLowerInvariant() == [|"busy line"|];

                    bool B(string hangupSource) => [|"carrier"|] != hangupSource;
                }
                """,
            FixedCode = """
                using System;
                using HangupGen;

                class Callback
                {
                    bool A(string hangupCauseName) => string.Equals(hangupCauseName.ToLowerInvariant(), HangupCauseNames.BusyLine, StringComparison.OrdinalIgnoreCase);

                    bool B(string hangupSource) => !string.Equals(hangupSource, HangupSourceNames.Carrier, StringComparison.OrdinalIgnoreCase);
                }
                """,
            CodeActionEquivalenceKey = UseGeneratedHangupNameFix.CompareIgnoringCaseKey,
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

                class Callback
                {
                    public string HangupCauseName { get; set; } = "";

                    public string HangupSource { get; set; } = "";

                    bool A() => HangupCauseName == [|"Busy Line"|] || HangupCauseName == [|"Rejected"|];

                    bool B() => HangupSource is [|"Carrier"|] or [|"Plivo"|];

                    bool C() => string.Equals(HangupCauseName, [|"no answer"|], StringComparison.OrdinalIgnoreCase);

                    bool D() => HangupCauseName == [|"busy line"|];
                }
                """,
            FixedCode = """
                using System;
                using HangupGen;

                class Callback
                {
                    public string HangupCauseName { get; set; } = "";

                    public string HangupSource { get; set; } = "";

                    bool A() => HangupCauseName == HangupCauseNames.BusyLine || HangupCauseName == HangupCauseNames.Rejected;

                    bool B() => HangupSource is HangupSourceNames.Carrier or HangupSourceNames.Plivo;

                    bool C() => string.Equals(HangupCauseName, HangupCauseNames.NoAnswer, StringComparison.OrdinalIgnoreCase);

                    bool D() => HangupCauseName == {|#0:"busy line"|};
                }
                """,
            CodeActionEquivalenceKey = UseGeneratedHangupNameFix.UseConstantKey,
        };
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("HG0005").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_follows_a_custom_table_and_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string hangupCauseName) => hangupCauseName == [|"DNO Caller ID"|];
                }
                """,
            FixedCode = """
                using Contoso.Telephony;

                class Callback
                {
                    bool A(string hangupCauseName) => hangupCauseName == HangupCauseNames.DoNotOriginate;
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }
}

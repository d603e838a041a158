using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0002: a literal where a hangup code is meant that no row of the table has. The message says
/// which category's range it falls in and what that category documents, or nothing more when it
/// falls in none.
/// </summary>
public sealed class HG0002UnknownHangupCodeTests
{
    private const string InCallRejections =
        " (it falls in the range 3000-3050 of CallRejections, which documents NoAnswer (3000), BusyLine (3010), Rejected (3020), UnknownCallerId (3030), Forbidden (3040), UnallocatedNumber (3050))";

    private static DiagnosticResult Unknown(int location, string text, string where = "")
        => Verify.Diagnostic("HG0002").WithLocation(location).WithArguments(text, where);

    [Fact]
    public Task A_code_inside_a_category_range_names_the_category_and_its_documented_codes() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            bool M(int hangupCode) => hangupCode == {|#0:3015|};
        }
        """,
        Unknown(0, "3015", InCallRejections));

    [Fact]
    public Task A_code_in_a_gap_between_ranges_or_past_the_table_says_nothing_more() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            void M(int hangupCode, long hangupCodeLong)
            {
                _ = hangupCode == {|#0:3060|};
                _ = hangupCode == {|#1:42|};
                _ = hangupCode != {|#2:9999|};
                _ = hangupCodeLong == {|#3:99999999999L|};
            }
        }
        """,
        Unknown(0, "3060"),
        Unknown(1, "42"),
        Unknown(2, "9999"),
        Unknown(3, "99999999999L"));

    [Fact]
    public Task Other_categories_are_named_with_their_own_codes() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            bool M(int hangupCode) => hangupCode is {|#0:6030|} or {|#1:7015|} or {|#2:1005|};
        }
        """,
        Unknown(0, "6030"),
        Unknown(1, "7015", " (it falls in the range 7011-7034 of UrlErrors, which documents ErrorReachingAnswerUrl (7011), ErrorReachingActionUrl (7012), ErrorReachingTransferUrl (7013), ErrorReachingRedirectUrl (7014), InvalidActionUrl (7022), InvalidTransferUrl (7023), InvalidRedirectUrl (7024), InvalidMethodForActionUrl (7032), InvalidMethodForTransferUrl (7033), InvalidMethodForRedirectUrl (7034))"),
        Unknown(2, "1005", " (it falls in the range 1000-1020 of CanceledCalls, which documents Canceled (1000), CanceledOutOfCredits (1010), CanceledSimultaneousDialLimitReached (1020))"));

    [Fact]
    public Task Casts_to_HangupCause_of_an_undocumented_value() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class C
        {
            void M()
            {
                var cause = (HangupCause){|#0:3015|};
                var other = (HangupCause?){|#1:12345|};
            }
        }
        """,
        Unknown(0, "3015", InCallRejections),
        Unknown(1, "12345"));

    [Fact]
    public Task Every_context_of_HG0001_reports_unknown_codes_too() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;

        class C
        {
            private const int RetryHangupCode = {|#0:3015|};

            int DefaultHangupCode => {|#1:3015|};

            void Handle(int hangupCode) { }

            void M(int hangupCode, string hangupCauseCode, Dictionary<string, string> form)
            {
                switch (hangupCode)
                {
                    case {|#2:3015|}:
                        break;
                }

                _ = hangupCode switch { {|#3:3015|} => 1, _ => 0 };
                _ = hangupCode.Equals({|#4:3015|});
                hangupCode = {|#5:3015|};
                Handle({|#6:3015|});
                _ = hangupCauseCode == {|#7:"3015"|};
                _ = form["HangupCauseCode"] == {|#8:"3015"|};
                int[] retryHangupCodes = { {|#10:3010|}, {|#9:3015|} };
            }
        }
        """,
        Unknown(0, "3015", InCallRejections),
        Unknown(1, "3015", InCallRejections),
        Unknown(2, "3015", InCallRejections),
        Unknown(3, "3015", InCallRejections),
        Unknown(4, "3015", InCallRejections),
        Unknown(5, "3015", InCallRejections),
        Unknown(6, "3015", InCallRejections),
        Unknown(7, "\"3015\"", InCallRejections),
        Unknown(8, "\"3015\"", InCallRejections),
        Unknown(9, "3015", InCallRejections),
        Verify.Diagnostic("HG0001").WithLocation(10).WithArguments("3010", "BusyLine", "Busy Line"));

    [Fact]
    public Task Relational_bounds_between_codes_are_not_unknown_codes() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            void M(int hangupCode)
            {
                _ = hangupCode >= 3001 && hangupCode <= 3049;
                _ = hangupCode is > 3015 and < 3099;
                _ = hangupCode switch { < 3015 => 1, _ => 0 };
            }
        }
        """);

    [Fact]
    public Task Unrelated_numbers_next_to_unrelated_names_are_not_unknown_codes() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            void M(int port, int statusCode, int hangupCauseCount)
            {
                _ = port == 3015;
                _ = statusCode == 404;
                _ = hangupCauseCount == 7;
                int hangupCode = 0;
            }
        }
        """);

    [Fact]
    public Task A_custom_table_decides_what_is_known_and_which_category_a_gap_is_in()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|#0:3015|} || hangupCode == {|#1:3060|} || hangupCode == {|#2:3020|};
                }
                """,
            ExpectedDiagnostics =
            {
                Unknown(0, "3015", " (it falls in the range 3000-3099 of CarrierIssues, which documents BusyLine (3010), CarrierTimeout (3060))"),
                Verify.Diagnostic("HG0001").WithLocation(1).WithArguments("3060", "CarrierTimeout", "Carrier Timeout"),
                Unknown(2, "3020", " (it falls in the range 3000-3099 of CarrierIssues, which documents BusyLine (3010), CarrierTimeout (3060))"),
            },
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", CustomTables.CarrierTimeout));
        return test.RunAsync();
    }

    [Fact]
    public Task A_custom_namespace_is_followed()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Contoso.Telephony;

                class C
                {
                    HangupCause M() => (HangupCause){|#0:3015|};
                }
                """,
            ExpectedDiagnostics =
            {
                Unknown(0, "3015", " (it falls in the range 3000-3099 of CarrierIssues, which documents BusyLine (3010), CarrierTimeout (3060))"),
            },
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", CustomTables.CarrierTimeout));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", CustomTables.ContosoNamespace));
        return test.RunAsync();
    }

    [Fact]
    public Task Each_rule_is_configured_on_its_own_in_editorconfig()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == 3015 || hangupCode == {|#0:3010|};
                }
                """,
            ExpectedDiagnostics = { Verify.Diagnostic("HG0001").WithLocation(0).WithArguments("3010", "BusyLine", "Busy Line") },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.HG0002.severity = none
            """));
        return test.RunAsync();
    }
}

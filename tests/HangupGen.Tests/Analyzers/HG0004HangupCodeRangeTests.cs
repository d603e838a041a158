using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.HangupCodeRangeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>HG0004: relational ranges over hangup codes, compared with the categories of the table.</summary>
public sealed class HG0004HangupCodeRangeTests
{
    private const string CallRejectionsExactly = "The range 3000-3050 over hangup codes holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead";

    private static DiagnosticResult Range(int location, string message) => Verify.Diagnostic("HG0004").WithLocation(location).WithMessage(message);

    [Fact]
    public Task A_range_that_is_exactly_one_category_says_so_and_points_to_the_category() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool IsRejection() => {|#0:HangupCauseCode >= 3000 && HangupCauseCode <= 3050|};
        }
        """,
        Range(0, CallRejectionsExactly));

    [Fact]
    public Task Bounds_are_read_in_either_order_on_either_side_and_strict_or_not() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => {|#0:3000 <= hangupCode && hangupCode < 3051|};

            bool B(int hangupCode) => {|#1:hangupCode <= 3050 && hangupCode >= 3000|};

            bool C(int hangupCode) => {|#2:hangupCode > 2999 && 3051 > hangupCode|};

            bool D(int hangupCode) => {|#3:(hangupCode >= 3000) && (hangupCode <= 3050)|};
        }
        """,
        Range(0, CallRejectionsExactly),
        Range(1, CallRejectionsExactly),
        Range(2, CallRejectionsExactly),
        Range(3, CallRejectionsExactly));

    [Fact]
    public Task A_range_wider_than_the_category_but_with_only_its_documented_codes_is_the_category() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool IsRejection(int hangupCode) => {|#0:hangupCode >= 2999 && hangupCode < 3070|};
        }
        """,
        Range(0, "The range 2999-3069 over hangup codes holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead"));

    [Fact]
    public Task A_range_over_whole_categories_names_them() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool IsFailure(int hangupCode) => {|#0:hangupCode >= 3000 && hangupCode < 4000|};

            bool IsEarly(int hangupCode) => {|#1:hangupCode >= 0 && hangupCode <= 2070|};
        }
        """,
        Range(0, "The range 3000-3999 over hangup codes lumps together CallRejections and CarrierErrors: test each category instead"),
        Range(1, "The range 0-2070 over hangup codes lumps together Unknown, CanceledCalls and DestinationIssues: test each category instead"));

    [Fact]
    public Task A_range_that_splits_a_category_says_which_codes_are_in_and_which_are_out() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool IsRejection(int hangupCode) => {|#0:hangupCode >= 3000 && hangupCode <= 3020|};

            bool IsAnswerUrlError(int hangupCode) => hangupCode is {|#1:>= 7011 and <= 7011|};
        }
        """,
        Range(0, "The range 3000-3020 over hangup codes splits CallRejections: it holds 3 of its 6 codes (NoAnswer, BusyLine, Rejected) and leaves out UnknownCallerId, Forbidden, UnallocatedNumber"),
        Range(1, "The range 7011-7011 over hangup codes splits UrlErrors: it holds 1 of its 10 codes (ErrorReachingAnswerUrl) and leaves out ErrorReachingActionUrl, ErrorReachingTransferUrl, ErrorReachingRedirectUrl, InvalidActionUrl, InvalidTransferUrl, InvalidRedirectUrl, InvalidMethodForActionUrl, InvalidMethodForTransferUrl, InvalidMethodForRedirectUrl"));

    [Fact]
    public Task A_range_that_straddles_categories_says_what_of_each_is_in_and_out() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => {|#0:hangupCode >= 3040 && hangupCode <= 3080|};

            bool B(int hangupCode) => {|#1:hangupCode > 0 && hangupCode <= 3010|};
        }
        """,
        Range(0, "The range 3040-3080 over hangup codes straddles CallRejections and CarrierErrors: it holds 2 of the 6 codes of CallRejections (Forbidden, UnallocatedNumber; leaves out NoAnswer, BusyLine, Rejected, UnknownCallerId) and 2 of the 8 codes of CarrierErrors (RequestTimeout, InternalServerErrorFromCarrier; leaves out NetworkCongestionFromCarrier, BusyEverywhere, Declined, UserDoesNotExistAnywhere, SpamBlock, DnoCallerId)"),
        Range(1, "The range 1-3010 over hangup codes straddles CanceledCalls, DestinationIssues and CallRejections: it holds all of CanceledCalls (3 codes), all of DestinationIssues (8 codes) and 2 of the 6 codes of CallRejections (NoAnswer, BusyLine; leaves out Rejected, UnknownCallerId, Forbidden, UnallocatedNumber)"));

    [Fact]
    public Task A_whole_one_code_category_in_a_straddling_range_is_counted_in_the_singular() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => {|#0:hangupCode >= 0 && hangupCode <= 1000|};
        }
        """,
        Range(0, "The range 0-1000 over hangup codes straddles Unknown and CanceledCalls: it holds all of Unknown (1 code) and 1 of the 3 codes of CanceledCalls (Canceled; leaves out CanceledOutOfCredits, CanceledSimultaneousDialLimitReached)"));

    [Fact]
    public Task A_range_with_no_documented_code_says_so_and_where_it_lies() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => {|#0:hangupCode > 3000 && hangupCode < 3010|};

            bool B(int hangupCode) => {|#1:hangupCode > 3050 && hangupCode < 3070|};

            bool C(int hangupCode) => {|#2:hangupCode >= 10000 && hangupCode < 20000|};
        }
        """,
        Range(0, "The range 3001-3009 over hangup codes holds no documented hangup code (it lies within CallRejections, 3000-3050)"),
        Range(1, "The range 3051-3069 over hangup codes holds no documented hangup code"),
        Range(2, "The range 10000-19999 over hangup codes holds no documented hangup code"));

    [Fact]
    public Task The_last_two_conjuncts_of_a_longer_chain_are_the_range() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public int HangupCauseCode { get; set; }

            static bool IsRejection(Callback? callback, bool answered)
                => callback != null && !answered && {|#0:callback.HangupCauseCode >= 3000 && callback.HangupCauseCode <= 3050|} && callback.HangupCauseCode != 3010;
        }
        """,
        Range(0, CallRejectionsExactly));

    [Fact]
    public Task Hangup_codes_are_recognized_by_type_name_key_and_json_name() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            int hangup_cause_code;

            bool A(HangupCause cause) => {|#0:cause >= HangupCause.NoAnswer && cause <= HangupCause.UnallocatedNumber|};

            bool B(HangupCause cause) => {|#1:(int)cause >= 3000 && (int)cause <= 3050|};

            bool C(HangupCause? cause, int? hangupCode) => {|#2:cause >= HangupCause.NoAnswer && cause <= HangupCause.UnallocatedNumber|} || {|#6:hangupCode >= 3000 && hangupCode <= 3050|};

            bool D(Dictionary<string, int> form) => {|#3:form["HangupCauseCode"] >= 3000 && form["HangupCauseCode"] <= 3050|};

            bool E() => {|#4:hangup_cause_code >= 3000 && hangup_cause_code <= 3050|};

            bool F(int[] hangupCodes, int i) => {|#5:hangupCodes[i] >= 3000 && hangupCodes[i] <= 3050|};
        }
        """,
        Range(0, CallRejectionsExactly),
        Range(1, CallRejectionsExactly),
        Range(2, CallRejectionsExactly),
        Range(3, CallRejectionsExactly),
        Range(4, CallRejectionsExactly),
        Range(5, CallRejectionsExactly),
        Range(6, CallRejectionsExactly));

    [Fact]
    public Task Ranges_in_patterns_switch_arms_case_labels_and_property_patterns_are_found() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A(int hangupCode) => hangupCode is {|#0:>= 3000 and <= 3050|};

            bool B(int hangupCode) => hangupCode is not ({|#1:>= 3000 and <= 3050|});

            bool C(HangupCause cause) => cause is {|#2:>= HangupCause.NoAnswer and <= HangupCause.UnallocatedNumber|};

            string D(int hangupCode) => hangupCode switch
            {
                {|#3:>= 7011 and <= 7014|} => "url",
                _ => "other",
            };

            string E(int hangupCode)
            {
                switch (hangupCode)
                {
                    case {|#4:>= 3000 and <= 3050|}:
                        return "rejected";
                    default:
                        return "other";
                }
            }

            bool F(Callback callback) => callback is { HangupCauseCode: {|#5:>= 3000 and <= 3050|} };

            bool G(int hangupCode) => hangupCode is ({|#6:>= 3000 and <= 3050|}) or ({|#7:>= 3070 and <= 3140|});

            bool H(int hangupCode) => hangupCode is not 3010 and {|#8:>= 3000 and <= 3050|};
        }
        """,
        Range(0, CallRejectionsExactly),
        Range(1, CallRejectionsExactly),
        Range(2, CallRejectionsExactly),
        Range(3, "The range 7011-7014 over hangup codes splits UrlErrors: it holds 4 of its 10 codes (ErrorReachingAnswerUrl, ErrorReachingActionUrl, ErrorReachingTransferUrl, ErrorReachingRedirectUrl) and leaves out InvalidActionUrl, InvalidTransferUrl, InvalidRedirectUrl, InvalidMethodForActionUrl, InvalidMethodForTransferUrl, InvalidMethodForRedirectUrl"),
        Range(4, CallRejectionsExactly),
        Range(5, CallRejectionsExactly),
        Range(6, CallRejectionsExactly),
        Range(7, "The range 3070-3140 over hangup codes holds exactly the codes of CarrierErrors: test HangupCategory.CarrierErrors instead"),
        Range(8, CallRejectionsExactly));

    [Fact]
    public Task Ranges_inside_lambdas_and_expression_trees_are_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;

        class Call
        {
            public int HangupCauseCode { get; set; }
        }

        class Report
        {
            IEnumerable<Call> Rejected(IEnumerable<Call> calls) => calls.Where(c => {|#0:c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|});

            Expression<Func<Call, bool>> Query() => c => {|#1:c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|};
        }
        """,
        Range(0, CallRejectionsExactly),
        Range(1, CallRejectionsExactly));

    [Fact]
    public Task Ranges_over_values_that_are_not_hangup_codes_stay_silent() => Verify.VerifyAnalyzerAsync("""
        class Server
        {
            const int MaxRetries = 3000;

            bool IsRedirect(int status) => status >= 3000 && status < 4000;

            bool IsDevPort(int port) => port >= 3000 && port <= 3050;

            bool IsSlow(int timeoutMs) => timeoutMs > 3000 && timeoutMs < 4000;

            bool IsMidSize(int bufferSize) => bufferSize is >= 4096 and <= 8192;

            bool Retry(int retries) => retries >= 0 && retries < MaxRetries;

            string Kind(int status) => status switch
            {
                >= 3000 and <= 3050 => "a",
                _ => "b",
            };
        }
        """);

    [Fact]
    public Task One_sided_comparisons_and_ranges_that_are_not_one_range_stay_silent() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => hangupCode >= 3000;

            bool B(int hangupCode) => hangupCode is >= 3000;

            bool C(int hangupCode, int otherHangupCode) => hangupCode >= 3000 && otherHangupCode <= 3050;

            bool D(int hangupCode) => hangupCode >= 3000 && hangupCode > 3010;

            bool E(int hangupCode) => hangupCode > 4000 && hangupCode < 3000;

            bool F(int hangupCode) => hangupCode < 3000 || hangupCode > 3050;

            bool G(int hangupCode) => hangupCode is >= 3000 or <= 3050;

            bool H(double hangupCode) => hangupCode >= 3000.5 && hangupCode <= 3050.5;

            int ReadHangupCode() => 3010;

            bool I() => ReadHangupCode() >= 3000 && ReadHangupCode() <= 3050;
        }
        """);

    [Fact]
    public Task Rules_stay_silent_without_the_generated_types()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool IsRejection(int hangupCode) => hangupCode >= 3000 && hangupCode <= 3050;
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_make_the_rule_throw()
    {
        // Names still say "hangup code" where types are missing or a switch is cut short.
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(int hangupCode) => hangupCode >= && hangupCode <= 3050;

                    bool B(Missing hangupCode) => {|#0:hangupCode >= 3000 && hangupCode <= 3050|};

                    bool C(int hangupCode) => hangupCode is >= 3000 and <= )

                    string D(int hangupCode) => hangupCode switch { {|#1:>= 3000 and <= 3050|} => "a"
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
            ExpectedDiagnostics = { Range(0, CallRejectionsExactly), Range(1, CallRejectionsExactly) },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task The_rule_follows_a_custom_table_and_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Contoso.Telephony;

                class Callback
                {
                    bool A(int hangupCode) => {|#0:hangupCode >= 3000 && hangupCode <= 3100|};

                    bool B(int hangupCode) => {|#1:hangupCode >= 3000 && hangupCode < 4000|};

                    bool C(HangupCause cause) => cause is {|#2:>= HangupCause.BusyLine and <= HangupCause.DoNotOriginate|};
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        test.ExpectedDiagnostics.Add(Range(0, "The range 3000-3100 over hangup codes holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead"));
        test.ExpectedDiagnostics.Add(Range(1, "The range 3000-3999 over hangup codes lumps together CallRejections and CarrierErrors: test each category instead"));
        test.ExpectedDiagnostics.Add(Range(2, "The range 3010-3140 over hangup codes lumps together CallRejections and CarrierErrors: test each category instead"));
        return test.RunAsync();
    }
}

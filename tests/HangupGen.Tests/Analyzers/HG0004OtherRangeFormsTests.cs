using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.HangupCodeRangeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0004: ranges written other than as two bounds — integer division, a prefix of the code's
/// text, <c>Enumerable.Range(…).Contains</c> — get the same verdicts as relational ranges.
/// </summary>
public sealed class HG0004OtherRangeFormsTests
{
    private const string CallRejectionsExactly = "The range 3000-3050 over hangup codes holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead";
    private const string NormalCompletionsExactly = "The range 4000-4999 over hangup codes holds exactly the codes of NormalCompletions: test HangupCategory.NormalCompletions instead";
    private const string ThousandsOfThree = "The range 3000-3999 over hangup codes lumps together CallRejections and CarrierErrors: test each category instead";
    private const string HundredsOfThirty = "The range 3000-3099 over hangup codes straddles CallRejections and CarrierErrors: it holds all of CallRejections (6 codes) and 3 of the 8 codes of CarrierErrors (RequestTimeout, InternalServerErrorFromCarrier, NetworkCongestionFromCarrier; leaves out BusyEverywhere, Declined, UserDoesNotExistAnywhere, SpamBlock, DnoCallerId)";
    private const string TensOf701 = "The range 7010-7019 over hangup codes splits UrlErrors: it holds 4 of its 10 codes (ErrorReachingAnswerUrl, ErrorReachingActionUrl, ErrorReachingTransferUrl, ErrorReachingRedirectUrl) and leaves out InvalidActionUrl, InvalidTransferUrl, InvalidRedirectUrl, InvalidMethodForActionUrl, InvalidMethodForTransferUrl, InvalidMethodForRedirectUrl";

    /// <summary>The diagnostic at markup location <paramref name="location"/>; the code it tests (the additional location the fix reads) is checked on its own below.</summary>
    private static DiagnosticResult Range(int location, string message)
        => Verify.Diagnostic("HG0004").WithLocation(location).WithMessage(message).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public Task A_fixable_form_points_at_the_code_it_tests_and_a_fix_less_one_does_not() => Verify.VerifyAnalyzerAsync("""
        using System.Linq;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A(Callback callback) => {|#0:{|#1:callback.HangupCauseCode|} / 1000 == 4|};

            bool B(int hangupCode) => {|#2:{|#3:hangupCode|}.ToString().StartsWith("4")|};

            bool C(int hangupCode) => {|#4:Enumerable.Range(3000, 51).Contains({|#5:hangupCode|})|};

            bool D(int hangupCode) => {|#6:{|#7:hangupCode|} / 1000 is not 3|};

            bool E(int hangupCode) => {|#8:hangupCode / 10 == 701|};

            bool F(string hangupCauseCode) => {|#9:hangupCauseCode.StartsWith("4")|};
        }
        """,
        Verify.Diagnostic("HG0004").WithLocation(0).WithLocation(1).WithMessage(NormalCompletionsExactly),
        Verify.Diagnostic("HG0004").WithLocation(2).WithLocation(3).WithMessage(NormalCompletionsExactly),
        Verify.Diagnostic("HG0004").WithLocation(4).WithLocation(5).WithMessage(CallRejectionsExactly),
        Verify.Diagnostic("HG0004").WithLocation(6).WithLocation(7).WithMessage(ThousandsOfThree),
        Verify.Diagnostic("HG0004").WithLocation(8).WithMessage(TensOf701),
        Verify.Diagnostic("HG0004").WithLocation(9).WithMessage(NormalCompletionsExactly));

    [Fact]
    public Task Integer_division_compared_with_a_quotient_is_the_range_of_that_quotient() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A() => {|#0:HangupCauseCode / 1000 == 4|};

            bool B(int hangupCode) => {|#1:hangupCode / 1000 == 3|};

            bool C(int hangupCode) => {|#2:3 == hangupCode / 1000|};

            bool D(int hangupCode) => {|#3:hangupCode / 100 is 30|};

            bool E(int hangupCode) => {|#4:hangupCode / 10 == 701|};

            bool F(HangupCause cause) => {|#5:(int)cause / 1000 == 6|};

            bool G(short hangupCode) => {|#6:hangupCode / 1000 == 1|};

            bool H(int? hangupCode) => {|#7:hangupCode / 1000 == 4|};

            bool I(int hangupCode) => {|#8:hangupCode / 1000 == 10|};

            bool J(long hangupCode) => {|#9:hangupCode / 1000L == 4|};
        }
        """,
        Range(0, NormalCompletionsExactly),
        Range(1, ThousandsOfThree),
        Range(2, ThousandsOfThree),
        Range(3, HundredsOfThirty),
        Range(4, TensOf701),
        Range(5, "The range 6000-6999 over hangup codes holds exactly the codes of Timeouts: test HangupCategory.Timeouts instead"),
        Range(6, "The range 1000-1999 over hangup codes holds exactly the codes of CanceledCalls: test HangupCategory.CanceledCalls instead"),
        Range(7, NormalCompletionsExactly),
        Range(8, "The range 10000-10999 over hangup codes holds no documented hangup code"),
        Range(9, NormalCompletionsExactly));

    [Fact]
    public Task A_negated_quotient_is_reported_with_the_range_it_leaves_out() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(int hangupCode) => {|#0:hangupCode / 1000 != 3|};

            bool B(int hangupCode) => {|#1:hangupCode / 10 is not 701|};

            bool C(int hangupCode) => !({|#2:hangupCode / 1000 == 4|});
        }
        """,
        Range(0, ThousandsOfThree),
        Range(1, TensOf701),
        Range(2, NormalCompletionsExactly));

    [Fact]
    public Task Quotients_in_switch_arms_case_labels_and_or_patterns_are_reported_where_they_stand() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            string A(int hangupCode) => (hangupCode / 1000) switch
            {
                {|#0:3|} => "failed",
                {|#1:4|} => "normal",
                _ => "other",
            };

            string B(int hangupCode)
            {
                switch (hangupCode / 1000)
                {
                    case {|#2:3|}:
                        return "failed";
                    case {|#3:7|}:
                        return "url";
                    default:
                        return "other";
                }
            }

            bool C(int hangupCode) => hangupCode / 1000 is {|#4:3|} or {|#5:4|};
        }
        """,
        Range(0, ThousandsOfThree),
        Range(1, NormalCompletionsExactly),
        Range(2, ThousandsOfThree),
        Range(3, "The range 7000-7999 over hangup codes holds exactly the codes of UrlErrors: test HangupCategory.UrlErrors instead"),
        Range(4, ThousandsOfThree),
        Range(5, NormalCompletionsExactly));

    [Fact]
    public Task A_prefix_of_a_four_digit_code_is_the_range_of_codes_that_start_with_it() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Globalization;

        class Callback
        {
            public string HangupCauseCode { get; set; } = "";

            bool A() => {|#0:HangupCauseCode.StartsWith("4")|};

            bool B(int hangupCode) => {|#1:hangupCode.ToString().StartsWith("3")|};

            bool C(string hangupCauseCode) => {|#2:hangupCauseCode.StartsWith("30", StringComparison.Ordinal)|};

            bool D(string hangupCauseCode) => {|#3:hangupCauseCode.StartsWith("701")|};

            bool E(string hangupCauseCode) => {|#4:hangupCauseCode[0] == '3'|};

            bool F(string hangupCauseCode) => {|#5:'4' != hangupCauseCode[0]|};

            bool G(int hangupCode) => {|#6:hangupCode.ToString(CultureInfo.InvariantCulture).StartsWith('1')|};

            bool H(IDictionary<string, string> form) => {|#7:form["HangupCauseCode"].StartsWith("4")|};

            bool I(string hangupCauseCode) => {|#8:hangupCauseCode.Trim().StartsWith("30")|};

            bool J(int hangupCode) => {|#9:Convert.ToString(hangupCode).StartsWith("4")|};

            bool K(int hangupCode) => !{|#10:hangupCode.ToString().StartsWith("3")|};

            bool L(int hangupCode) => {|#11:hangupCode.ToString()[0] == '3'|};
        }
        """,
        Range(0, NormalCompletionsExactly),
        Range(1, ThousandsOfThree),
        Range(2, HundredsOfThirty),
        Range(3, TensOf701),
        Range(4, ThousandsOfThree),
        Range(5, NormalCompletionsExactly),
        Range(6, "The range 1000-1999 over hangup codes holds exactly the codes of CanceledCalls: test HangupCategory.CanceledCalls instead"),
        Range(7, NormalCompletionsExactly),
        Range(8, HundredsOfThirty),
        Range(9, NormalCompletionsExactly),
        Range(10, ThousandsOfThree),
        Range(11, ThousandsOfThree));

    [Fact]
    public Task Enumerable_Range_Contains_is_the_range_from_start_to_start_plus_count_minus_one() => Verify.VerifyAnalyzerAsync("""
        using System.Linq;
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode) => {|#0:Enumerable.Range(3000, 51).Contains(hangupCode)|};

            bool B(int hangupCode) => {|#1:Enumerable.Range(3000, 21).Contains(hangupCode)|};

            bool C(int hangupCode) => {|#2:Enumerable.Range(3040, 41).Contains(hangupCode)|};

            bool D(HangupCause cause) => {|#3:Enumerable.Range(3000, 1000).Contains((int)cause)|};

            bool E(int hangupCode) => {|#4:Enumerable.Contains(Enumerable.Range(3000, 51), hangupCode)|};
        }
        """,
        Range(0, CallRejectionsExactly),
        Range(1, "The range 3000-3020 over hangup codes splits CallRejections: it holds 3 of its 6 codes (NoAnswer, BusyLine, Rejected) and leaves out UnknownCallerId, Forbidden, UnallocatedNumber"),
        Range(2, "The range 3040-3080 over hangup codes straddles CallRejections and CarrierErrors: it holds 2 of the 6 codes of CallRejections (Forbidden, UnallocatedNumber; leaves out NoAnswer, BusyLine, Rejected, UnknownCallerId) and 2 of the 8 codes of CarrierErrors (RequestTimeout, InternalServerErrorFromCarrier; leaves out NetworkCongestionFromCarrier, BusyEverywhere, Declined, UserDoesNotExistAnywhere, SpamBlock, DnoCallerId)"),
        Range(3, ThousandsOfThree),
        Range(4, CallRejectionsExactly));

    [Fact]
    public Task Quotients_prefixes_and_sequences_of_values_that_are_not_hangup_codes_stay_silent() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Linq;
        using HangupGen;

        class Traps
        {
            bool DurationInSeconds(int durationMs) => durationMs / 1000 == 3;

            bool ElapsedSeconds(long elapsedMilliseconds) => elapsedMilliseconds / 1000 is 3;

            bool HangupDelay(int hangupDelayMs) => hangupDelayMs / 1000 == 3;

            bool Minutes(int seconds) => (seconds / 60) switch { 3 => true, _ => false };

            bool Thousands(int count)
            {
                switch (count / 1000)
                {
                    case 3:
                        return true;
                    default:
                        return false;
                }
            }

            bool UsNumber(string from) => from.StartsWith("3");

            bool CallerIdDigit(string callerId) => callerId[0] == '3';

            bool Country(string to) => to.StartsWith("30");

            bool Uuid(string callUuid) => callUuid.StartsWith("30");

            bool Port(int port) => Enumerable.Range(3000, 51).Contains(port);

            bool Status(int status) => status.ToString().StartsWith("3");

            bool Century(int year) => year.ToString()[0] == '2';

            bool Seconds(int durationSeconds) => durationSeconds.ToString().StartsWith("3");
        }
        """);

    [Fact]
    public Task Forms_that_read_a_hangup_code_but_are_no_range_stay_silent() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Linq;
        using HangupGen;

        class Traps
        {
            bool ByVariable(int hangupCode, int divisor) => hangupCode / divisor == 3;

            bool Floating(int hangupCode) => hangupCode / 1000.0 == 3;

            bool FloatingCast(int hangupCode) => (double)hangupCode / 1000 == 3;

            bool MoreArithmetic(int hangupCode) => hangupCode / 1000 + 1 == 4;

            bool Remainder(int hangupCode) => hangupCode % 1000 == 10;

            bool InACall(int hangupCode) => Math.Abs(hangupCode / 1000) == 3;

            int Quotient(int hangupCode) => hangupCode / 1000;

            bool ZeroQuotient(int hangupCode) => hangupCode / 1000 == 0;

            bool ByOne(int hangupCode) => hangupCode / 1 == 3;

            bool NotConstant(int hangupCode, int total) => hangupCode / 1000 == total;

            bool EnumName(HangupCause cause) => cause.ToString().StartsWith("3");

            bool EnumNameConverted(HangupCause cause) => Convert.ToString(cause).StartsWith("3");

            bool EnumInterpolated(HangupCause cause) => $"{cause}".StartsWith("3");

            bool CauseName(string hangupCauseName) => hangupCauseName.StartsWith("3");

            bool Formatted(int hangupCode) => hangupCode.ToString("D5").StartsWith("3");

            bool Zero(string hangupCauseCode) => hangupCauseCode.StartsWith("0");

            bool WholeCode(string hangupCauseCode) => hangupCauseCode.StartsWith("3010");

            bool Longer(string hangupCauseCode) => hangupCauseCode.StartsWith("30100");

            bool NotDigits(string hangupCauseCode) => hangupCauseCode.StartsWith("3a");

            bool Empty(string hangupCauseCode) => hangupCauseCode.StartsWith("");

            bool SecondDigit(string hangupCauseCode) => hangupCauseCode[1] == '0';

            bool Suffix(string hangupCauseCode) => hangupCauseCode.EndsWith("3");

            bool TrimmedDigits(string hangupCauseCode) => hangupCauseCode.TrimStart('3').StartsWith("1");

            bool Prefix(string hangupCauseCode, string prefix) => hangupCauseCode.StartsWith(prefix);

            bool EmptySequence(int hangupCode) => Enumerable.Range(3000, 0).Contains(hangupCode);

            bool CountNotConstant(int hangupCode, int count) => Enumerable.Range(3000, count).Contains(hangupCode);

            bool OtherSequence(int[] retryCodes, int hangupCode) => retryCodes.Contains(hangupCode);

            bool CountOfCodes(int hangupCodeCount) => hangupCodeCount / 1000 == 3;
        }
        """);

    [Fact]
    public Task A_prefix_follows_the_length_of_a_custom_table_s_codes()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string hangupCauseCode) => {|#0:hangupCauseCode.StartsWith("3")|};

                    bool B(string hangupCauseCode) => {|#1:hangupCauseCode.StartsWith("31")|};
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.ExpectedDiagnostics.Add(Range(0, "The range 3000-3999 over hangup codes lumps together CallRejections and CarrierErrors: test each category instead"));
        test.ExpectedDiagnostics.Add(Range(1, "The range 3100-3199 over hangup codes holds exactly the codes of CarrierErrors: test HangupCategory.CarrierErrors instead"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_prefix_over_codes_of_different_lengths_is_no_range_and_stays_silent()
    {
        // "3" would be 310 and 3010 alike: no one range. A quotient still is one.
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string hangupCauseCode) => hangupCauseCode.StartsWith("3");

                    bool B(int hangupCode) => hangupCode.ToString()[0] == '3';

                    bool C(int hangupCode) => {|#0:hangupCode / 1000 == 3|};
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", MixedLengths));
        test.ExpectedDiagnostics.Add(Range(0, "The range 3000-3999 over hangup codes holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead"));
        return test.RunAsync();
    }

    private const string MixedLengths = """
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs,,Unknown,Outbound and Inbound,Any
        310,Short Busy,,,Short Codes,100-999,A short code,Retry later,,Plivo,Outbound,Any
        3010,Busy Line,,,Call Rejections,3000-3050,Destination is busy,Retry later,,Plivo,Outbound,Any
        """;
}

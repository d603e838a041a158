using System.Threading.Tasks;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.HangupCodeRangeAnalyzer, HangupGen.CodeFixes.UseHangupCategoryTestFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>HG0004's fix on ranges written as a quotient, a prefix of the code's text or <c>Enumerable.Range</c>: the same category test.</summary>
public sealed class HG0004OtherRangeFormsFixTests
{
    [Fact]
    public Task A_quotient_of_whole_categories_becomes_the_category_test_and_a_negated_one_its_negation() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A() => [|HangupCauseCode / 1000 == 4|];

            bool B(int hangupCode) => [|hangupCode / 1000 == 3|];

            bool C(int hangupCode, bool answered) => answered && [|3 == hangupCode / 1000|];

            bool D(int hangupCode) => [|hangupCode / 1000 != 6|];

            bool E(int hangupCode) => [|hangupCode / 1000 is 4|];

            bool F(int hangupCode) => [|hangupCode / 1000 is not 3|];

            bool G(HangupCause cause) => [|(int)cause / 1000 == 6|];

            bool H(Callback callback) => [|callback.HangupCauseCode / 100 == 40|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A() => HangupCauses.IsInCategory(HangupCauseCode, HangupCategory.NormalCompletions);

            bool B(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

            bool C(int hangupCode, bool answered) => answered && (HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors));

            bool D(int hangupCode) => !HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts);

            bool E(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.NormalCompletions);

            bool F(int hangupCode) => !HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) && !HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

            bool G(HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.Timeouts);

            bool H(Callback callback) => HangupCauses.IsInCategory(callback.HangupCauseCode, HangupCategory.NormalCompletions);
        }
        """);

    [Fact]
    public Task A_prefix_of_a_number_s_text_tests_the_number() => Verify.VerifyCodeFixAsync("""
        using System;
        using System.Globalization;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A(int hangupCode) => [|hangupCode.ToString().StartsWith("4")|];

            bool B(Callback callback) => [|callback.HangupCauseCode.ToString(CultureInfo.InvariantCulture)[0] == '7'|];

            bool C(int hangupCode) => ![|hangupCode.ToString().StartsWith("3", StringComparison.Ordinal)|];

            bool D(int hangupCode) => [|hangupCode.ToString()[0] != '1'|];

            bool E(int hangupCode) => [|Convert.ToString(hangupCode).StartsWith('6')|];

            bool F(int hangupCode) => [|hangupCode.ToString().StartsWith("70")|];
        }
        """, """
        using System;
        using System.Globalization;
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool A(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.NormalCompletions);

            bool B(Callback callback) => HangupCauses.IsInCategory(callback.HangupCauseCode, HangupCategory.UrlErrors);

            bool C(int hangupCode) => !(HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors));

            bool D(int hangupCode) => !HangupCauses.IsInCategory(hangupCode, HangupCategory.CanceledCalls);

            bool E(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts);

            bool F(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.UrlErrors);
        }
        """);

    [Fact]
    public Task Enumerable_Range_Contains_becomes_the_category_test() => Verify.VerifyCodeFixAsync("""
        using System.Linq;
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode) => [|Enumerable.Range(3000, 51).Contains(hangupCode)|];

            bool B(int hangupCode) => [|Enumerable.Range(3000, 141).Contains(hangupCode)|];

            bool C(HangupCause cause) => [|Enumerable.Range(6000, 21).Contains((int)cause)|];

            bool D(short hangupCode) => [|Enumerable.Contains(Enumerable.Range(8000, 100), hangupCode)|];
        }
        """, """
        using System.Linq;
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);

            bool B(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

            bool C(HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.Timeouts);

            bool D(short hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.XmlErrors);
        }
        """);

    [Fact]
    public Task No_fix_where_the_category_test_would_change_the_codes_or_cannot_be_written()
    {
        const string Source = """
            using System;
            using System.Linq;
            using System.Linq.Expressions;

            class Call
            {
                public int HangupCauseCode { get; set; }

                public string Code { get; set; } = "";
            }

            class Callback
            {
                bool Split(int hangupCode) => [|hangupCode / 10 == 701|];

                bool Straddle(int hangupCode) => [|hangupCode.ToString().StartsWith("30")|];

                bool SplitSequence(int hangupCode) => [|Enumerable.Range(3000, 21).Contains(hangupCode)|];

                bool Empty(int hangupCode) => [|hangupCode / 1000 == 10|];

                bool Text(string hangupCauseCode) => [|hangupCauseCode.StartsWith("4")|];

                bool FirstCharacter(string hangupCauseCode) => [|hangupCauseCode[0] == '4'|];

                bool Long(long hangupCode) => [|hangupCode / 1000 == 4|];

                bool Nullable(int? hangupCode) => [|hangupCode / 1000 == 4|];

                bool NullableText(int? hangupCode) => [|hangupCode.ToString().StartsWith("4")|];

                bool ConditionalAccess(Call? call) => call?[|.HangupCauseCode.ToString().StartsWith("4")|] == true;

                string Arm(int hangupCode) => (hangupCode / 1000) switch
                {
                    [|4|] => "normal",
                    _ => "other",
                };

                string Label(int hangupCode)
                {
                    switch (hangupCode / 1000)
                    {
                        case [|4|]:
                            return "normal";
                        default:
                            return "other";
                    }
                }

                bool PartOfPattern(int hangupCode) => hangupCode / 1000 is [|4|] or [|6|];

                Expression<Func<Call, bool>> Query() => c => [|c.HangupCauseCode / 1000 == 4|];

                Expression<Func<Call, bool>> QueryPrefix() => c => [|c.HangupCauseCode.ToString().StartsWith("4")|];
            }
            """;
        return Verify.VerifyCodeFixAsync(Source, Source);
    }

    [Fact]
    public Task Fix_all_rewrites_every_fixable_form_and_adds_the_using_once()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Linq;

                namespace Calls
                {
                    class Callback
                    {
                        public int HangupCauseCode { get; set; }

                        bool A() => [|HangupCauseCode / 1000 == 4|];

                        bool B(int hangupCode) => [|hangupCode.ToString().StartsWith("6")|] || [|hangupCode / 1000 != 3|];

                        bool C(int hangupCode) => [|Enumerable.Range(3000, 51).Contains(hangupCode)|] && [|hangupCode >= 3000 && hangupCode <= 3050|];

                        bool D(int hangupCode) => hangupCode is [|>= 7011 and <= 7034|] || [|hangupCode.ToString()[0] == '8'|];

                        bool E(int hangupCode) => [|hangupCode / 10 == 701|];
                    }
                }
                """,
            FixedCode = """
                using System.Linq;
                using HangupGen;

                namespace Calls
                {
                    class Callback
                    {
                        public int HangupCauseCode { get; set; }

                        bool A() => HangupCauses.IsInCategory(HangupCauseCode, HangupCategory.NormalCompletions);

                        bool B(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts) || !HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) && !HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

                        bool C(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) && HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);

                        bool D(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.UrlErrors) || HangupCauses.IsInCategory(hangupCode, HangupCategory.XmlErrors);

                        bool E(int hangupCode) => {|#0:hangupCode / 10 == 701|};
                    }
                }
                """,
        };
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("HG0004").WithLocation(0));
        return test.RunAsync();
    }
}

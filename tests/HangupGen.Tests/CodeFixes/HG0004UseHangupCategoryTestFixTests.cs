using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.HangupCodeRangeAnalyzer, HangupGen.CodeFixes.UseHangupCategoryTestFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>HG0004's fix: a range of whole categories becomes the category test through the generated helpers.</summary>
public sealed class HG0004UseHangupCategoryTestFixTests
{
    [Fact]
    public Task A_code_range_of_one_category_becomes_IsInCategory_and_the_using_is_added() => Verify.VerifyCodeFixAsync("""
        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool IsRejection() => [|HangupCauseCode >= 3000 && HangupCauseCode <= 3050|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool IsRejection() => HangupCauses.IsInCategory(HangupCauseCode, HangupCategory.CallRejections);
        }
        """);

    [Fact]
    public Task A_code_range_of_several_categories_tests_each_one() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            bool IsFailure(int hangupCode) => [|hangupCode >= 3000 && hangupCode < 4000|];

            bool IsAnsweredFailure(int hangupCode, bool answered) => answered && [|hangupCode >= 3000 && hangupCode < 4000|];

            void Handle(int hangupCode)
            {
                if ([|3000 <= hangupCode && hangupCode <= 3140|])
                {
                }
            }
        }
        """, """
        using HangupGen;

        class Callback
        {
            bool IsFailure(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

            bool IsAnsweredFailure(int hangupCode, bool answered) => answered && (HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors));

            void Handle(int hangupCode)
            {
                if (HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors))
                {
                }
            }
        }
        """);

    [Fact]
    public Task A_range_inside_a_longer_chain_keeps_the_other_conjuncts() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            static bool IsRetryable(Callback? callback, bool answered)
                => callback != null && !answered && [|callback.HangupCauseCode >= 3000 && callback.HangupCauseCode <= 3050|] && callback.HangupCauseCode != 3020;
        }
        """, """
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            static bool IsRetryable(Callback? callback, bool answered)
                => callback != null && !answered && HangupCauses.IsInCategory(callback.HangupCauseCode, HangupCategory.CallRejections) && callback.HangupCauseCode != 3020;
        }
        """);

    [Fact]
    public Task A_cause_range_tests_the_category_of_its_code() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => [|cause >= HangupCause.NoAnswer && cause <= HangupCause.UnallocatedNumber|];

            bool B(HangupCause cause) => [|(int)cause >= 3000 && (int)cause <= 3050|];

            bool C(int hangupCode) => [|(HangupCause)hangupCode >= HangupCause.NoAnswer && (HangupCause)hangupCode <= HangupCause.DnoCallerId|];

            bool D(short hangupCode) => [|hangupCode >= 6000 && hangupCode <= 6020|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.CallRejections);

            bool B(HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.CallRejections);

            bool C(int hangupCode) => HangupCauses.IsInCategory((int)(HangupCause)hangupCode, HangupCategory.CallRejections) || HangupCauses.IsInCategory((int)(HangupCause)hangupCode, HangupCategory.CarrierErrors);

            bool D(short hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts);
        }
        """);

    [Fact]
    public Task An_is_pattern_range_becomes_the_test_and_a_negated_one_its_negation() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode) => hangupCode is [|>= 3000 and <= 3050|];

            bool B(int hangupCode) => hangupCode is not ([|>= 3000 and <= 3050|]);

            bool C(int hangupCode) => hangupCode is not ([|>= 3000 and <= 3140|]);

            bool D(HangupCause cause) => cause is [|>= HangupCause.NoAnswer and <= HangupCause.UnallocatedNumber|];

            bool E(HangupCause cause) => cause is not ([|>= HangupCause.NoAnswer and <= HangupCause.DnoCallerId|]);
        }
        """, """
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);

            bool B(int hangupCode) => !HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);

            bool C(int hangupCode) => !HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) && !HangupCauses.IsInCategory(hangupCode, HangupCategory.CarrierErrors);

            bool D(HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.CallRejections);

            bool E(HangupCause cause) => !HangupCauses.IsInCategory((int)cause, HangupCategory.CallRejections) && !HangupCauses.IsInCategory((int)cause, HangupCategory.CarrierErrors);
        }
        """);

    [Fact]
    public Task No_fix_where_the_category_test_would_change_the_codes_or_cannot_be_written()
    {
        const string Source = """
            using System;
            using System.Linq.Expressions;
            using HangupGen;

            class Call
            {
                public int HangupCauseCode { get; set; }
            }

            class Callback
            {
                bool Split(int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3020|];

                bool Straddle(int hangupCode) => [|hangupCode >= 3040 && hangupCode <= 3080|];

                bool Empty(int hangupCode) => [|hangupCode > 3050 && hangupCode < 3070|];

                bool Long(long hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3050|];

                bool Nullable(int? hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3050|];

                bool NullableCause(HangupCause? cause) => [|cause >= HangupCause.NoAnswer && cause <= HangupCause.UnallocatedNumber|];

                string Arm(int hangupCode) => hangupCode switch
                {
                    [|>= 3000 and <= 3050|] => "rejected",
                    _ => "other",
                };

                string Label(int hangupCode)
                {
                    switch (hangupCode)
                    {
                        case [|>= 3000 and <= 3050|]:
                            return "rejected";
                        default:
                            return "other";
                    }
                }

                bool Property(Call call) => call is { HangupCauseCode: [|>= 3000 and <= 3050|] };

                bool PartOfPattern(int hangupCode) => hangupCode is ([|>= 3000 and <= 3050|]) or 0;

                Expression<Func<Call, bool>> Query() => c => [|c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|];
            }
            """;
        return Verify.VerifyCodeFixAsync(Source, Source);
    }

    [Fact]
    public Task Lambdas_run_as_delegates_are_fixed_and_expression_trees_in_every_form_are_not()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Linq.Expressions;

                class Call
                {
                    public int HangupCauseCode { get; set; }
                }

                class C
                {
                    IEnumerable<Call> InMemory(IEnumerable<Call> calls) => from c in calls where [|c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|] select c;

                    IQueryable<Call> Queried(IQueryable<Call> calls) => from c in calls where [|c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|] select c;

                    LambdaExpression Natural() => (int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3050|];
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Linq.Expressions;
                using HangupGen;

                class Call
                {
                    public int HangupCauseCode { get; set; }
                }

                class C
                {
                    IEnumerable<Call> InMemory(IEnumerable<Call> calls) => from c in calls where HangupCauses.IsInCategory(c.HangupCauseCode, HangupCategory.CallRejections) select c;

                    IQueryable<Call> Queried(IQueryable<Call> calls) => from c in calls where [|c.HangupCauseCode >= 3000 && c.HangupCauseCode <= 3050|] select c;

                    LambdaExpression Natural() => (int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3050|];
                }
                """,
        };

        // What is left unfixed is still reported: the markup of the fixed code says where.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_rewrites_every_fixable_range_of_the_document()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Callback
                {
                    public int HangupCauseCode { get; set; }

                    public HangupCause Cause { get; set; }

                    bool A() => [|HangupCauseCode >= 3000 && HangupCauseCode <= 3050|];

                    bool B(int first, int second) => first > 0 && [|HangupCauseCode >= 3070 && HangupCauseCode <= 3140|] && second > 0;

                    bool C(int hangupCode, int otherHangupCode) => [|hangupCode >= 6000 && hangupCode <= 6020|] && [|otherHangupCode >= 4000 && otherHangupCode <= 4030|];

                    bool D() => Cause is [|>= HangupCause.ScheduledHangup and <= HangupCause.MediaTimeout|];

                    bool E(int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3020|];
                }
                """,
            FixedCode = """
                using HangupGen;

                class Callback
                {
                    public int HangupCauseCode { get; set; }

                    public HangupCause Cause { get; set; }

                    bool A() => HangupCauses.IsInCategory(HangupCauseCode, HangupCategory.CallRejections);

                    bool B(int first, int second) => first > 0 && HangupCauses.IsInCategory(HangupCauseCode, HangupCategory.CarrierErrors) && second > 0;

                    bool C(int hangupCode, int otherHangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts) && HangupCauses.IsInCategory(otherHangupCode, HangupCategory.NormalCompletions);

                    bool D() => HangupCauses.IsInCategory((int)Cause, HangupCategory.Timeouts);

                    bool E(int hangupCode) => {|#0:hangupCode >= 3000 && hangupCode <= 3020|};
                }
                """,
        };
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("HG0004").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_adds_the_using_once_for_any_number_of_ranges() => Verify.VerifyCodeFixAsync("""
        namespace Calls
        {
            class Callback
            {
                bool A(int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3050|];

                bool B(int hangupCode) => hangupCode is [|>= 7011 and <= 7034|];

                bool C(int hangupCode) => [|hangupCode >= 4000 && hangupCode <= 4030|];

                bool D(HangupGen.HangupCause cause) => cause is [|>= HangupGen.HangupCause.ScheduledHangup and <= HangupGen.HangupCause.MediaTimeout|];
            }
        }
        """, """
        using HangupGen;

        namespace Calls
        {
            class Callback
            {
                bool A(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);

                bool B(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.UrlErrors);

                bool C(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.NormalCompletions);

                bool D(HangupGen.HangupCause cause) => HangupCauses.IsInCategory((int)cause, HangupCategory.Timeouts);
            }
        }
        """);

    [Fact]
    public Task Fix_all_fixes_two_ranges_of_one_chain() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode, int otherHangupCode)
                => hangupCode > 0 && [|hangupCode >= 3000 && hangupCode <= 3050|] && [|otherHangupCode >= 6000 && otherHangupCode <= 6020|];
        }
        """, """
        using HangupGen;

        class Callback
        {
            bool A(int hangupCode, int otherHangupCode)
                => hangupCode > 0 && HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections) && HangupCauses.IsInCategory(otherHangupCode, HangupCategory.Timeouts);
        }
        """);

    [Fact]
    public Task The_fix_follows_a_custom_table_and_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool IsRejection(int hangupCode) => [|hangupCode >= 3000 && hangupCode <= 3100|];
                }
                """,
            FixedCode = """
                using Contoso.Telephony;

                class Callback
                {
                    bool IsRejection(int hangupCode) => HangupCauses.IsInCategory(hangupCode, HangupCategory.CallRejections);
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using HangupGen.CodeFixes;
using HangupGen.Tests.Analyzers;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer, HangupGen.CodeFixes.UseHangupCauseMemberFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// HG0001's fix: the exact output for each context (the framework also runs Fix All in document,
/// project and solution scope on every test and checks it gives the same output), and the places
/// where no behaviour-preserving rewrite exists and so no fix is offered.
/// </summary>
public sealed class HG0001UseHangupCauseMemberFixTests
{
    private static Task VerifyAsync(string source, string fixedSource)
        => Verify.VerifyCodeFixAsync(source, fixedSource);

    private static Task VerifyNoFixAsync(string source)
        => Verify.VerifyCodeFixAsync(source, source);

    [Fact]
    public Task An_int_comparison_gets_the_member_cast_to_int_and_the_using() => VerifyAsync("""
        class C
        {
            bool IsBusy(int hangupCode) => hangupCode == {|HG0001:3010|};
        }
        """, """
        using HangupGen;

        class C
        {
            bool IsBusy(int hangupCode) => hangupCode == (int)HangupCause.BusyLine;
        }
        """);

    [Fact]
    public Task The_cast_is_to_the_type_the_literal_is_converted_to() => VerifyAsync("""
        using HangupGen;

        class C
        {
            void M(long hangupCodeLong, short shortHangupCode, uint unsignedHangupCode, int? maybeHangupCode, object boxedHangupCode)
            {
                _ = hangupCodeLong == {|HG0001:3010L|};
                _ = hangupCodeLong == {|HG0001:3010|};
                short storedHangupCode = {|HG0001:3010|};
                _ = shortHangupCode == {|HG0001:3010|};
                _ = unsignedHangupCode != {|HG0001:3010u|};
                _ = maybeHangupCode == {|HG0001:3010|};
                _ = Equals(boxedHangupCode, {|HG0001:3010|});
            }
        }
        """, """
        using HangupGen;

        class C
        {
            void M(long hangupCodeLong, short shortHangupCode, uint unsignedHangupCode, int? maybeHangupCode, object boxedHangupCode)
            {
                _ = hangupCodeLong == (long)HangupCause.BusyLine;
                _ = hangupCodeLong == (long)HangupCause.BusyLine;
                short storedHangupCode = (short)HangupCause.BusyLine;
                _ = shortHangupCode == (int)HangupCause.BusyLine;
                _ = unsignedHangupCode != (uint)HangupCause.BusyLine;
                _ = maybeHangupCode == (int)HangupCause.BusyLine;
                _ = Equals(boxedHangupCode, (int)HangupCause.BusyLine);
            }
        }
        """);

    [Fact]
    public Task A_cast_to_HangupCause_is_replaced_by_the_member() => VerifyAsync("""
        using HangupGen;

        class C
        {
            void M()
            {
                var cause = (HangupCause){|HG0001:3010|};
                var fromLong = (HangupCause){|HG0001:3010L|};
                var parenthesized = (HangupCause)({|HG0001:3010|});
                string name = ((HangupCause){|HG0001:3010|}).GetName();
                var maybe = (HangupCause?){|HG0001:3010|};
            }
        }
        """, """
        using HangupGen;

        class C
        {
            void M()
            {
                var cause = HangupCause.BusyLine;
                var fromLong = HangupCause.BusyLine;
                var parenthesized = HangupCause.BusyLine;
                string name = HangupCause.BusyLine.GetName();
                var maybe = (HangupCause?)HangupCause.BusyLine;
            }
        }
        """);

    [Fact]
    public Task Where_a_HangupCause_is_expected_the_member_needs_no_cast() => VerifyAsync("""
        using HangupGen;

        class C
        {
            void Handle(HangupCause cause) { }

            string M(HangupCause cause, HangupCause? maybe)
            {
                Handle({|HG0001:0|});
                _ = maybe == {|HG0001:0|};
                switch (cause)
                {
                    case {|HG0001:0|}:
                        return "unknown";
                    default:
                        return cause == {|HG0001:0|} ? "?" : "known";
                }
            }
        }
        """, """
        using HangupGen;

        class C
        {
            void Handle(HangupCause cause) { }

            string M(HangupCause cause, HangupCause? maybe)
            {
                Handle(HangupCause.Unknown);
                _ = maybe == HangupCause.Unknown;
                switch (cause)
                {
                    case HangupCause.Unknown:
                        return "unknown";
                    default:
                        return cause == HangupCause.Unknown ? "?" : "known";
                }
            }
        }
        """);

    [Fact]
    public Task Case_labels_arms_and_patterns_get_a_constant_member() => VerifyAsync("""
        class Callback
        {
            public int HangupCauseCode { get; set; }
        }

        class C
        {
            string M(Callback callback, int hangupCode)
            {
                switch (hangupCode)
                {
                    case {|HG0001:3010|}:
                        return "busy";
                }

                if (callback is { HangupCauseCode: {|HG0001:4000|} } || hangupCode is {|HG0001:6000|} or {|HG0001:6010|})
                {
                    return "done";
                }

                return hangupCode switch
                {
                    {|HG0001:3020|} => "rejected",
                    not {|HG0001:0|} => "other",
                    _ => "unknown",
                };
            }
        }
        """, """
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }
        }

        class C
        {
            string M(Callback callback, int hangupCode)
            {
                switch (hangupCode)
                {
                    case (int)HangupCause.BusyLine:
                        return "busy";
                }

                if (callback is { HangupCauseCode: (int)HangupCause.NormalHangup } || hangupCode is (int)HangupCause.ScheduledHangup or (int)HangupCause.RingTimeoutReached)
                {
                    return "done";
                }

                return hangupCode switch
                {
                    (int)HangupCause.Rejected => "rejected",
                    not (int)HangupCause.Unknown => "other",
                    _ => "unknown",
                };
            }
        }
        """);

    [Fact]
    public Task A_literal_receiver_keeps_its_parentheses() => VerifyAsync("""
        class C
        {
            bool M(int hangupCode) => {|HG0001:3010|}.Equals(hangupCode);
        }
        """, """
        using HangupGen;

        class C
        {
            bool M(int hangupCode) => ((int)HangupCause.BusyLine).Equals(hangupCode);
        }
        """);

    [Fact]
    public Task Fix_all_rewrites_every_occurrence_of_a_document_and_adds_one_using() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            private static readonly int[] s_retryHangupCodes = { {|HG0001:3010|}, {|HG0001:3100|}, {|HG0001:5030|} };

            int DefaultHangupCode => {|HG0001:4000|};

            bool ShouldRetry(int hangupCode, Dictionary<string, int> payload)
            {
                payload.Add("hangup_code", {|HG0001:3010|});
                return hangupCode == {|HG0001:3010|} || hangupCode == {|HG0001:6010|};
            }
        }
        """, """
        using System.Collections.Generic;
        using HangupGen;

        class C
        {
            private static readonly int[] s_retryHangupCodes = { (int)HangupCause.BusyLine, (int)HangupCause.BusyEverywhere, (int)HangupCause.ConcurrencyLimitBreached };

            int DefaultHangupCode => (int)HangupCause.NormalHangup;

            bool ShouldRetry(int hangupCode, Dictionary<string, int> payload)
            {
                payload.Add("hangup_code", (int)HangupCause.BusyLine);
                return hangupCode == (int)HangupCause.BusyLine || hangupCode == (int)HangupCause.RingTimeoutReached;
            }
        }
        """);

    [Fact]
    public Task Fix_all_covers_every_document_of_the_project()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Busy.cs", "class Busy { bool M(int hangupCode) => hangupCode == {|HG0001:3010|}; }\n"));
        test.TestState.Sources.Add(("/0/Timeout.cs", "class Timeout { bool M(int hangupCode) => hangupCode != {|HG0001:6010|}; }\n"));
        test.FixedState.Sources.Add(("/0/Busy.cs", "using HangupGen;\n\nclass Busy { bool M(int hangupCode) => hangupCode == (int)HangupCause.BusyLine; }\n"));
        test.FixedState.Sources.Add(("/0/Timeout.cs", "using HangupGen;\n\nclass Timeout { bool M(int hangupCode) => hangupCode != (int)HangupCause.RingTimeoutReached; }\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_existing_using_is_reused_and_a_shadowing_name_keeps_the_member_qualified() => VerifyAsync("""
        using HangupGen;

        class Callback
        {
            public string HangupCause { get; set; } = "";
            public int HangupCauseCode { get; set; }

            bool IsBusy() => HangupCauseCode == {|HG0001:3010|};
        }
        """, """
        using HangupGen;

        class Callback
        {
            public string HangupCause { get; set; } = "";
            public int HangupCauseCode { get; set; }

            bool IsBusy() => HangupCauseCode == (int)HangupGen.HangupCause.BusyLine;
        }
        """);

    [Fact]
    public Task A_custom_namespace_gets_its_own_using()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|HG0001:3060|} || hangupCode == {|HG0001:3010|};
                }
                """,
            FixedCode = """
                using Contoso.Telephony;

                class C
                {
                    bool M(int hangupCode) => hangupCode == (int)HangupCause.CarrierTimeout || hangupCode == (int)HangupCause.BusyLine;
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", CustomTables.CarrierTimeout));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", CustomTables.ContosoNamespace));
        return test.RunAsync();
    }

    [Fact]
    public Task A_numeric_string_comparison_becomes_a_parse_and_a_cause_comparison() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            bool IsBusy(Dictionary<string, string> form) => form["HangupCauseCode"] == {|HG0001:"3010"|};
        }
        """, """
        using System.Collections.Generic;
        using HangupGen;

        class C
        {
            bool IsBusy(Dictionary<string, string> form) => HangupCauses.TryParseCode(form["HangupCauseCode"], out var hangupCause) && hangupCause == HangupCause.BusyLine;
        }
        """);

    [Fact]
    public Task The_code_0_has_one_spelling_and_is_parsed_too() => VerifyAsync("""
        class C
        {
            bool IsUndetermined(string hangupCauseCode) => hangupCauseCode == {|HG0001:"0"|};
        }
        """, """
        using HangupGen;

        class C
        {
            bool IsUndetermined(string hangupCauseCode) => HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.Unknown;
        }
        """);

    [Fact]
    public Task Inequality_negates_both_parts_and_precedence_is_kept() => VerifyAsync("""
        class C
        {
            void M(string hangupCauseCode, bool flag)
            {
                _ = hangupCauseCode != {|HG0001:"3010"|};
                _ = !({|HG0001:"6010"|} == hangupCauseCode);
                _ = flag || hangupCauseCode == {|HG0001:"4000"|} ? 1 : 2;
            }
        }
        """, """
        using HangupGen;

        class C
        {
            void M(string hangupCauseCode, bool flag)
            {
                _ = !HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) || hangupCause != HangupCause.BusyLine;
                _ = !(HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause2) && hangupCause2 == HangupCause.RingTimeoutReached);
                _ = flag || HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause3) && hangupCause3 == HangupCause.NormalHangup ? 1 : 2;
            }
        }
        """);

    [Fact]
    public Task The_parsed_variable_avoids_every_name_in_scope() => VerifyAsync("""
        class C
        {
            private int hangupCause2;

            bool M(string hangupCauseCode)
            {
                var hangupCause = hangupCauseCode.Trim();
                if (hangupCauseCode == {|HG0001:"3010"|})
                {
                    return true;
                }

                return hangupCause == {|HG0001:"3020"|} && hangupCause2 > 0;
            }

            bool Other(string hangupCauseCode) => hangupCauseCode == {|HG0001:"3010"|};
        }
        """, """
        using HangupGen;

        class C
        {
            private int hangupCause2;

            bool M(string hangupCauseCode)
            {
                var hangupCause = hangupCauseCode.Trim();
                if (HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause3) && hangupCause3 == HangupCause.BusyLine)
                {
                    return true;
                }

                return HangupCauses.TryParseCode(hangupCause, out var hangupCause4) && hangupCause4 == HangupCause.Rejected && hangupCause2 > 0;
            }

            bool Other(string hangupCauseCode) => HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;
        }
        """);

    [Fact]
    public Task Ordinal_Equals_forms_are_rewritten() => VerifyAsync("""
        #nullable enable
        using System;

        class C
        {
            void M(string? hangupCauseCode, string knownHangupCauseCode)
            {
                _ = string.Equals(hangupCauseCode, {|HG0001:"3010"|});
                _ = string.Equals({|HG0001:"3010"|}, hangupCauseCode, StringComparison.OrdinalIgnoreCase);
                _ = {|HG0001:"3010"|}.Equals(hangupCauseCode);
                _ = Equals(hangupCauseCode, {|HG0001:"3010"|});
                _ = knownHangupCauseCode.Equals({|HG0001:"3010"|}, StringComparison.Ordinal);
            }
        }
        """, """
        #nullable enable
        using System;
        using HangupGen;

        class C
        {
            void M(string? hangupCauseCode, string knownHangupCauseCode)
            {
                _ = HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;
                _ = HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause2) && hangupCause2 == HangupCause.BusyLine;
                _ = HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause3) && hangupCause3 == HangupCause.BusyLine;
                _ = HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause4) && hangupCause4 == HangupCause.BusyLine;
                _ = HangupCauses.TryParseCode(knownHangupCauseCode, out var hangupCause5) && hangupCause5 == HangupCause.BusyLine;
            }
        }
        """);

    [Fact]
    public Task No_fix_for_a_numeric_string_outside_a_comparison() => VerifyNoFixAsync("""
        using System.Collections.Generic;

        class Callback
        {
            public string HangupCauseCode { get; set; } = "";
        }

        class C
        {
            string M(Callback callback, Dictionary<string, string> form)
            {
                form["HangupCauseCode"] = {|HG0001:"3010"|};
                if (callback is { HangupCauseCode: {|HG0001:"3010"|} })
                {
                    return "busy";
                }

                switch (callback.HangupCauseCode)
                {
                    case {|HG0001:"6010"|}:
                        return "timeout";
                    default:
                        return "other";
                }
            }
        }
        """);

    [Fact]
    public Task No_fix_where_the_parse_would_not_give_the_same_answer() => VerifyNoFixAsync("""
        using System;
        using System.Linq;
        using System.Linq.Expressions;

        class Call
        {
            public string HangupCauseCode { get; set; } = "";
        }

        class C
        {
            void M(string hangupCauseCode, object hangupCauseCodeObject, IQueryable<Call> calls)
            {
                _ = string.Equals(hangupCauseCode, {|HG0001:"3010"|}, StringComparison.CurrentCulture);
                _ = hangupCauseCode.Equals({|HG0001:"3010"|});
                _ = Equals(hangupCauseCodeObject, {|HG0001:"3010"|});
                _ = calls.Where(c => c.HangupCauseCode == {|HG0001:"3010"|});
                Expression<Func<string, bool>> isBusy = hangupCode => hangupCode == {|HG0001:"3010"|};
            }
        }
        """);

    [Fact]
    public Task A_query_run_as_delegates_is_parsed_and_expression_trees_in_every_form_are_not()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Collections.Generic;
                using System.Linq;
                using System.Linq.Expressions;

                class Call
                {
                    public string HangupCauseCode { get; set; } = "";
                }

                class C
                {
                    IEnumerable<Call> InMemory(IEnumerable<Call> calls) => from c in calls where c.HangupCauseCode == {|HG0001:"3010"|} select c;

                    IQueryable<Call> Queried(IQueryable<Call> calls) => from c in calls where c.HangupCauseCode == {|HG0001:"3010"|} select c;

                    LambdaExpression Natural() => (string hangupCode) => hangupCode == {|HG0001:"3010"|};
                }
                """,
            FixedCode = """
                using System.Collections.Generic;
                using System.Linq;
                using System.Linq.Expressions;
                using HangupGen;

                class Call
                {
                    public string HangupCauseCode { get; set; } = "";
                }

                class C
                {
                    IEnumerable<Call> InMemory(IEnumerable<Call> calls) => from c in calls where HangupCauses.TryParseCode(c.HangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine select c;

                    IQueryable<Call> Queried(IQueryable<Call> calls) => from c in calls where c.HangupCauseCode == {|HG0001:"3010"|} select c;

                    LambdaExpression Natural() => (string hangupCode) => hangupCode == {|HG0001:"3010"|};
                }
                """,
        };

        // What is left unfixed is still reported: the markup of the fixed code says where.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task A_form_value_is_parsed_when_it_is_the_one_value_posted() => StringValuesTest("""
        using Microsoft.AspNetCore.Http;

        class Callbacks
        {
            bool IsBusy(IFormCollection form) => form["HangupCauseCode"] == {|HG0001:"3010"|};

            bool IsNotTimeout(IQueryCollection query, int hangupCode) => hangupCode > 0 && {|HG0001:"6010"|} != query["HangupCauseCode"];
        }
        """, """
        using HangupGen;
        using Microsoft.AspNetCore.Http;

        class Callbacks
        {
            bool IsBusy(IFormCollection form) => form["HangupCauseCode"] is [var hangupCode] && HangupCauses.TryParseCode(hangupCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;

            bool IsNotTimeout(IQueryCollection query, int hangupCode) => hangupCode > 0 && (query["HangupCauseCode"] is not [var hangupCode2] || !HangupCauses.TryParseCode(hangupCode2, out var hangupCause) || hangupCause != HangupCause.RingTimeoutReached);
        }
        """).RunAsync();

    [Fact]
    public Task Before_CSharp_11_the_one_value_is_taken_with_a_property_pattern() => StringValuesTest("""
        using Microsoft.AspNetCore.Http;

        class Callbacks
        {
            bool IsBusy(IFormCollection form) => form["HangupCauseCode"] == {|HG0001:"3010"|};

            bool IsNotTimeout(IFormCollection form) => form["HangupCauseCode"] != {|HG0001:"6010"|};
        }
        """, """
        using HangupGen;
        using Microsoft.AspNetCore.Http;

        class Callbacks
        {
            bool IsBusy(IFormCollection form) => form["HangupCauseCode"] is { Count: 1 } hangupCodes && HangupCauses.TryParseCode(hangupCodes[0], out var hangupCause) && hangupCause == HangupCause.BusyLine;

            bool IsNotTimeout(IFormCollection form) => !(form["HangupCauseCode"] is { Count: 1 } hangupCodes) || !HangupCauses.TryParseCode(hangupCodes[0], out var hangupCause) || hangupCause != HangupCause.RingTimeoutReached;
        }
        """, LanguageVersion.CSharp10).RunAsync();

    [Fact]
    public Task No_fix_for_form_values_before_CSharp_8_nor_through_Equals()
    {
        const string Source = """
            using Microsoft.AspNetCore.Http;

            class Callbacks
            {
                bool IsBusy(IFormCollection form) => form["HangupCauseCode"] == {|HG0001:"3010"|} || form["HangupCauseCode"].Equals({|HG0001:"3010"|});
            }
            """;
        Verify.Test oldLanguage = StringValuesTest(Source, Source, LanguageVersion.CSharp7_3);
        Verify.Test throughEquals = StringValuesTest(
            Source,
            """
            using HangupGen;
            using Microsoft.AspNetCore.Http;

            class Callbacks
            {
                bool IsBusy(IFormCollection form) => form["HangupCauseCode"] is [var hangupCode] && HangupCauses.TryParseCode(hangupCode, out var hangupCause) && hangupCause == HangupCause.BusyLine || form["HangupCauseCode"].Equals({|HG0001:"3010"|});
            }
            """);
        throughEquals.FixedState.MarkupHandling = MarkupMode.Allow;
        return Task.WhenAll(oldLanguage.RunAsync(), throughEquals.RunAsync());
    }

    /// <summary>A test with the ASP.NET Core stubs as a second file, at <paramref name="languageVersion"/> when given.</summary>
    private static Verify.Test StringValuesTest(string source, string fixedSource, LanguageVersion? languageVersion = null)
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
        test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        test.FixedState.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
        if (languageVersion is LanguageVersion version)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
                projectId,
                ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(version)));
        }

        return test;
    }

    [Fact]
    public Task Fix_all_of_numeric_strings_names_each_variable_once()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(string hangupCauseCode) => hangupCauseCode == {|HG0001:"3010"|} || hangupCauseCode == {|HG0001:"3100"|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class C
                {
                    bool M(string hangupCauseCode) => HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine || HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause2) && hangupCause2 == HangupCause.BusyEverywhere;
                }
                """,
            CodeActionEquivalenceKey = UseHangupCauseMemberFix.ParseCodeKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Each_fix_says_what_it_does()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(string hangupCauseCode) => hangupCauseCode == {|HG0001:"3010"|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class C
                {
                    bool M(string hangupCauseCode) => HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;
                }
                """,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Parse the code and compare with HangupCause.BusyLine", action.Title),
        };
        return test.RunAsync();
    }

    [Fact]
    public Task The_title_of_the_member_fix_names_the_member()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|HG0001:3010|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class C
                {
                    bool M(int hangupCode) => hangupCode == (int)HangupCause.BusyLine;
                }
                """,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use HangupCause.BusyLine", action.Title),
            CodeActionEquivalenceKey = UseHangupCauseMemberFix.UseMemberKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task HG0002_is_left_to_its_own_fix() => Verify.VerifyCodeFixAsync(
        "class C { bool M(int hangupCode) => hangupCode == {|HG0002:3015|}; }",
        "class C { bool M(int hangupCode) => hangupCode == {|HG0002:3015|}; }");
}

using System.Threading.Tasks;
using HangupGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.EnumApiOnGeneratedTypeAnalyzer, HangupGen.CodeFixes.UseGeneratedEnumApiFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// HG0007's fix: GetName() for the identifier text, a comparison of values for a comparison with a
/// member's name, the generated parser for Enum.TryParse and Enum.IsDefined of a string, HangupCode for
/// a bound HangupCause parameter. The framework also checks Fix All in document, project and solution.
/// </summary>
public sealed class HG0007UseGeneratedEnumApiFixTests
{
    [Fact]
    public Task The_identifier_text_becomes_GetName_and_the_using_is_added() => Verify.VerifyCodeFixAsync("""
        using System;
        using System.Collections.Generic;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            void A(HangupGen.HangupCause cause) => HangupCauseName = [|cause.ToString()|];

            string GetHangupCauseName(HangupGen.HangupCause cause) => "Cause: " + [|cause|];

            void B(Dictionary<string, string> form, HangupGen.HangupCause cause) => form["HangupCauseName"] = [|Enum.GetName(typeof(HangupGen.HangupCause), cause)|]!;

            void C(Dictionary<string, string> form, HangupGen.CallStatus status) => form["CallStatus"] = $"{[|status|]}";

            bool D(HangupGen.HangupCause cause, string name) => [|cause.ToString()|] == name;

            bool E(HangupGen.HangupSource[] sources, string hangupSource) => hangupSource == [|Enum.GetName(sources[0])|];
        }
        """, """
        using System;
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            void A(HangupGen.HangupCause cause) => HangupCauseName = cause.GetName();

            string GetHangupCauseName(HangupGen.HangupCause cause) => "Cause: " + cause.GetName();

            void B(Dictionary<string, string> form, HangupGen.HangupCause cause) => form["HangupCauseName"] = cause.GetName()!;

            void C(Dictionary<string, string> form, HangupGen.CallStatus status) => form["CallStatus"] = $"{status.GetName()}";

            bool D(HangupGen.HangupCause cause, string name) => cause.GetName() == name;

            bool E(HangupGen.HangupSource[] sources, string hangupSource) => hangupSource == sources[0].GetName();
        }
        """);

    [Fact]
    public Task In_a_custom_namespace_the_fix_imports_it()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;

                class Callback
                {
                    public string HangupCauseName { get; set; } = "";

                    void A(Contoso.Telephony.HangupCause cause) => HangupCauseName = [|cause.ToString()|];

                    bool B(string text) => [|Enum.IsDefined(typeof(Contoso.Telephony.HangupSource), text)|];
                }
                """,
            FixedCode = """
                using System;
                using Contoso.Telephony;

                class Callback
                {
                    public string HangupCauseName { get; set; } = "";

                    void A(Contoso.Telephony.HangupCause cause) => HangupCauseName = cause.GetName();

                    bool B(string text) => HangupSources.TryParse(text, out _);
                }
                """,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        }

        // Two findings, two actions: Fix All applies each action's own findings, one iteration each.
        test.NumberOfFixAllIterations = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task A_comparison_with_a_member_name_compares_the_values() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => [|cause.ToString()|] == "Busy Line";

            bool B(HangupCause cause) => [|cause.ToString()|] != "BusyLine";

            bool C(HangupCause cause) => ![|cause.ToString()|].Equals("Busy Line");

            bool D(CallStatus status) => string.Equals([|status.ToString()|], "no-answer", StringComparison.OrdinalIgnoreCase);

            bool E(HangupSource source) => "Call recipient" == [|Enum.GetName(source)|];
        }
        """, """
        using System;
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => cause == HangupCause.BusyLine;

            bool B(HangupCause cause) => cause != HangupCause.BusyLine;

            bool C(HangupCause cause) => !(cause == HangupCause.BusyLine);

            bool D(CallStatus status) => status == CallStatus.NoAnswer;

            bool E(HangupSource source) => source == HangupSource.CallRecipient;
        }
        """);

    [Fact]
    public Task Enum_TryParse_and_IsDefined_use_the_generated_parser() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string text, out HangupCause cause) => [|Enum.TryParse(text, out cause)|];

            bool B(string text) => [|Enum.TryParse<HangupCause>(text, true, out var cause)|] && cause != HangupCause.Unknown;

            bool C(string[] texts) => [|Enum.TryParse<HangupCause>(texts[0], out _)|];

            bool D(string text, out CallStatus status) => [|Enum.TryParse(text, ignoreCase: true, out status)|];

            bool E(string text) => [|Enum.IsDefined(typeof(HangupSource), text)|];

            bool F(string text) => [|Enum.TryParse<TelephonyCause>(text, out _)|];

            bool G(string text) => [|Enum.TryParse<HangupReason>(text, out _)|];
        }
        """, """
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string text, out HangupCause cause) => HangupCauses.TryParse(text, out cause) || HangupCauses.TryParseCode(text, out cause);

            bool B(string text) => (HangupCauses.TryParse(text, out var cause) || HangupCauses.TryParseCode(text, out cause)) && cause != HangupCause.Unknown;

            bool C(string[] texts) => HangupCauses.TryParse(texts[0], out _);

            bool D(string text, out CallStatus status) => CallStatuses.TryParse(text, out status);

            bool E(string text) => HangupSources.TryParse(text, out _);

            bool F(string text) => TelephonyCauses.TryParse(text, out _);

            bool G(string text) => HangupReasons.TryParse(text, out _);
        }
        """);

    [Fact]
    public Task Forms_without_a_behaviour_keeping_fix_are_left_alone() => Verify.VerifyCodeFixAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            HangupCause A(string text) => [|Enum.Parse<HangupCause>(text)|];

            bool B(string text) => [|Enum.TryParse(typeof(HangupCause), text, out object? cause)|];

            string[] C() => [|Enum.GetNames<HangupCause>()|];

            bool D(string text) => [|Enum.TryParse<HangupCategory>(text, out _)|];

            bool E(ReadOnlySpan<char> text) => [|Enum.TryParse<HangupCause>(text, out _)|];
        }
        """, """
        using System;
        using HangupGen;

        class Callback
        {
            HangupCause A(string text) => [|Enum.Parse<HangupCause>(text)|];

            bool B(string text) => [|Enum.TryParse(typeof(HangupCause), text, out object? cause)|];

            string[] C() => [|Enum.GetNames<HangupCause>()|];

            bool D(string text) => [|Enum.TryParse<HangupCategory>(text, out _)|];

            bool E(ReadOnlySpan<char> text) => [|Enum.TryParse<HangupCause>(text, out _)|];
        }
        """);

    [Fact]
    public Task A_bound_HangupCause_parameter_becomes_a_HangupCode()
    {
        var test = AspNetCoreTest("""
            using HangupGen;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/hangup/{cause}", ([|HangupCause|] cause) => "");
                    app.MapGet("/optional", ([|HangupCause?|] cause) => "");
                    app.MapGet("/status", ([|CallStatus|] status) => "");
                }
            }

            public class HangupController : ControllerBase
            {
                public string Get([|HangupCause|] cause) => "";
            }
            """, """
            using HangupGen;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/hangup/{cause}", (HangupCode cause) => "");
                    app.MapGet("/optional", (HangupCode? cause) => "");
                    app.MapGet("/status", ([|CallStatus|] status) => "");
                }
            }

            public class HangupController : ControllerBase
            {
                public string Get(HangupCode cause) => "";
            }
            """);
        return test.RunAsync();
    }

    private static Verify.Test AspNetCoreTest(string source, string fixedSource)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UseGeneratedEnumApiFix.BindHangupCodeKey };

        // The fixed code marks what is left (a CallStatus parameter has no HangupCode to bind).
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenAccessibility = public\n"));
        }

        return test;
    }
}

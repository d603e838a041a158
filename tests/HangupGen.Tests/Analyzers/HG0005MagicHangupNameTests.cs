using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupNameAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>HG0005: documented cause and source names written as strings where a hangup name or source is compared.</summary>
public sealed class HG0005MagicHangupNameTests
{
    private const string BusyLine = "\"Busy Line\" is the documented name of the hangup cause BusyLine: use HangupCauseNames.BusyLine";
    private const string Rejected = "\"Rejected\" is the documented name of the hangup cause Rejected: use HangupCauseNames.Rejected";
    private const string Carrier = "\"Carrier\" is the documented name of the hangup source Carrier: use HangupSourceNames.Carrier";

    private static DiagnosticResult Name(int location, string message) => Verify.Diagnostic("HG0005").WithLocation(location).WithMessage(message);

    [Fact]
    public Task Comparisons_with_a_hangup_name_or_source_are_found() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            public string HangupCause { get; set; } = "";

            bool A() => HangupCauseName == {|#0:"Busy Line"|};

            bool B(Dictionary<string, string> form) => form["HangupSource"] == {|#1:"Carrier"|};

            bool C(Callback callback) => callback.HangupCause == {|#2:"Rejected"|};

            bool D(string hangupSource) => {|#3:"Carrier"|} != hangupSource;

            bool E(string hangup_by) => hangup_by == {|#4:"Call recipient"|};

            bool F(string hangupReason) => hangupReason == {|#5:"No Answer"|};

            bool G(string hangupCauseName) => hangupCauseName == {|#6:"Canceled (Simultaneous dial limit reached)"|} || hangupCauseName == "Canceled (Simultaneous dial limit reached)!";
        }
        """,
        Name(0, BusyLine),
        Name(1, Carrier),
        Name(2, Rejected),
        Name(3, Carrier),
        Name(4, "\"Call recipient\" is the documented name of the hangup source CallRecipient: use HangupSourceNames.CallRecipient"),
        Name(5, "\"No Answer\" is the documented name of the hangup cause NoAnswer: use HangupCauseNames.NoAnswer"),
        Name(6, "\"Canceled (Simultaneous dial limit reached)\" is the documented name of the hangup cause CanceledSimultaneousDialLimitReached: use HangupCauseNames.CanceledSimultaneousDialLimitReached"));

    [Fact]
    public Task Case_labels_switch_arms_and_patterns_are_found() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            string A(string hangupCauseName)
            {
                switch (hangupCauseName)
                {
                    case {|#0:"Busy Line"|}:
                    case {|#1:"Rejected"|}:
                        return "retry";
                    default:
                        return "give up";
                }
            }

            string B(string hangupSource) => hangupSource switch
            {
                {|#2:"Carrier"|} => "carrier",
                _ => "other",
            };

            bool C(string hangupCauseName) => hangupCauseName is {|#3:"Busy Line"|} or {|#4:"Rejected"|};

            bool D(Callback callback) => callback is { HangupCauseName: {|#5:"Busy Line"|} };
        }
        """,
        Name(0, BusyLine),
        Name(1, Rejected),
        Name(2, Carrier),
        Name(3, BusyLine),
        Name(4, Rejected),
        Name(5, BusyLine));

    [Fact]
    public Task Equals_in_every_form_is_a_comparison() => Verify.VerifyAnalyzerAsync("""
        using System;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            bool A() => HangupCauseName.Equals({|#0:"Busy Line"|});

            bool B() => string.Equals(HangupCauseName, {|#1:"Busy Line"|}, StringComparison.Ordinal);

            bool C() => HangupCauseName.Equals({|#2:"Busy Line"|}, StringComparison.OrdinalIgnoreCase);

            bool D() => StringComparer.OrdinalIgnoreCase.Equals(HangupCauseName, {|#3:"Busy Line"|});

            bool E() => {|#4:"Busy Line"|}.Equals(HangupCauseName);

            bool F() => Equals(HangupCauseName, {|#5:"Busy Line"|});
        }
        """,
        Name(0, BusyLine),
        Name(1, BusyLine),
        Name(2, BusyLine),
        Name(3, BusyLine),
        Name(4, BusyLine),
        Name(5, BusyLine));

    [Fact]
    public Task Names_match_ignoring_case_and_the_message_gives_the_documented_spelling() => Verify.VerifyAnalyzerAsync("""
        using System;

        class Callback
        {
            bool A(string hangupCauseName) => hangupCauseName.ToLowerInvariant() == {|#0:"busy line"|};

            bool B(string hangupCauseName) => string.Equals(hangupCauseName, {|#1:"BUSY LINE"|}, StringComparison.OrdinalIgnoreCase);

            bool C(string hangupSource) => hangupSource == {|#2:"api request"|};
        }
        """,
        Name(0, "\"busy line\" is the documented name of the hangup cause BusyLine (spelled \"Busy Line\"): use HangupCauseNames.BusyLine"),
        Name(1, "\"BUSY LINE\" is the documented name of the hangup cause BusyLine (spelled \"Busy Line\"): use HangupCauseNames.BusyLine"),
        Name(2, "\"api request\" is the documented name of the hangup source ApiRequest (spelled \"API Request\"): use HangupSourceNames.ApiRequest"));

    [Fact]
    public Task Unknown_is_a_cause_or_a_source_by_what_it_is_compared_with() => Verify.VerifyAnalyzerAsync("""
        class Callback
        {
            bool A(string hangupCauseName) => hangupCauseName == {|#0:"Unknown"|};

            bool B(string hangupSource) => hangupSource == {|#1:"Unknown"|};

            bool C(string hangupCauseName) => hangupCauseName == "Carrier";

            bool D(string hangupSource) => hangupSource == "Busy Line";
        }
        """,
        Name(0, "\"Unknown\" is the documented name of the hangup cause Unknown: use HangupCauseNames.Unknown"),
        Name(1, "\"Unknown\" is the documented name of the hangup source Unknown: use HangupSourceNames.Unknown"));

    [Fact]
    public Task Names_outside_a_hangup_comparison_stay_silent() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;

        class Callback
        {
            public string HangupCauseName { get; set; } = "Busy Line";

            [Obsolete("Busy Line")]
            bool A(string role) => role == "Caller";

            bool B(string carrierName) => carrierName == "Carrier";

            bool C(string status) => status == "Busy Line";

            bool D(string hangupCauseName) => hangupCauseName == "Busy";

            bool E() => HangupCauseName.StartsWith("Busy Line") || HangupCauseName.Contains("Rejected");

            void F(List<string> log)
            {
                HangupCauseName = "Busy Line";
                log.Add("Carrier");
                Console.WriteLine("Busy Line");
            }

            string G(string party) => party switch
            {
                "Caller" => "a",
                "Carrier" => "b",
                _ => "c",
            };

            bool H(Dictionary<string, string> form) => form["From"] == "Carrier";
        }
        """);

    [Fact]
    public Task Extra_hangup_names_come_from_the_editorconfig()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Call
                {
                    bool A(string endReason) => endReason == {|#0:"Busy Line"|};

                    bool B(string endedBy) => endedBy == "Carrier";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nhangupgen.hangup_symbol_names = endReason\n"));
        test.ExpectedDiagnostics.Add(Name(0, BusyLine));
        return test.RunAsync();
    }

    [Fact]
    public Task The_rule_stays_silent_without_the_generated_types()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string hangupCauseName) => hangupCauseName == "Busy Line";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_make_the_rule_throw()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(Missing hangupCauseName) => hangupCauseName == {|#0:"Busy Line"|};

                    bool B(string hangupCauseName) => hangupCauseName == ;

                    bool C() => Unresolved.Equals("Busy Line", );

                    string D(string hangupSource)
                    {
                        switch (hangupSource)
                        {
                            case {|#1:"Carrier"|}
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
            ExpectedDiagnostics = { Name(0, BusyLine), Name(1, Carrier) },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task The_rule_follows_a_custom_table_and_namespace()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    bool A(string hangupCauseName) => hangupCauseName == {|#0:"DNO Caller ID"|};

                    bool B(string hangupCauseName) => hangupCauseName == {|#1:"Busy Line"|};

                    bool C(string hangupCauseName) => hangupCauseName == "Rejected";
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", TestTables.Small));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        test.ExpectedDiagnostics.Add(Name(0, "\"DNO Caller ID\" is the documented name of the hangup cause DoNotOriginate: use HangupCauseNames.DoNotOriginate"));
        test.ExpectedDiagnostics.Add(Name(1, BusyLine));
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0001: a literal equal to a documented code where a hangup code is meant, in every context
/// the issue lists, with the exact span and message; and the places it must not reach.
/// </summary>
public sealed class HG0001MagicHangupCodeTests
{
    private const string Callback = """
        class Callback
        {
            public int HangupCauseCode { get; set; }
            public string HangupCauseCodeText { get; set; } = "";
            public int? HangupCode { get; set; }
            public long HangupCodeLong { get; set; }
            public HangupCause Cause { get; set; }
            public Callback Inner { get; set; }
        }
        """;

    private static DiagnosticResult Busy(int location, string text = "3010")
        => Magic(location, text, "BusyLine", "Busy Line");

    private static DiagnosticResult Magic(int location, string text, string identifier, string name)
        => Verify.Diagnostic("HG0001").WithLocation(location).WithArguments(text, identifier, name);

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected)
        => Verify.VerifyAnalyzerAsync("using HangupGen;\n\n" + code + "\n\n" + Callback, expected);

    [Fact]
    public Task Equality_and_inequality_with_a_hangup_code_on_either_side() => VerifyAsync("""
        class C
        {
            bool M(Callback callback, int hangupCode) =>
                callback.HangupCauseCode == {|#0:3010|}
                || {|#1:3010|} != hangupCode
                || hangupCode != {|#2:6010|};
        }
        """,
        Busy(0),
        Busy(1),
        Magic(2, "6010", "RingTimeoutReached", "Ring Timeout Reached"));

    [Fact]
    public Task The_message_names_the_member_and_the_documented_name() => VerifyAsync("""
        class C
        {
            bool M(int hangupCode) => hangupCode == {|#0:3140|} || hangupCode == {|#1:1010|};
        }
        """,
        Magic(0, "3140", "DnoCallerId", "DNO Caller ID"),
        Magic(1, "1010", "CanceledOutOfCredits", "Canceled (Out Of Credits)"));

    [Fact]
    public Task Equals_in_its_instance_static_string_and_comparer_forms() => VerifyAsync("""
        using System;
        using System.Collections.Generic;

        class C
        {
            void M(int hangupCode, string hangupCauseCode)
            {
                _ = hangupCode.Equals({|#0:3010|});
                _ = Equals(hangupCode, {|#1:3010|});
                _ = object.Equals({|#2:3010|}, hangupCode);
                _ = {|#3:3010|}.Equals(hangupCode);
                _ = EqualityComparer<int>.Default.Equals(hangupCode, {|#4:3010|});
                _ = string.Equals(hangupCauseCode, {|#5:"3010"|}, StringComparison.Ordinal);
                _ = hangupCauseCode.Equals({|#6:"3010"|}, StringComparison.OrdinalIgnoreCase);
                _ = StringComparer.Ordinal.Equals({|#7:"3010"|}, hangupCauseCode);
            }
        }
        """,
        Busy(0), Busy(1), Busy(2), Busy(3), Busy(4), Busy(5, "\"3010\""), Busy(6, "\"3010\""), Busy(7, "\"3010\""));

    [Fact]
    public Task Case_labels_of_a_switch_statement_over_a_hangup_code() => VerifyAsync("""
        class C
        {
            string M(Callback callback, bool retry)
            {
                switch (callback.HangupCauseCode)
                {
                    case {|#0:3010|}:
                    case {|#1:3100|}:
                        return "busy";
                    case {|#2:6010|} when retry:
                        return "retry";
                    case > 7000:
                        return "url";
                    default:
                        return "other";
                }
            }
        }
        """,
        Busy(0),
        Magic(1, "3100", "BusyEverywhere", "Busy everywhere"),
        Magic(2, "6010", "RingTimeoutReached", "Ring Timeout Reached"));

    [Fact]
    public Task Arms_of_a_switch_expression_including_or_patterns() => VerifyAsync("""
        class C
        {
            string M(int hangupCode) => hangupCode switch
            {
                {|#0:3010|} => "busy",
                {|#1:6000|} or {|#2:6010|} => "timeout",
                >= 7000 and <= 7034 => "url",
                _ => "other",
            };
        }
        """,
        Busy(0),
        Magic(1, "6000", "ScheduledHangup", "Scheduled Hangup"),
        Magic(2, "6010", "RingTimeoutReached", "Ring Timeout Reached"));

    [Fact]
    public Task Is_patterns_with_or_and_not() => VerifyAsync("""
        class C
        {
            void M(int hangupCode)
            {
                _ = hangupCode is {|#0:6000|} or {|#1:6010|};
                _ = hangupCode is not {|#2:3010|};
                _ = hangupCode is not ({|#3:0|} or {|#4:4000|}) and > 100;
            }
        }
        """,
        Magic(0, "6000", "ScheduledHangup", "Scheduled Hangup"),
        Magic(1, "6010", "RingTimeoutReached", "Ring Timeout Reached"),
        Busy(2),
        Magic(3, "0", "Unknown", "Unknown"),
        Magic(4, "4000", "NormalHangup", "Normal Hangup"));

    [Fact]
    public Task Property_patterns_nested_and_extended() => VerifyAsync("""
        class C
        {
            void M(Callback callback)
            {
                _ = callback is { HangupCauseCode: {|#0:3010|} };
                _ = callback is { Inner: { HangupCauseCode: {|#1:3010|} } };
                _ = callback is { Inner.HangupCauseCode: {|#2:3010|} or {|#3:3020|} };
                _ = callback is { HangupCauseCodeText: {|#4:"3010"|} };
            }
        }
        """,
        Busy(0), Busy(1), Busy(2), Magic(3, "3020", "Rejected", "Rejected"), Busy(4, "\"3010\""));

    [Fact]
    public Task Elements_of_a_list_pattern_over_hangup_codes() => VerifyAsync("""
        class C
        {
            bool M(int[] hangupCodes) => hangupCodes is [{|#0:3010|}, .., {|#1:4000|}];
        }
        """,
        Busy(0),
        Magic(1, "4000", "NormalHangup", "Normal Hangup"));

    [Fact]
    public Task Assignments_including_object_initializers_and_keyed_indexers() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            int _hangupCode;

            void M(Callback callback, Dictionary<string, string> form)
            {
                callback.HangupCauseCode = {|#0:3010|};
                _hangupCode = {|#1:3010|};
                form["HangupCauseCode"] = {|#2:"3010"|};
                var created = new Callback { HangupCauseCode = {|#3:3010|}, HangupCauseCodeText = {|#4:"3010"|} };
            }
        }
        """,
        Busy(0), Busy(1), Busy(2, "\"3010\""), Busy(3), Busy(4, "\"3010\""));

    [Fact]
    public Task Initializers_of_locals_fields_constants_properties_and_parameter_defaults() => VerifyAsync("""
        class C
        {
            private const int RetryHangupCode = {|#0:3010|};
            private static readonly int s_defaultHangupCode = {|#1:4000|};

            public int LastHangupCode { get; set; } = {|#2:3010|};

            void M(int hangupCode = {|#3:3010|})
            {
                int localHangupCode = {|#4:3010|};
                string hangupCauseCode = {|#5:"3010"|};
                HangupCause? hangupCause = (HangupCause){|#6:3010|};
            }
        }
        """,
        Busy(0), Magic(1, "4000", "NormalHangup", "Normal Hangup"), Busy(2), Busy(3), Busy(4), Busy(5, "\"3010\""), Busy(6));

    [Fact]
    public Task Zero_is_a_not_yet_set_value_in_initializers_and_assignments_but_Unknown_in_comparisons() => VerifyAsync("""
        class C
        {
            private int _hangupCode = 0;

            public int HangupCauseCode { get; set; } = 0;

            bool M(Callback callback)
            {
                int hangupCode = 0;
                callback.HangupCauseCode = 0;
                _hangupCode = hangupCode;
                return callback.HangupCauseCode == {|#0:0|} || callback.Cause == {|#1:0|};
            }
        }
        """,
        Magic(0, "0", "Unknown", "Unknown"),
        Magic(1, "0", "Unknown", "Unknown"));

    [Fact]
    public Task Arguments_by_parameter_name_and_type() => VerifyAsync("""
        class C
        {
            void Handle(int hangupCode) { }
            void HandleCause(HangupCause cause) { }
            void Retry(int attempts, int hangupCauseCode) { }

            void M()
            {
                Handle({|#0:3010|});
                Handle(hangupCode: {|#1:3010|});
                Retry(3, {|#2:3010|});
                Retry(hangupCauseCode: {|#3:3010|}, attempts: 3);
                HandleCause({|#4:0|});
            }
        }
        """,
        Busy(0), Busy(1), Busy(2), Busy(3), Magic(4, "0", "Unknown", "Unknown"));

    [Fact]
    public Task Arguments_next_to_a_key_that_names_a_hangup_code() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            void M(Dictionary<string, int> counters, Dictionary<string, object> payload)
            {
                var field = new KeyValuePair<string, string>("HangupCauseCode", {|#0:"3010"|});
                KeyValuePair<string, string> posted = new("HangupCauseCode", {|#1:"3010"|});
                counters.Add("hangup_code", {|#2:3010|});
                payload.Add("hangup_cause_code", {|#3:3010|});
                var form = new Dictionary<string, string> { { "HangupCauseCode", {|#4:"3010"|} }, { "CallUUID", "3010" } };
            }
        }
        """,
        Busy(0, "\"3010\""), Busy(1, "\"3010\""), Busy(2), Busy(3), Busy(4, "\"3010\""));

    [Fact]
    public Task A_key_names_a_params_array_an_object_or_a_value_without_a_name_of_its_own() => VerifyAsync("""
        class Tags
        {
            public void Set(string name, object tag) { }
            public void Log(string key, params object[] extra) { }
            public void Put(string key, int item) { }
            public void Cache(string key, int hangupCode, int timeoutMs) { }
        }

        class C
        {
            void M(Tags tags)
            {
                tags.Set("hangup_code", {|#0:3010|});
                tags.Log("HangupCauseCode", {|#1:3010|}, "busy");
                tags.Put("hangup_cause_code", {|#2:3010|});
                tags.Cache("port", {|#3:3010|}, 3000);
            }
        }
        """,
        Busy(0), Busy(1), Busy(2), Busy(3));

    [Fact]
    public Task Codes_passed_to_the_generated_helpers() => VerifyAsync("""
        class C
        {
            void M()
            {
                _ = HangupCauses.FromCode({|#0:3010|});
                _ = HangupCauses.TryFromCode({|#1:3010|}, out _);
                _ = HangupCauses.TryParseCode({|#2:"3010"|}, out _);
                _ = HangupCauses.IsInCategory({|#3:3010|}, HangupCategory.CallRejections);
            }
        }
        """,
        Busy(0), Busy(1), Busy(2, "\"3010\""), Busy(3));

    [Fact]
    public Task Returns_from_members_named_or_typed_for_a_hangup_code() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            int GetHangupCode() { return {|#0:3010|}; }
            int DefaultHangupCode => {|#1:3010|};
            HangupCause Fallback() => {|#2:0|};
            string HangupCauseCodeText(bool busy) => busy ? {|#3:"3010"|} : {|#4:"4000"|};

            IEnumerable<int> RetryableHangupCodes()
            {
                yield return {|#5:3010|};
                yield return {|#6:3100|};
            }

            int Port() => 3010;

            void M()
            {
                int LocalHangupCode() => {|#7:3010|};
                System.Func<int> lambda = () => 3010;
            }
        }
        """,
        Busy(0), Busy(1), Magic(2, "0", "Unknown", "Unknown"), Busy(3, "\"3010\""),
        Magic(4, "\"4000\"", "NormalHangup", "Normal Hangup"), Busy(5), Magic(6, "3100", "BusyEverywhere", "Busy everywhere"), Busy(7));

    [Fact]
    public Task Casts_to_HangupCause() => VerifyAsync("""
        class C
        {
            void M()
            {
                var cause = (HangupCause){|#0:3010|};
                var maybe = (HangupCause?){|#1:3010|};
                var fromLong = (HangupCause){|#2:3010L|};
                var parenthesized = (HangupCause)({|#3:3010|});
                string name = ((HangupCause){|#4:3010|}).GetName();
            }
        }
        """,
        Busy(0), Busy(1), Busy(2, "3010L"), Busy(3), Busy(4));

    [Fact]
    public Task Indexer_and_accessor_keys_name_the_value() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Collections.Specialized;
        using System.Text.Json;

        class C
        {
            void M(Dictionary<string, string> form, NameValueCollection query, JsonElement json, Dictionary<int, string> hangupCodeNames)
            {
                _ = form["HangupCauseCode"] == {|#0:"3010"|};
                _ = query["hangup_cause_code"] != {|#1:"3010"|};
                _ = json.GetProperty("hangup_cause_code").GetInt32() == {|#2:3010|};
                _ = json.GetProperty("HangupCauseCode").GetString() == {|#3:"3010"|};
                _ = int.Parse(form["HangupCauseCode"]) == {|#4:3010|};
                _ = form.GetValueOrDefault("HangupCauseCode") == {|#5:"3010"|};
                _ = hangupCodeNames[{|#6:3010|}];
            }
        }
        """,
        Busy(0, "\"3010\""), Busy(1, "\"3010\""), Busy(2), Busy(3, "\"3010\""), Busy(4), Busy(5, "\"3010\""), Busy(6));

    [Fact]
    public Task Array_collection_and_collection_expression_elements_flowing_into_hangup_names() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            private static readonly int[] s_retryHangupCodes = { {|#0:3010|}, {|#1:3100|} };

            void Retry(params int[] hangupCodes) { }

            void M()
            {
                var busyHangupCodes = new[] { {|#2:3010|} };
                var hangupCodeSet = new HashSet<int> { {|#3:3010|} };
                List<int> hangupCodeList = [{|#4:3010|}, .. busyHangupCodes];
                var hangupCodeAdvice = new Dictionary<int, string> { { {|#5:3010|}, "retry later" } };
                var retryDelayByHangupCode = new Dictionary<int, int> { { {|#6:3010|}, 30 } };
                Retry({|#7:3010|}, {|#8:3100|});
                var ports = new[] { 3010, 3020 };
                var buffer = new int[3010];
            }
        }
        """,
        Busy(0), Magic(1, "3100", "BusyEverywhere", "Busy everywhere"), Busy(2), Busy(3), Busy(4), Busy(5), Busy(6), Busy(7),
        Magic(8, "3100", "BusyEverywhere", "Busy everywhere"));

    [Fact]
    public Task Numeric_strings_as_Plivo_posts_them() => VerifyAsync("""
        class C
        {
            string M(Callback callback)
            {
                if (callback.HangupCauseCodeText == {|#0:"3010"|})
                {
                    return "busy";
                }

                switch (callback.HangupCauseCodeText)
                {
                    case {|#1:"6010"|}:
                        return "timeout";
                    case "03010":
                    case " 3010":
                    case "3010a":
                        return "not how a code is sent";
                    default:
                        return "other";
                }
            }
        }
        """,
        Busy(0, "\"3010\""),
        Magic(1, "\"6010\"", "RingTimeoutReached", "Ring Timeout Reached"));

    [Fact]
    public Task Long_short_and_unsigned_literals_and_variables() => VerifyAsync("""
        class C
        {
            void M(Callback callback, short shortHangupCode, uint unsignedHangupCode, long hangupCodeLong)
            {
                _ = callback.HangupCodeLong == {|#0:3010L|};
                _ = hangupCodeLong == {|#1:3010|};
                _ = shortHangupCode == {|#2:3010|};
                _ = unsignedHangupCode == {|#3:3010u|};
                short storedHangupCode = {|#4:3010|};
                _ = hangupCodeLong == {|#5:0xBC2|};
            }
        }
        """,
        Busy(0, "3010L"), Busy(1), Busy(2), Busy(3, "3010u"), Busy(4), Busy(5, "0xBC2"));

    [Fact]
    public Task Converted_nullable_and_conditional_access_operands() => VerifyAsync("""
        class C
        {
            void M(Callback callback, Callback maybe, HangupCause cause, int? hangupCode)
            {
                _ = (int)cause == {|#0:3010|};
                _ = (int)callback.Cause != {|#1:3010|};
                _ = hangupCode.Value == {|#2:3010|};
                _ = hangupCode == {|#3:3010|};
                _ = callback.HangupCode.GetValueOrDefault() == {|#4:3010|};
                _ = maybe?.HangupCauseCode == {|#5:3010|};
                _ = maybe?.Inner?.HangupCode == {|#6:3010|};
                _ = (hangupCode ?? 0) == {|#7:3010|};
                int resolvedHangupCode = hangupCode ?? {|#8:3010|};
                int chosenHangupCode = maybe is null ? {|#9:4000|} : {|#10:3010|};
            }
        }
        """,
        Busy(0), Busy(1), Busy(2), Busy(3), Busy(4), Busy(5), Busy(6), Busy(7), Busy(8),
        Magic(9, "4000", "NormalHangup", "Normal Hangup"), Busy(10));

    [Fact]
    public Task Relational_bounds_are_left_to_HG0004() => VerifyAsync("""
        class C
        {
            void M(int hangupCode, Callback callback)
            {
                _ = hangupCode >= 3000 && hangupCode < 4000;
                _ = hangupCode > 3000 || 4000 <= hangupCode;
                _ = hangupCode is >= 3000 and <= 3050;
                _ = callback is { HangupCauseCode: >= 6000 and < 6030 };
                _ = hangupCode switch { < 3000 => 1, >= 3000 and < 4000 => 2, _ => 3 };
                switch (hangupCode)
                {
                    case >= 7011 and <= 7034:
                        break;
                }
            }
        }
        """);

    [Fact]
    public Task Hangup_names_that_count_or_measure_hold_no_code() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            void M(int hangupCauseCount, int hangupCodeIndex, int hangupDelayMs, List<int> hangupCodes, string hangupCodeText)
            {
                _ = hangupCauseCount == 3000;
                _ = hangupCodeIndex == 3010;
                _ = hangupDelayMs == 4000;
                _ = hangupCodes[0] == {|#0:3010|};
                _ = hangupCodes.Count == 3000;
                _ = hangupCodeText.Length == 4;
                _ = hangupCodes.IndexOf(3010);
                _ = -3010 == hangupCauseCount;
            }
        }
        """,
        Busy(0));

    [Fact]
    public Task The_option_adds_names_that_hold_hangup_codes()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;

                class Call
                {
                    public int DisconnectCode { get; set; }
                    public string end_status { get; set; } = "";
                    public int OtherCode { get; set; }

                    bool M() => DisconnectCode == {|#0:3010|} || end_status == {|#1:"3010"|} || OtherCode == 3010;
                }
                """,
            ExpectedDiagnostics = { Busy(0), Busy(1, "\"3010\"") },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            hangupgen.hangup_symbol_names = disconnectCode , End-Status,
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task The_option_applies_to_the_files_its_section_matches()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Telephony/Call.cs", """
            class Call
            {
                public int DisconnectCode { get; set; }

                bool M() => DisconnectCode == {|HG0001:3010|};
            }
            """));
        test.TestState.Sources.Add(("/src/Network/Socket.cs", """
            class Socket
            {
                public int DisconnectCode { get; set; }

                bool M() => DisconnectCode == 3010;
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/src/.editorconfig", """
            root = true

            [Telephony/*.cs]
            hangupgen.hangup_symbol_names = DisconnectCode
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_custom_table_brings_its_own_codes_and_names()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|#0:3060|} || hangupCode == {|#1:3010|};
                }
                """,
            ExpectedDiagnostics =
            {
                Magic(0, "3060", "CarrierTimeout", "Carrier Timeout"),
                Magic(1, "3010", "BusyLine", "Busy Line"),
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
                    bool M(int hangupCode, HangupCause cause) => hangupCode == {|#0:3010|} || cause == (HangupCause){|#1:3060|};
                }
                """,
            ExpectedDiagnostics =
            {
                Busy(0),
                Magic(1, "3060", "CarrierTimeout", "Carrier Timeout"),
            },
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", CustomTables.CarrierTimeout));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", CustomTables.ContosoNamespace));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_called_HangupCause_that_HangupGen_did_not_generate_is_not_the_table()
    {
        var test = new Verify.Test
        {
            TestCode = """
                namespace Contoso.Telephony
                {
                    enum HangupCause { BusyLine = 3010 }

                    class C
                    {
                        bool M(HangupCause cause) => cause == (HangupCause)3010;
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\nbuild_property.HangupGenNamespace = Contoso.Telephony\n"));
        return test.RunAsync();
    }
}

/// <summary>Tables and settings the rule tests share.</summary>
internal static class CustomTables
{
    /// <summary>
    /// A table of another provider: a Carrier Issues category spanning 3000-3099 with a code the
    /// documented table lacks, 3060 Carrier Timeout.
    /// </summary>
    public const string CarrierTimeout = """
        code,name,category,range,description,next_steps,sources
        0,Unknown,Unknown,0,Hangup reason undetermined,Check call logs for context,Unknown
        3010,Busy Line,Carrier Issues,3000-3099,Destination is busy,Retry later,Carrier
        3060,Carrier Timeout,Carrier Issues,3000-3099,The carrier did not answer in time,Retry on another route,Carrier
        4000,Normal Hangup,Normal Completions,4000-4030,Call completed normally,None,Caller; Call Recipient
        """;

    /// <summary>A global config that generates the types in <c>Contoso.Telephony</c>.</summary>
    public const string ContosoNamespace = "is_global = true\nbuild_property.HangupGenNamespace = Contoso.Telephony\n";
}

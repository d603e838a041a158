using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Ordinary code that happens to hold 3000, 3010 or "Carrier" must stay silent under every
/// analyzer and suppressor of the assembly (found by reflection, so a rule added later is held to
/// the same traps), in a compilation that has the generated types — and any code at all in one
/// that has none.
/// </summary>
public sealed class FalsePositiveTrapTests
{
    public static TheoryData<string, string> Traps { get; } = new()
    {
        { "port in a local", "class C { bool M() { var port = 3000; return port == 3000; } }" },
        { "port in a field and an argument", "class C { int _port = 3010; void Listen(int port) { } void M() { Listen(3010); Listen(port: 3000); _port = 3010; } }" },
        { "Task.Delay", "using System.Threading.Tasks; class C { Task M() => Task.Delay(5000); }" },
        { "TimeSpan factories", "using System; class C { TimeSpan M() => TimeSpan.FromMilliseconds(4000) + TimeSpan.FromSeconds(3010); }" },
        { "HTTP status codes", """
            using System.Net;
            class C
            {
                string M(int statusCode, HttpStatusCode status) =>
                    statusCode == 404 || (int)status == 503 || statusCode is 500 or 502 ? "retry" : statusCode switch { 200 => "ok", 401 => "auth", _ => "other" };
            }
            """ },
        { "buffer sizes", "using System; class C { void M() { var buffer = new byte[4096]; Span<byte> scratch = stackalloc byte[3010]; int bufferSize = 8192; _ = buffer.Length == 4096 && bufferSize == 8192 && scratch.Length == 3010; } }" },
        { "a timeout compared", "class C { bool M(int timeoutMs) => timeoutMs == 4000 || timeoutMs != 6000; }" },
        { "another enum with the value 3010", """
            enum ServerPort { Development = 3010, Staging = 3020 }
            class C
            {
                bool M(ServerPort port) => port == (ServerPort)3010 || (int)port == 3020 || port is (ServerPort)3000;
            }
            """ },
        { "literals in attributes", """
            using System;
            using System.ComponentModel;
            using System.ComponentModel.DataAnnotations;
            class Settings
            {
                [Obsolete("3010")]
                [DefaultValue(3010)]
                [Range(3000, 4000)]
                public int Port { get; set; }
            }
            """ },
        { "a constant named MaxRetries", "class C { const int MaxRetries = 3000; bool M(int attempts) => attempts == MaxRetries || attempts == 3010; }" },
        { "Carrier, Caller and Unknown in unrelated comparisons", """
            class C
            {
                bool M(string vendorType, string role, string status, string label) =>
                    vendorType == "Carrier" || role == "Caller" || status == "Unknown" || string.Equals(label, "Busy Line") || label.Equals("Normal Hangup");
            }
            """ },
        { "a hangup URL", """
            class C
            {
                string hangupUrl = "http://localhost:3000/hangup";
                bool M(string hangupMethod) => hangupUrl == "https://example.com/3010" || hangupMethod == "POST" || hangupUrl.Length == 3010;
            }
            """ },
        { "a retry count", "class C { bool M(int retryCount) => retryCount == 3010 || retryCount is 3000; }" },
        { "a dictionary of ports", """
            using System.Collections.Generic;
            class C
            {
                Dictionary<string, int> _ports = new() { ["web"] = 3000, ["api"] = 3010 };
                Dictionary<string, int> _legacy = new() { { "web", 3000 }, { "carrier", 3010 } };
                bool M() => _ports["web"] == 3000 && _legacy["carrier"] == 3010;
            }
            """ },
        { "a range over an unrelated status", "class C { bool M(int status) => status >= 3000 && status < 4000 || status is >= 6000 and <= 6020; }" },
        { "a switch over an unrelated integer", """
            class C
            {
                string M(int port)
                {
                    switch (port)
                    {
                        case 3000: return "web";
                        case 3010: return "api";
                        default: return "other";
                    }
                }
            }
            """ },
        { "an is pattern over an unrelated error code", "class C { bool M(int errorCode) => errorCode is 3010 or 3020 or not 0; }" },
        { "numbers about hangups rather than hangup codes", """
            using System.Collections.Generic;
            class C
            {
                bool M(int hangupCount, int hangupCauseCount, int hangupCodeLength, int hangupTimeoutMs, Dictionary<string, int> hangupCodeCounts) =>
                    hangupCount == 3000 || hangupCauseCount == 3010 || hangupCodeLength == 4 || hangupTimeoutMs == 6000 || hangupCodeCounts.Count == 3010;
            }
            """ },
        { "numeric strings that are not codes", """
            using System.Collections.Generic;
            class C
            {
                bool M(string zip, Dictionary<string, string> form) => zip == "3010" || form["port"] == "3000" || form["CallUUID"] == "4000";
            }
            """ },
        { "an array of ports", "class C { int[] _ports = { 3000, 3010 }; int[] M() => new[] { 3000, 3010, 4000 }; }" },
        { "positions in a list of hangup codes", """
            using System.Collections.Generic;
            class C
            {
                int M(List<int> hangupCodes, string hangupCodeText) => hangupCodes[0] + hangupCodes.Count + hangupCodeText[0] + hangupCodes.IndexOf(3) + (hangupCodes.Count > 3000 ? 1 : 0);
            }
            """ },
        { "a log message that mentions hangup codes", """
            class C
            {
                void Log(string message, params object[] args) { }
                void M(int code) => Log("Hangup code {HangupCauseCode} on port {Port}", code, 3000);
            }
            """ },
        { "a timeout passed next to a hangup key", """
            class C
            {
                void Cache(string key, int code, int timeoutMs) { }
                void M(int code) => Cache("hangup_code", code, 3000);
            }
            """ },
        { "a step or amount passed next to a hangup key", """
            class Metrics
            {
                public void Increment(string name, int by) { }
                public void Add(string counter, long amount) { }
            }
            class C
            {
                void M(Metrics metrics)
                {
                    metrics.Increment("hangup_cause_code", 1);
                    metrics.Add("HangupCauseCode", 3010);
                }
            }
            """ },
        { "a duration, a retry delay and a port next to hangup keys", """
            class CacheEntry { public CacheEntry(string key, int port) { } }
            class RetryPolicy : System.Collections.IEnumerable
            {
                public void Add(string key, int delayMs) { }
                public System.Collections.IEnumerator GetEnumerator() => null!;
            }
            class C
            {
                void Record(string metric, int code, int durationMs) { }
                void M(int code)
                {
                    Record("hangup_code", code, 5000);
                    var entry = new CacheEntry("hangup_cause_code", 3010);
                    var policy = new RetryPolicy { { "hangup_code", 3000 }, { "HangupCauseCode", 4000 } };
                }
            }
            """ },
        { "arithmetic on a hangup code", "class C { int M(int hangupCode) => hangupCode * 2 + 3010 - (hangupCode % 10 == 0 ? 1 : 0); }" },
        { "a method returning a port", "class C { int GetPort() => 3000; int DefaultTimeout { get { return 4000; } } }" },
        { "framework calls taking numbers", "using System; using System.Linq; class C { int M(int timeout) => Math.Max(timeout, 3000) + Enumerable.Range(3000, 10).Count() + new Random(3010).Next(4000); }" },
        { "a year and a date", "using System; class C { bool M(int year) => year == 3010 || new DateTime(3000, 1, 1).Year == year; }" },
        { "exit codes and sentinels", "using System; class C { bool M(int exitCode, int hangupCode) { Environment.ExitCode = 0; return exitCode == 1 || hangupCode == -1; } }" },
        { "HangupCause members used as intended", """
            using System;
            using System.Collections.Generic;
            using HangupGen;
            class C
            {
                bool M(Dictionary<string, string> form, int hangupCode)
                {
                    bool busy = HangupCauses.TryParseCode(form["HangupCauseCode"], out var cause) && cause == HangupCause.BusyLine;
                    bool timeout = hangupCode == (int)HangupCause.RingTimeoutReached;
                    string name = HangupCause.BusyLine.GetName();
                    return busy || timeout || name == HangupCauseNames.BusyLine || HangupCauses.IsInCategory(hangupCode, HangupCategory.Timeouts);
                }
            }
            """ },
        { "a switch over a cause with a default that does work", """
            using System;
            using HangupGen;
            class C
            {
                void M(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.BusyLine:
                            Console.WriteLine("retry");
                            break;
                        default:
                            Console.WriteLine(cause.GetNextSteps());
                            break;
                    }
                }
            }
            """ },
        { "a string compared with digits that is no hangup value", "class C { bool M(string pin, string otp) => pin == \"3010\" || otp.Equals(\"4000\") || string.Equals(pin, \"0\"); }" },
        { "an indexer and a property chain with unrelated keys", """
            using System.Collections.Generic;
            class Config { public Dictionary<string, int> Ports { get; } = new(); }
            class C
            {
                bool M(Config config) => config.Ports["hangup-listener"] == 3000 || config.Ports["carrier"] == 3010;
            }
            """ },
    };

    [Fact]
    public void The_rules_are_found_by_reflection()
    {
        Assert.Contains(typeof(MagicHangupCodeAnalyzer), HangupRules.Types);
        Assert.All(HangupRules.Create(), analyzer =>
        {
            if (analyzer is DiagnosticSuppressor suppressor)
            {
                Assert.NotEmpty(suppressor.SupportedSuppressions);
            }
            else
            {
                Assert.NotEmpty(analyzer.SupportedDiagnostics);
            }
        });
        Assert.True(Traps.Count() >= 25, "at least 25 traps");
    }

    [Theory]
    [MemberData(nameof(Traps))]
    public Task Ordinary_code_stays_silent_under_every_rule(string trap, string code)
    {
        Assert.False(string.IsNullOrEmpty(trap));
        return new AllRulesTest { TestCode = code }.RunAsync();
    }

    [Fact]
    public Task The_traps_hold_because_the_rules_are_live()
        => new AllRulesTest
        {
            TestCode = "class C { bool M(int port, int hangupCode) => port == 3010 || hangupCode == {|HG0001:3010|}; }",
        }.RunAsync();

    [Fact]
    public Task Hangup_code_in_a_compilation_without_the_generated_types_stays_silent()
    {
        var test = new AllRulesTest
        {
            TestCode = """
                class Callback
                {
                    public int HangupCauseCode { get; set; }
                    public string HangupCauseName { get; set; } = "";
                    public string HangupSource { get; set; } = "";

                    string M()
                    {
                        if (HangupCauseCode == 3010 || HangupCauseCode == 3015 || HangupCauseName == "Busy Line" || HangupSource == "Carrier")
                        {
                            return "busy";
                        }

                        if (HangupCauseCode >= 3000 && HangupCauseCode < 4000)
                        {
                            return "rejected";
                        }

                        switch (HangupCauseCode)
                        {
                            case 6000:
                            case 6010:
                                return "timeout";
                            default:
                                throw new System.InvalidOperationException();
                        }
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    /// <summary>The official test, with every rule of the assembly in place of one.</summary>
    private sealed class AllRulesTest : CSharpAnalyzerTest<MagicHangupCodeAnalyzer, DefaultVerifier>
    {
        public AllRulesTest()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.AddRange(TestReferences.Net80Assemblies);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => TestReferences.Generators;

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => HangupRules.Create();
    }
}

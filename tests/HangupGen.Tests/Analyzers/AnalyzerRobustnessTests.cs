using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Every analyzer and suppressor of the assembly (by reflection) over code that is being typed:
/// whatever compiler errors there are, no rule throws (no AD0001, no analyzer exception). Each
/// snippet also holds one well-formed magic code, so a rule that silently gave up on the whole
/// compilation would fail the test too.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private const string Control = "\nclass Control { bool IsBusy(int hangupCode) => hangupCode == 3010; }\n";

    public static TheoryData<string, string> BrokenCode { get; } = new()
    {
        { "unterminated switch statement", "class C { void M(int hangupCode) { switch (hangupCode) { case 3010: break; case" },
        { "switch statement without braces", "class C { void M(int hangupCode) { switch (hangupCode) case 3010: } }" },
        { "unterminated switch expression", "class C { int M(int hangupCode) => hangupCode switch { 3010 => 1, 6000 or => 2, " },
        { "switch expression arm without a value", "using HangupGen; class C { int M(HangupCause cause) => cause switch { HangupCause.BusyLine => , _ => }; }" },
        { "missing right operand", "class C { bool M(int hangupCode) => hangupCode == ; }" },
        { "missing left operand", "class C { bool M(int hangupCode) => == 3010; }" },
        { "missing relational bound", "class C { bool M(int hangupCode) => hangupCode >= 3000 && hangupCode < ; }" },
        { "unresolved type", "class C { bool M(Unknown hangupCode) => hangupCode == 3010 || hangupCode.HangupCauseCode == \"3010\"; }" },
        { "unresolved member", "using HangupGen; class C { bool M(HangupCause cause, object callback) => cause == HangupCause.NoSuchCause || callback.HangupCauseCode == 3010; }" },
        { "unresolved method with a hangup-named argument", "class C { void M() { Handle(hangupCode: 3010); Missing.Add(\"hangup_code\", 3010); } }" },
        { "cast to HangupCause with no operand", "using HangupGen; class C { object M() => (HangupCause); }" },
        { "cast to HangupCause of a string", "using HangupGen; class C { object M() => (HangupCause)\"3010\"; }" },
        { "cast to a nullable of an unresolved type", "class C { object M() => (HangupCuase?)3010; }" },
        { "broken is pattern", "class C { bool M(int hangupCode) => hangupCode is 3010 or ; }" },
        { "broken property pattern", "class C { bool M(object callback) => callback is { HangupCauseCode: 3010, : 3020 }; }" },
        { "broken list pattern", "class C { bool M(int[] hangupCodes) => hangupCodes is [3010, .., ; }" },
        { "relational pattern on a string", "class C { bool M(string hangupCauseCode) => hangupCauseCode is > \"3000\" and < 4000; }" },
        { "half-typed lambda", "using System; class C { Func<int, bool> M() => hangupCode => hangupCode == 3010 && ; }" },
        { "half-typed lambda body", "using System; using System.Linq; class C { void M(int[] hangupCodes) { hangupCodes.Where(c => c == 3010 || ).Select(c => ; } }" },
        { "unterminated method and class", "class C { int GetHangupCode() { return 3010" },
        { "return in a void method", "class C { void SetHangupCode() { return 3010; } }" },
        { "assignment to a read-only property", "class C { int HangupCode => 0; void M() { HangupCode = 3010; } }" },
        { "collection initializer of an unresolved type", "class C { void M() { var hangupCodes = new Missing<int> { 3010, 3020 }; int[] more = [3010, ]; } }" },
        { "indexer of an unresolved collection", "class C { bool M() => form[\"HangupCauseCode\"] == \"3010\" && json.GetProperty(\"hangup_cause_code\").GetInt32() == 3010; }" },
        { "Equals with too many arguments", "class C { bool M(int hangupCode) => hangupCode.Equals(3010, 3020, 3030) || Equals(3010) || string.Equals(); }" },
        { "nullable value of a non-nullable", "class C { bool M(int hangupCode) => hangupCode.Value == 3010 || hangupCode?.ToString() == \"3010\"; }" },
        { "a huge number and an overflowing constant", "class C { bool M(long hangupCode) => hangupCode == 99999999999999999999 || hangupCode == 18446744073709551615 || hangupCode == -9223372036854775808; }" },
        { "a stray case label", "class C { void M(int hangupCode) { case 3010: break; } }" },
        { "a switch over HangupCause with a duplicate and a foreign case", "using HangupGen; class C { int M(HangupCause cause) { switch (cause) { case HangupCause.BusyLine: case HangupCause.BusyLine: return 1; case 3010: return 2; case \"x\": return 3; } } }" },
        { "a switch expression over HangupCategory with errors", "using HangupGen; class C { string M(HangupCategory category) => category switch { HangupCategory.Timeouts => \"t\", (HangupCategory)99 => , HangupCategory => \"x\" }; }" },
        { "an object initializer naming an unknown member", "class Callback { public int HangupCauseCode { get; set; } } class C { object M() => new Callback { HangupCauseCode = 3010, Missing = 3010, = 4000 }; }" },
        { "top-level statements mid-edit", "int hangupCode = 3010;\nif (hangupCode == 3010 ||\nswitch (hangupCode) { case" },
        { "a local function and a default parameter mid-edit", "class C { void M(int hangupCode = 3010, int other = ) { int LocalHangupCode() => ; } }" },
        { "garbage", "}}}} ) ( 3010 == == \"3010\" case default: => switch is not or and" },
    };

    [Theory]
    [MemberData(nameof(BrokenCode))]
    public async Task No_rule_throws_on_incomplete_or_erroneous_code(string description, string code)
    {
        (Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(code + Control), table: null);
        Assert.Empty(generatorDiagnostics);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(HangupRules.Create(), options)
            .GetAllDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, description + ": " + string.Join(Environment.NewLine, exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "HG0001" && LineOf(d).Contains("class Control", StringComparison.Ordinal));
    }

    private static string LineOf(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString();

    [Fact]
    public async Task No_rule_throws_on_a_compilation_whose_generated_types_are_broken_by_the_user()
    {
        const string code = """
            namespace HangupGen
            {
                internal enum HangupCause { BusyLine = 3010 }
                internal static partial class HangupCauses { public const string FirstCode = "x"; }
            }

            class C { bool M(int hangupCode) => hangupCode == 3010; }
            """;
        (Compilation compilation, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(code), table: null);
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(HangupRules.Create(), options).GetAllDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
    }
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Runs an analyzer through the official testing framework on code that sees the HangupGen types
/// exactly as a user's build does: the generator runs in the test compilation (with the embedded
/// table, or a table added to <c>TestState.AdditionalFiles</c>).
/// </summary>
public static class HangupAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>Verifies the diagnostics in <paramref name="source"/> (markup such as <c>{|HG0001:3010|}</c> included).</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The test, for cases that need more set-up (a custom table, .editorconfig options, several files).</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.AddRange(TestReferences.Net80Assemblies);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => TestReferences.Generators;
    }
}

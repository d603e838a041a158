using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// Runs an analyzer and its fix through the official testing framework, with the generator in the
/// compilation as in a user's build. The framework also applies Fix All in document, project and
/// solution scope and checks each gives <c>FixedCode</c>.
/// </summary>
public static class HangupCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>Verifies that fixing every diagnostic of <paramref name="source"/> gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The test, for cases that need more set-up (a code action index, iterations, a custom table).</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.AddRange(TestReferences.Net80Assemblies);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

            // The generator runs inside the workspace, as in the IDE, so that the fix's own document
            // sees the generated types too (the framework runs GetSourceGenerators() for the
            // diagnostics only, and would then generate them a second time).
            SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, GeneratorReference.Instance));
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [];
    }
}

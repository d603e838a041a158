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
/// <remarks>
/// The generator is an analyzer reference of the workspace project rather than one of the framework's
/// <c>GetSourceGenerators()</c>: the framework adds generated files only to the compilation it
/// analyzes, so a fix's semantic model would not see the generated types. Run by the workspace, the
/// generator serves the analysis, the fix and the compilation of the fixed code alike.
/// </remarks>
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
            SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, GeneratorAnalyzerReference.Instance));
        }
    }
}

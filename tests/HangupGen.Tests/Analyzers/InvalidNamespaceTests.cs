using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using HG0001 = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>;
using HG0001Fix = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer, HangupGen.CodeFixes.UseHangupCauseMemberFix>;
using HGSP0001 = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.CompleteHangupSwitchSuppressor>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// An invalid <c>HangupGenNamespace</c> (HG1020) sends the generated types to <c>HangupGen</c>; the
/// analyzers, the suppressor and the fixes must look there too, by the same rule, rather than in the
/// invalid namespace, where they would find nothing and go silent (only the IDE would show it, since
/// HG1020 fails the command-line build).
/// </summary>
public sealed class InvalidNamespaceTests
{
    private const string Invalid = "Contoso-Telephony";

    private const string InvalidNamespaceConfig = "is_global = true\nbuild_property.HangupGenNamespace = " + Invalid + "\n";

    private static readonly DiagnosticResult s_hg1020 = new DiagnosticResult("HG1020", DiagnosticSeverity.Error)
        .WithArguments("HangupGenNamespace", Invalid, "use a C# namespace such as Contoso.Telephony; the types are generated in 'HangupGen' instead");

    [Fact]
    public Task The_analyzers_read_the_types_from_the_fallback_namespace()
    {
        var test = new HG0001.Test
        {
            TestCode = """
                class Callback
                {
                    bool IsBusy(int hangupCode) => hangupCode == {|HG0001:3010|};
                }
                """,
            ExpectedDiagnostics = { s_hg1020 },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", InvalidNamespaceConfig));
        return test.RunAsync();
    }

    [Fact]
    public Task The_suppressor_reads_the_types_from_the_fallback_namespace()
    {
        var test = new HGSP0001.Test
        {
            TestCode = """
                using HangupGen;

                class Calls
                {
                    bool IsFailure(HangupCategory category) => category {|#0:switch|}
                    {
                        HangupCategory.Unknown or HangupCategory.CanceledCalls or HangupCategory.NormalCompletions => false,
                        HangupCategory.DestinationIssues or HangupCategory.CallRejections or HangupCategory.CarrierErrors => true,
                        HangupCategory.SystemErrors or HangupCategory.Timeouts or HangupCategory.UrlErrors => true,
                        HangupCategory.XmlErrors => true,
                        HangupCategory.SpecialCases => false,
                    };
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            ExpectedDiagnostics =
            {
                s_hg1020,
                DiagnosticResult.CompilerWarning("CS8524").WithLocation(0).WithIsSuppressed(true),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", InvalidNamespaceConfig));
        return test.RunAsync();
    }

    [Fact]
    public Task The_fixes_use_the_types_of_the_fallback_namespace()
    {
        var test = new HG0001Fix.Test
        {
            TestCode = """
                class Callback
                {
                    bool IsBusy(int hangupCode) => hangupCode == {|HG0001:3010|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class Callback
                {
                    bool IsBusy(int hangupCode) => hangupCode == (int)HangupCause.BusyLine;
                }
                """,
        };
        // The fix verifier runs the generator inside the workspace, whose HG1020 is not among the
        // diagnostics it checks; HG0001 and its fix only appear when both find the fallback types.
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", InvalidNamespaceConfig));
        return test.RunAsync();
    }
}

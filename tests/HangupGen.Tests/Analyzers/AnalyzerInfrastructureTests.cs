using System.Threading.Tasks;
using HangupGen.Analyzers;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>The verifier sees the generated types, and the rules see the table through them.</summary>
public sealed class AnalyzerInfrastructureTests
{
    [Fact]
    public Task Rules_see_the_generated_types_of_the_embedded_table() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            public int HangupCauseCode { get; set; }

            bool IsBusy() => HangupCauseCode == {|HG0001:3010|};

            string Name() => HangupCause.BusyLine.GetName();
        }
        """);

    [Fact]
    public Task Rules_stay_silent_without_the_generated_types()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Callback
                {
                    public int HangupCauseCode { get; set; }

                    bool IsBusy() => HangupCauseCode == 3010;
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenEmitTypes = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public void Every_rule_is_described() => Assert.Equal(2, new MagicHangupCodeAnalyzer().SupportedDiagnostics.Length);
}

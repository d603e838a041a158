using HangupGen.Benchmarks.Reporting;

namespace HangupGen.Benchmarks.Tests;

/// <summary>The verdict column of docs/benchmarks.md: a missed target must stand out, an unmeasured one must not read as met.</summary>
public sealed class TargetRowTests
{
    [Theory]
    [InlineData(true, "met")]
    [InlineData(false, "**missed**")]
    [InlineData(null, "not measured")]
    public void Verdict_says_met_missed_or_not_measured(bool? met, string verdict)
        => Assert.Equal(verdict, new TargetRow("claim", "≤ 1%", "+0.5%", met).Verdict);
}

namespace HangupGen.Benchmarks.Reporting;

/// <summary>One target of docs/benchmarks.md, as measured in a run.</summary>
/// <param name="Claim">What is promised, in words (<c>GetName vs Enum.ToString()</c>).</param>
/// <param name="Goal">The target (<c>≤ 0.35×</c>).</param>
/// <param name="Measured">What the run measured, or "not measured".</param>
/// <param name="Met"><see langword="null"/> when the run lacks the benchmarks the target needs.</param>
public sealed record TargetRow(string Claim, string Goal, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "met",
        false => "**missed**",
        null => "not measured",
    };
}

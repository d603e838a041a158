namespace HangupGen.Benchmarks.Alternatives;

/// <summary>
/// The retry policy of the README's example, written as a user would without HangupGen: a switch
/// over the documented code ranges, kept in step with Plivo's pages by hand.
/// </summary>
public static class HandWrittenRetryPolicy
{
    public static bool IsRetryWorthy(int code) => code switch
    {
        >= 3000 and <= 3050 => true, // call rejections
        >= 3070 and <= 3140 => true, // carrier errors
        >= 5000 and <= 5030 => true, // system errors
        >= 6000 and <= 6020 => true, // timeouts
        _ => false,
    };
}

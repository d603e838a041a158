using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Benchmarks.Alternatives;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Helpers;

/// <summary>
/// The inputs every helper benchmark walks: all 54 causes, in the forms a payload carries them.
/// One benchmark invocation looks up each of them once (OperationsPerInvoke = <see cref="Count"/>),
/// so the numbers are per lookup.
/// </summary>
internal static class Workload
{
    public const int Count = 54;

    public static readonly HangupCause[] Causes = [.. HangupCauses.All];

    public static readonly PlainHangupCause[] PlainCauses = [.. Causes.Select(c => (PlainHangupCause)(int)c)];

    public static readonly int[] Codes = [.. Causes.Select(c => (int)c)];

    /// <summary>Codes as Plivo posts them in <c>HangupCauseCode</c>: <c>"3010"</c>.</summary>
    public static readonly string[] CodeTexts = [.. Codes.Select(c => c.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Documented names in mixed case (<c>"bUsY LiNe"</c>): what an ignore-case lookup must handle.</summary>
    public static readonly string[] MixedCaseNames = [.. Causes.Select(c => MixCase(c.GetName()))];

    /// <summary>Member identifiers exactly as declared (<c>"BusyLine"</c>), for case-sensitive parsing.</summary>
    public static readonly string[] Identifiers = [.. Causes.Select(c => c.ToString())];

    /// <summary>Member identifiers in mixed case, for ignore-case parsing.</summary>
    public static readonly string[] MixedCaseIdentifiers = [.. Identifiers.Select(MixCase)];

    private static string MixCase(string text)
    {
        var mixed = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            mixed.Append(i % 2 == 0 ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]));
        }

        return mixed.ToString();
    }
}

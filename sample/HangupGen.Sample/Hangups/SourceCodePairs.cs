using System.Linq;
using HangupGen;

namespace HangupAnalysis.Hangups;

/// <summary>
/// Whether a hangup source and a code belong together according to the documentation: Plivo's table
/// (the cause lists the source among its possible sources) or Bolna's (Bolna lists the code under that
/// <c>hangup_by</c>). The two disagree in places, so a pair either documents is accepted.
/// </summary>
internal static class SourceCodePairs
{
    /// <summary>
    /// Whether the pair is documented. Nothing recorded for both is Bolna's documented empty row; a
    /// source without a code, or a code without a source, is documented by neither.
    /// </summary>
    public static bool IsDocumented(HangupSource? source, ResolvedCause? code)
    {
        if (source is null || code is null)
        {
            return source is null && code is null;
        }

        HangupSource by = source.Value;
        ResolvedCause cause = code.Value;
        bool byPlivo = cause.TryGetCause(out HangupCause documented) && documented.GetSources().Contains(by);
        bool byBolna = cause.Kind != CauseKind.Unrecognized && by.GetBolnaCodes().Contains(cause.Code);
        return byPlivo || byBolna;
    }
}

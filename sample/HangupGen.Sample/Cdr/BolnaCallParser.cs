using System;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Turns the fields of a Bolna export's record into a <see cref="BolnaCall"/>, or says what is wrong with
/// every bad field of it. One parser per report: it remembers how each distinct value resolved, so the
/// common rows make no strings.
/// </summary>
internal sealed class BolnaCallParser
{
    private readonly SpanMemo<(HangupSource? Source, FieldProblem? Problem)> _hangupBy = new(text =>
    {
        FieldProblem? problem = HangupFieldResolver.ResolveSource(text, BolnaFields.HangupBy, out HangupSource? source);
        return (source, problem);
    });

    private readonly SpanMemo<(ResolvedCause? Code, FieldProblem? Problem)> _codes = new(text =>
    {
        FieldProblem? problem = HangupFieldResolver.ResolveRecordedCode(text, BolnaFields.HangupCode, out ResolvedCause? code);
        return (code, problem);
    });

    private readonly SpanMemo<(HangupReason? Reason, FieldProblem? Problem)> _reasons = new(text =>
    {
        FieldProblem? problem = HangupFieldResolver.ResolveReason(text, BolnaFields.HangupReason, out HangupReason? reason);
        return (reason, problem);
    });

    /// <summary>Parses the record that starts on <paramref name="line"/>.</summary>
    /// <returns>Whether the record is a call; when not, <paramref name="problem"/> says why.</returns>
    public bool TryParse(int line, scoped in BolnaFieldValues fields, out BolnaCall call, out RowProblem? problem)
    {
        (HangupSource? hangupBy, FieldProblem? byProblem) = _hangupBy.Get(fields.HangupBy.Trim());
        (ResolvedCause? code, FieldProblem? codeProblem) = _codes.Get(fields.HangupCode.Trim());
        (HangupReason? reason, FieldProblem? reasonProblem) = _reasons.Get(fields.HangupReason.Trim());
        if (byProblem is null && codeProblem is null && reasonProblem is null)
        {
            call = new BolnaCall(line, hangupBy, code, reason);
            problem = null;
            return true;
        }

        call = default;
        problem = new RowProblem(line, string.Join(" ", new[] { byProblem, codeProblem, reasonProblem }.OfType<FieldProblem>().Select(p => p.Message)));
        return false;
    }
}

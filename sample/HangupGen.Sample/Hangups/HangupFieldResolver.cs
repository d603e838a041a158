using System.Globalization;
using System.Linq;
using HangupGen;

namespace HangupAnalysis.Hangups;

/// <summary>
/// Turns the hangup fields as Plivo sends them (a code such as <c>"3010"</c>, a name such as
/// <c>"Busy Line"</c>, a source such as <c>"Call recipient"</c>) into typed values, with the same
/// rules for callbacks and CDR rows.
/// </summary>
internal static class HangupFieldResolver
{
    private static readonly string s_documentedSources = string.Join(", ", HangupSources.All.Select(source => source.GetName()));

    /// <summary>
    /// Resolves a code field and a name field. The code decides; a documented name that belongs to
    /// another code is a contradiction and is refused; with no code, a documented name is enough.
    /// </summary>
    /// <returns>The problem, or <see langword="null"/> when <paramref name="cause"/> was resolved.</returns>
    public static FieldProblem? ResolveCause(string? codeText, string? nameText, HangupFieldNames fields, out ResolvedCause cause)
    {
        string code = codeText?.Trim() ?? string.Empty;
        string name = nameText?.Trim() ?? string.Empty;
        cause = default;

        if (code.Length > 0)
        {
            if (!TryParseCode(code, out cause))
            {
                return new FieldProblem(fields.Code, $"{fields.Code} '{code}' is not a hangup code: expected digits, such as those of the hangup cause table.");
            }

            if (cause.TryGetCause(out HangupCause byCode)
                && name.Length > 0
                && HangupCauses.TryParse(name, out HangupCause byName)
                && byName != byCode)
            {
                return new FieldProblem(
                    fields.Name,
                    string.Create(CultureInfo.InvariantCulture, $"{fields.Name} '{name}' is the name of code {(int)byName}, but {fields.Code} is {(int)byCode} ({byCode.GetName()})."));
            }

            return null;
        }

        if (name.Length > 0)
        {
            // Documented names, identifiers and older spellings all resolve, in any case.
            if (HangupCauses.TryParse(name, out HangupCause byName))
            {
                cause = ResolvedCause.Documented(byName);
                return null;
            }

            return new FieldProblem(fields.Name, $"{fields.Code} is missing and {fields.Name} '{name}' is not a documented hangup cause name.");
        }

        return new FieldProblem(fields.Code, $"{fields.Code} is missing.");
    }

    /// <summary>Resolves a source field; an absent source is allowed and gives <see langword="null"/>.</summary>
    /// <returns>The problem, or <see langword="null"/> when the source was resolved or absent.</returns>
    public static FieldProblem? ResolveSource(string? sourceText, string field, out HangupSource? source)
    {
        // Empty is "not recorded" (null), which is not the documented source Unknown; Bolna's spellings
        // (Callee, API Request) resolve as Plivo's do, in any case.
        string text = sourceText?.Trim() ?? string.Empty;
        if (HangupSources.TryParseRecorded(text, out source))
        {
            return null;
        }

        return new FieldProblem(field, $"{field} '{text}' is not a documented hangup source ({s_documentedSources}).");
    }

    /// <summary>
    /// Resolves a code field that may be empty because nothing was recorded (Bolna's <c>hangup_code</c>):
    /// empty gives <see langword="null"/>; digits give the code, documented or not.
    /// </summary>
    /// <returns>The problem, or <see langword="null"/> when the code was resolved or not recorded.</returns>
    public static FieldProblem? ResolveRecordedCode(string? codeText, string field, out ResolvedCause? cause)
    {
        string text = codeText?.Trim() ?? string.Empty;
        cause = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (TryParseCode(text, out ResolvedCause parsed))
        {
            cause = parsed;
            return null;
        }

        return new FieldProblem(field, $"{field} '{text}' is not a hangup code: expected digits, such as those of the hangup cause table.");
    }

    /// <summary>
    /// Resolves a hangup reason field (Bolna's <c>hangup_reason</c>): empty gives <see langword="null"/>
    /// (not recorded, which is not the documented reason <c>Unknown</c>); a documented reason in any case gives it.
    /// </summary>
    /// <returns>The problem, or <see langword="null"/> when the reason was resolved or not recorded.</returns>
    public static FieldProblem? ResolveReason(string? reasonText, string field, out HangupReason? reason)
    {
        if (HangupReasons.TryParseRecorded(reasonText?.Trim(), out reason))
        {
            return null;
        }

        return new FieldProblem(field, $"{field} '{reasonText?.Trim()}' is not a documented hangup reason of Bolna or its telephony providers.");
    }

    /// <summary>
    /// Resolves the single cause field of a Dial event, which may hold a code, a documented name or
    /// other telephony text: the last is kept as an unrecognized cause rather than refused.
    /// </summary>
    public static ResolvedCause ResolveDialCause(string text)
    {
        string trimmed = text.Trim();
        if (TryParseCode(trimmed, out ResolvedCause cause))
        {
            return cause;
        }

        return HangupCauses.TryParse(trimmed, out HangupCause byName) ? ResolvedCause.Documented(byName) : ResolvedCause.Unrecognized(trimmed);
    }

    private static bool TryParseCode(string text, out ResolvedCause cause)
    {
        // Plivo's own form first ("3010"); then any other run of digits, documented or not ("3015", "03010").
        if (HangupCauses.TryParseCode(text, out HangupCause documented))
        {
            cause = ResolvedCause.Documented(documented);
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            cause = ResolvedCause.FromCode(code);
            return true;
        }

        cause = default;
        return false;
    }
}

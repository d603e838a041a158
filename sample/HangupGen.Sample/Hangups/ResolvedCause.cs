using System;
using System.Globalization;
using HangupGen;

namespace HangupAnalysis.Hangups;

/// <summary>
/// A received hangup cause: a documented <see cref="HangupCause"/>, a code the table does not
/// document, or text that names no cause. Undocumented codes are kept as numbers, so a code Plivo
/// adds later is counted (and classified by its documented range) rather than dropped.
/// </summary>
internal readonly record struct ResolvedCause
{
    private ResolvedCause(CauseKind kind, int code, string text)
    {
        Kind = kind;
        Code = code;
        Text = text;
    }

    /// <summary>Whether the cause is documented, an undocumented code, or unrecognized text.</summary>
    public CauseKind Kind { get; }

    /// <summary>The hangup code; 0 for <see cref="CauseKind.Unrecognized"/>.</summary>
    public int Code { get; }

    /// <summary>The text that was sent, for <see cref="CauseKind.Unrecognized"/> only; otherwise empty.</summary>
    public string Text { get; }

    /// <summary>A documented cause.</summary>
    public static ResolvedCause Documented(HangupCause cause) => new(CauseKind.Documented, (int)cause, string.Empty);

    /// <summary>The cause with this code: documented when the table has it, undocumented otherwise.</summary>
    public static ResolvedCause FromCode(int code)
        => HangupCauses.TryFromCode(code, out HangupCause cause) ? Documented(cause) : new(CauseKind.Undocumented, code, string.Empty);

    /// <summary>Text that is neither a code nor a documented name.</summary>
    public static ResolvedCause Unrecognized(string text) => new(CauseKind.Unrecognized, 0, text);

    /// <summary>Gets the documented cause, when there is one.</summary>
    public bool TryGetCause(out HangupCause cause)
    {
        cause = Kind == CauseKind.Documented ? (HangupCause)Code : default;
        return Kind == CauseKind.Documented;
    }

    /// <summary>
    /// Gets the category: the cause's own for a documented cause, the category whose documented
    /// range holds the code for an undocumented one (none when no range holds it).
    /// </summary>
    public bool TryGetCategory(out HangupCategory category)
    {
        if (TryGetCause(out HangupCause cause))
        {
            category = cause.GetCategory();
            return true;
        }

        category = default;
        return Kind == CauseKind.Undocumented && HangupCauses.TryGetCategory(Code, out category);
    }

    /// <summary>What to do about a call that ended this way; undocumented causes are investigated, never automated.</summary>
    public FollowUp FollowUp => TryGetCause(out HangupCause cause) ? FollowUpPolicy.For(cause) : FollowUp.Investigate;

    /// <summary>
    /// Describes the cause for people: "3010 Busy Line", "undocumented code 3015 in Call Rejections",
    /// "undocumented code 3060, outside every documented range", "unrecognized cause 'NORMAL_CLEARING'".
    /// </summary>
    public string Describe()
    {
        switch (Kind)
        {
            case CauseKind.Documented:
                return string.Create(CultureInfo.InvariantCulture, $"{Code} {((HangupCause)Code).GetName()}");
            case CauseKind.Undocumented:
                return TryGetCategory(out HangupCategory category)
                    ? string.Create(CultureInfo.InvariantCulture, $"undocumented code {Code} in {category.GetName()}")
                    : string.Create(CultureInfo.InvariantCulture, $"undocumented code {Code}, outside every documented range");
            case CauseKind.Unrecognized:
                return $"unrecognized cause '{Text}'";
            default:
                throw new InvalidOperationException($"Unexpected cause kind {Kind}.");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}

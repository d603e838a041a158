using System;
using System.Collections.Generic;
using System.Linq;

namespace HangupAnalysis.Cdr;

/// <summary>
/// The fields an export of one <see cref="ExportKind"/> is read for, in a fixed order (a reader hands
/// them on by index), and what its header must name. <see cref="Detect"/> picks the schema from the
/// field names of the CSV header or of the first JSON object.
/// </summary>
internal sealed class ExportSchema
{
    private readonly Func<IReadOnlyList<string>, IReadOnlySet<string>, string?> _headerProblem;

    private ExportSchema(ExportKind kind, string[] fields, Func<IReadOnlyList<string>, IReadOnlySet<string>, string?> headerProblem)
    {
        Kind = kind;
        Fields = fields;
        _headerProblem = headerProblem;
    }

    /// <summary>Plivo's CDRs, read for the fields of <see cref="CdrFieldValues"/>, in its order.</summary>
    public static ExportSchema PlivoCdr { get; } = new(
        ExportKind.PlivoCdr,
        [CdrFields.CallUuid, CdrFields.HangupCauseCode, CdrFields.HangupCauseName, CdrFields.HangupSource, CdrFields.BillDuration, CdrFields.EndTime],
        (names, present) =>
        {
            if (!present.Contains(CdrFields.CallUuid))
            {
                return $"the header has no {CdrFields.CallUuid} field (found: {string.Join(", ", names)}).";
            }

            return present.Contains(CdrFields.HangupCauseCode) || present.Contains(CdrFields.HangupCauseName)
                ? null
                : $"the header has neither {CdrFields.HangupCauseCode} nor {CdrFields.HangupCauseName}.";
        });

    /// <summary>Bolna's exports, read for the fields of <see cref="BolnaFieldValues"/>, in its order.</summary>
    public static ExportSchema Bolna { get; } = new(
        ExportKind.Bolna,
        [BolnaFields.Id, BolnaFields.ExecutionId, BolnaFields.HangupBy, BolnaFields.HangupCode, BolnaFields.HangupReason],
        (names, present) =>
        {
            string[] missing = new[] { BolnaFields.HangupBy, BolnaFields.HangupCode, BolnaFields.HangupReason }.Where(field => !present.Contains(field)).ToArray();
            return missing.Length == 0 ? null : $"a Bolna export needs {BolnaFields.HangupBy}, {BolnaFields.HangupCode} and {BolnaFields.HangupReason}; the header lacks {string.Join(", ", missing)}.";
        });

    /// <summary>What the export holds.</summary>
    public ExportKind Kind { get; }

    /// <summary>The fields read, in the order a reader hands them on.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// The schema of an export whose header (or first object) has these field names: Bolna's when it
    /// names <c>hangup_by</c> or <c>hangup_reason</c>, which Plivo's CDRs never have; Plivo's otherwise.
    /// </summary>
    public static ExportSchema Detect(IEnumerable<string> names)
        => names.Any(name => name.Equals(BolnaFields.HangupBy, StringComparison.OrdinalIgnoreCase) || name.Equals(BolnaFields.HangupReason, StringComparison.OrdinalIgnoreCase))
            ? Bolna
            : PlivoCdr;

    /// <summary>What is wrong with a CSV header naming <paramref name="names"/> (compared in any case), or null when it can be read.</summary>
    public string? HeaderProblem(IReadOnlyList<string> names) => _headerProblem(names, new HashSet<string>(names, StringComparer.OrdinalIgnoreCase));
}

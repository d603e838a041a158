using System;

namespace HangupAnalysis.Cdr;

/// <summary>
/// The fields of one CDR record that the report reads, as spans over the reader's buffer (no strings
/// are made for a well-formed row). A field the record does not have is empty.
/// </summary>
internal ref struct CdrFieldValues
{
    /// <summary><c>call_uuid</c>.</summary>
    public ReadOnlySpan<char> CallUuid;

    /// <summary><c>hangup_cause_code</c>.</summary>
    public ReadOnlySpan<char> HangupCauseCode;

    /// <summary><c>hangup_cause_name</c>.</summary>
    public ReadOnlySpan<char> HangupCauseName;

    /// <summary><c>hangup_source</c>.</summary>
    public ReadOnlySpan<char> HangupSource;

    /// <summary><c>bill_duration</c>.</summary>
    public ReadOnlySpan<char> BillDuration;

    /// <summary><c>end_time</c>.</summary>
    public ReadOnlySpan<char> EndTime;

    /// <summary>The fields of a record read with <see cref="ExportSchema.PlivoCdr"/>, whose field order this follows.</summary>
    public static CdrFieldValues From(scoped in ExportRow row) => new()
    {
        CallUuid = row[0],
        HangupCauseCode = row[1],
        HangupCauseName = row[2],
        HangupSource = row[3],
        BillDuration = row[4],
        EndTime = row[5],
    };
}

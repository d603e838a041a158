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
}

/// <summary>Receives what a CDR reader reads: records, and records it could not read.</summary>
internal interface ICdrRowSink
{
    /// <summary>A record starting on <paramref name="line"/>; the spans are valid during the call only.</summary>
    void Row(int line, scoped in CdrFieldValues fields);

    /// <summary>A record that could not be read.</summary>
    void Problem(RowProblem problem);
}

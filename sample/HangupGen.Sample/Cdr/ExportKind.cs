namespace HangupAnalysis.Cdr;

/// <summary>What an export holds, as its header (or first JSON object) tells.</summary>
internal enum ExportKind
{
    /// <summary>Plivo's call detail records: <c>call_uuid</c>, <c>hangup_cause_code</c>, <c>hangup_source</c>…</summary>
    PlivoCdr,

    /// <summary>A Bolna export: <c>hangup_by</c>, <c>hangup_code</c> and <c>hangup_reason</c> per call.</summary>
    Bolna,
}

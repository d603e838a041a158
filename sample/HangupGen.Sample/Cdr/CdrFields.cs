namespace HangupAnalysis.Cdr;

/// <summary>The fields of Plivo's call detail records that the report reads; other fields are ignored.</summary>
internal static class CdrFields
{
    /// <summary>The call's unique ID: a call is counted once however often it appears.</summary>
    public const string CallUuid = "call_uuid";

    /// <summary>The hangup code, such as 3010.</summary>
    public const string HangupCauseCode = "hangup_cause_code";

    /// <summary>The documented cause name, such as Busy Line.</summary>
    public const string HangupCauseName = "hangup_cause_name";

    /// <summary>Who hung up, such as Call recipient.</summary>
    public const string HangupSource = "hangup_source";

    /// <summary>The billed duration in seconds.</summary>
    public const string BillDuration = "bill_duration";

    /// <summary>When the call ended.</summary>
    public const string EndTime = "end_time";
}

namespace HangupAnalysis.Hangups;

/// <summary>What a sender calls the three hangup fields, so that problems name the field the sender used.</summary>
internal sealed record HangupFieldNames(string Code, string Name, string Source)
{
    /// <summary>The parameters of Plivo's hangup callbacks (<c>hangup_url</c>).</summary>
    public static readonly HangupFieldNames Callback = new("HangupCauseCode", "HangupCauseName", "HangupSource");

    /// <summary>The fields of Plivo's call detail records.</summary>
    public static readonly HangupFieldNames Cdr = new("hangup_cause_code", "hangup_cause_name", "hangup_source");
}

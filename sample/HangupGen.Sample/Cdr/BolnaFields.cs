namespace HangupAnalysis.Cdr;

/// <summary>The fields of a Bolna export that the report reads; other fields are ignored.</summary>
internal static class BolnaFields
{
    /// <summary>The execution's ID: when the export has it, a call is counted once however often it appears.</summary>
    public const string Id = "id";

    /// <summary>The execution's ID as some exports name it; read when there is no <see cref="Id"/> column.</summary>
    public const string ExecutionId = "execution_id";

    /// <summary>Who hung up, in Bolna's spelling (<c>Callee</c>, <c>API Request</c>…); empty when not recorded.</summary>
    public const string HangupBy = "hangup_by";

    /// <summary>The provider's hangup code, such as 4000; empty when not recorded.</summary>
    public const string HangupCode = "hangup_code";

    /// <summary>Why the call ended, from Bolna or the telephony provider; empty when not recorded.</summary>
    public const string HangupReason = "hangup_reason";
}

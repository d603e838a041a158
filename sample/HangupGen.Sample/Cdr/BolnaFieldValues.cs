using System;

namespace HangupAnalysis.Cdr;

/// <summary>The fields of one record of a Bolna export that the report reads; a field the record does not have is empty.</summary>
internal ref struct BolnaFieldValues
{
    /// <summary><c>id</c>, or <c>execution_id</c> when the record has no <c>id</c>; empty when it has neither.</summary>
    public ReadOnlySpan<char> Id;

    /// <summary>The name of the field <see cref="Id"/> came from.</summary>
    public string IdField;

    /// <summary><c>hangup_by</c>.</summary>
    public ReadOnlySpan<char> HangupBy;

    /// <summary><c>hangup_code</c>.</summary>
    public ReadOnlySpan<char> HangupCode;

    /// <summary><c>hangup_reason</c>.</summary>
    public ReadOnlySpan<char> HangupReason;

    /// <summary>The fields of a record read with <see cref="ExportSchema.Bolna"/>, whose field order this follows.</summary>
    public static BolnaFieldValues From(scoped in ExportRow row)
    {
        bool hasId = !row[0].Trim().IsEmpty;
        return new BolnaFieldValues
        {
            Id = (hasId ? row[0] : row[1]).Trim(),
            IdField = hasId ? BolnaFields.Id : BolnaFields.ExecutionId,
            HangupBy = row[2],
            HangupCode = row[3],
            HangupReason = row[4],
        };
    }
}


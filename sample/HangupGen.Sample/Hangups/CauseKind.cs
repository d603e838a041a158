namespace HangupAnalysis.Hangups;

/// <summary>How a received hangup cause was understood.</summary>
internal enum CauseKind
{
    /// <summary>A code of the hangup table.</summary>
    Documented,

    /// <summary>A numeric code the table does not have (yet): kept and reported, never dropped.</summary>
    Undocumented,

    /// <summary>Text that is neither a code nor a documented cause name, as a Dial event may send.</summary>
    Unrecognized,
}

namespace HangupAnalysis.Hangups;

/// <summary>What to do about a call that ended a given way: the decision a retry or alerting job makes.</summary>
internal enum FollowUp
{
    /// <summary>Nothing: the call completed, or someone chose to end it.</summary>
    None,

    /// <summary>Transient: calling again later may well connect.</summary>
    Retry,

    /// <summary>Calling again fails the same way until something changes: the number, the caller ID, a permission.</summary>
    Fix,

    /// <summary>Something on our side or Plivo's is failing (answer server, XML, platform, credits): tell whoever is on call.</summary>
    Alert,

    /// <summary>The cause is not documented: look it up before automating anything.</summary>
    Investigate,
}

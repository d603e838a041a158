using HangupGen;

namespace HangupAnalysis.Hangups;

/// <summary>
/// The retry and alert policy. <see cref="HangupCauseExtensions.MatchCategory{TResult}"/> takes one function per
/// category, so a category added to the hangup table stops this file from compiling until someone
/// decides what it means; within a category, the few causes whose documented next steps differ
/// from the category's rule are named, and the rest follow the rule.
/// </summary>
internal static class FollowUpPolicy
{
    /// <summary>What to do about a call that ended with <paramref name="cause"/>.</summary>
    public static FollowUp For(HangupCause cause) => cause.MatchCategory(
        // Code 0: Plivo could not tell why; nothing safe to automate.
        unknown: () => FollowUp.Investigate,
        canceledCalls: () => cause switch
        {
            // Every call fails until credits are added.
            HangupCause.CanceledOutOfCredits => FollowUp.Alert,
            // Too many simultaneous dials to one destination: later, with fewer at once.
            HangupCause.CanceledSimultaneousDialLimitReached => FollowUp.Retry,
            // Canceled through the API: on purpose.
            _ => FollowUp.None,
        },
        destinationIssues: () => cause switch
        {
            // "Retry later. Verify destination is active."
            HangupCause.DestinationOutOfService => FollowUp.Retry,
            // Invalid, barred or looping destinations fail the same way every time.
            _ => FollowUp.Fix,
        },
        callRejections: () => cause switch
        {
            // The person declined: calling again straight away is a nuisance.
            HangupCause.Rejected => FollowUp.None,
            // Wrong caller ID, blocked or unallocated number: change something first.
            HangupCause.UnknownCallerId or HangupCause.Forbidden or HangupCause.UnallocatedNumber => FollowUp.Fix,
            // No answer, busy: try again later.
            _ => FollowUp.Retry,
        },
        carrierErrors: () => cause switch
        {
            // The far end does not want the call.
            HangupCause.Declined => FollowUp.None,
            // The number does not exist, or our caller ID is flagged or inbound-only.
            HangupCause.UserDoesNotExistAnywhere or HangupCause.SpamBlock or HangupCause.DnoCallerId => FollowUp.Fix,
            // Timeouts, congestion, carrier-side errors, busy everywhere: retry with backoff.
            _ => FollowUp.Retry,
        },
        normalCompletions: () => FollowUp.None,
        systemErrors: () => cause switch
        {
            // Too many concurrent calls: later, when calls have ended.
            HangupCause.ConcurrencyLimitBreached => FollowUp.Retry,
            // Network, internal and routing errors: Plivo support needs the call UUID.
            _ => FollowUp.Alert,
        },
        timeouts: () => cause switch
        {
            // The call reached its configured maximum duration: it was answered and ran its course.
            HangupCause.ScheduledHangup => FollowUp.None,
            // Not answered in time, or the media stopped: call again.
            _ => FollowUp.Retry,
        },
        // Our answer, action, transfer or redirect server failed the call: page whoever owns it.
        urlErrors: () => FollowUp.Alert,
        // Our XML was invalid: the same call fails the same way until it is fixed.
        xmlErrors: () => FollowUp.Alert,
        // A lost race, a machine detected, a confirm key not pressed: intended outcomes.
        specialCases: () => FollowUp.None);
}

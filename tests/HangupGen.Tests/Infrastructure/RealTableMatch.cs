using HangupGen.Tests.Generated;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Calls to the generated exhaustive helpers over the real table, one function per cause or
/// category, each returning what it was called for. The lambdas capture nothing, so the compiler
/// caches each delegate in a static field: after the first call, matching allocates nothing.
/// </summary>
internal static class RealTableMatch
{
    /// <summary>The cause <c>cause.Match(...)</c> called a function for.</summary>
    public static HangupCause Cause(HangupCause cause) => cause.Match(
        unknown: () => HangupCause.Unknown,
        canceled: () => HangupCause.Canceled,
        canceledOutOfCredits: () => HangupCause.CanceledOutOfCredits,
        canceledSimultaneousDialLimitReached: () => HangupCause.CanceledSimultaneousDialLimitReached,
        invalidDestinationAddress: () => HangupCause.InvalidDestinationAddress,
        destinationOutOfService: () => HangupCause.DestinationOutOfService,
        endpointNotRegistered: () => HangupCause.EndpointNotRegistered,
        destinationCountryBarred: () => HangupCause.DestinationCountryBarred,
        destinationNumberBarred: () => HangupCause.DestinationNumberBarred,
        destinationPrefixBarred: () => HangupCause.DestinationPrefixBarred,
        loopDetected: () => HangupCause.LoopDetected,
        violatesMediaAnchoring: () => HangupCause.ViolatesMediaAnchoring,
        noAnswer: () => HangupCause.NoAnswer,
        busyLine: () => HangupCause.BusyLine,
        rejected: () => HangupCause.Rejected,
        unknownCallerId: () => HangupCause.UnknownCallerId,
        forbidden: () => HangupCause.Forbidden,
        unallocatedNumber: () => HangupCause.UnallocatedNumber,
        requestTimeout: () => HangupCause.RequestTimeout,
        internalServerErrorFromCarrier: () => HangupCause.InternalServerErrorFromCarrier,
        networkCongestionFromCarrier: () => HangupCause.NetworkCongestionFromCarrier,
        busyEverywhere: () => HangupCause.BusyEverywhere,
        declined: () => HangupCause.Declined,
        userDoesNotExistAnywhere: () => HangupCause.UserDoesNotExistAnywhere,
        spamBlock: () => HangupCause.SpamBlock,
        dnoCallerId: () => HangupCause.DnoCallerId,
        normalHangup: () => HangupCause.NormalHangup,
        endOfXmlInstructions: () => HangupCause.EndOfXmlInstructions,
        multipartyCallEnded: () => HangupCause.MultipartyCallEnded,
        kickedOutOfMultipartyCall: () => HangupCause.KickedOutOfMultipartyCall,
        networkError: () => HangupCause.NetworkError,
        internalError: () => HangupCause.InternalError,
        routingError: () => HangupCause.RoutingError,
        concurrencyLimitBreached: () => HangupCause.ConcurrencyLimitBreached,
        scheduledHangup: () => HangupCause.ScheduledHangup,
        ringTimeoutReached: () => HangupCause.RingTimeoutReached,
        mediaTimeout: () => HangupCause.MediaTimeout,
        errorReachingAnswerUrl: () => HangupCause.ErrorReachingAnswerUrl,
        errorReachingActionUrl: () => HangupCause.ErrorReachingActionUrl,
        errorReachingTransferUrl: () => HangupCause.ErrorReachingTransferUrl,
        errorReachingRedirectUrl: () => HangupCause.ErrorReachingRedirectUrl,
        invalidActionUrl: () => HangupCause.InvalidActionUrl,
        invalidTransferUrl: () => HangupCause.InvalidTransferUrl,
        invalidRedirectUrl: () => HangupCause.InvalidRedirectUrl,
        invalidMethodForActionUrl: () => HangupCause.InvalidMethodForActionUrl,
        invalidMethodForTransferUrl: () => HangupCause.InvalidMethodForTransferUrl,
        invalidMethodForRedirectUrl: () => HangupCause.InvalidMethodForRedirectUrl,
        invalidAnswerXml: () => HangupCause.InvalidAnswerXml,
        invalidActionXml: () => HangupCause.InvalidActionXml,
        invalidTransferXml: () => HangupCause.InvalidTransferXml,
        invalidRedirectXml: () => HangupCause.InvalidRedirectXml,
        lostRace: () => HangupCause.LostRace,
        machineDetected: () => HangupCause.MachineDetected,
        confirmKeyChallengeFailed: () => HangupCause.ConfirmKeyChallengeFailed);

    /// <summary>The category <c>cause.MatchCategory(...)</c> called a function for.</summary>
    public static HangupCategory CategoryOf(HangupCause cause) => cause.MatchCategory(
        unknown: () => HangupCategory.Unknown,
        canceledCalls: () => HangupCategory.CanceledCalls,
        destinationIssues: () => HangupCategory.DestinationIssues,
        callRejections: () => HangupCategory.CallRejections,
        carrierErrors: () => HangupCategory.CarrierErrors,
        normalCompletions: () => HangupCategory.NormalCompletions,
        systemErrors: () => HangupCategory.SystemErrors,
        timeouts: () => HangupCategory.Timeouts,
        urlErrors: () => HangupCategory.UrlErrors,
        xmlErrors: () => HangupCategory.XmlErrors,
        specialCases: () => HangupCategory.SpecialCases);

    /// <summary>The category <c>category.Match(...)</c> called a function for.</summary>
    public static HangupCategory Category(HangupCategory category) => category.Match(
        unknown: () => HangupCategory.Unknown,
        canceledCalls: () => HangupCategory.CanceledCalls,
        destinationIssues: () => HangupCategory.DestinationIssues,
        callRejections: () => HangupCategory.CallRejections,
        carrierErrors: () => HangupCategory.CarrierErrors,
        normalCompletions: () => HangupCategory.NormalCompletions,
        systemErrors: () => HangupCategory.SystemErrors,
        timeouts: () => HangupCategory.Timeouts,
        urlErrors: () => HangupCategory.UrlErrors,
        xmlErrors: () => HangupCategory.XmlErrors,
        specialCases: () => HangupCategory.SpecialCases);

    /// <summary>The category <c>cause.MatchCategory(state, ...)</c> called a function for, and the state that function got.</summary>
    public static (HangupCategory Category, int State) CategoryOf(HangupCause cause, int state) => cause.MatchCategory(
        state,
        unknown: static s => (HangupCategory.Unknown, s),
        canceledCalls: static s => (HangupCategory.CanceledCalls, s),
        destinationIssues: static s => (HangupCategory.DestinationIssues, s),
        callRejections: static s => (HangupCategory.CallRejections, s),
        carrierErrors: static s => (HangupCategory.CarrierErrors, s),
        normalCompletions: static s => (HangupCategory.NormalCompletions, s),
        systemErrors: static s => (HangupCategory.SystemErrors, s),
        timeouts: static s => (HangupCategory.Timeouts, s),
        urlErrors: static s => (HangupCategory.UrlErrors, s),
        xmlErrors: static s => (HangupCategory.XmlErrors, s),
        specialCases: static s => (HangupCategory.SpecialCases, s));

    /// <summary>The category <c>category.Match(state, ...)</c> called a function for, and the state that function got.</summary>
    public static (HangupCategory Category, int State) Category(HangupCategory category, int state) => category.Match(
        state,
        unknown: static s => (HangupCategory.Unknown, s),
        canceledCalls: static s => (HangupCategory.CanceledCalls, s),
        destinationIssues: static s => (HangupCategory.DestinationIssues, s),
        callRejections: static s => (HangupCategory.CallRejections, s),
        carrierErrors: static s => (HangupCategory.CarrierErrors, s),
        normalCompletions: static s => (HangupCategory.NormalCompletions, s),
        systemErrors: static s => (HangupCategory.SystemErrors, s),
        timeouts: static s => (HangupCategory.Timeouts, s),
        urlErrors: static s => (HangupCategory.UrlErrors, s),
        xmlErrors: static s => (HangupCategory.XmlErrors, s),
        specialCases: static s => (HangupCategory.SpecialCases, s));
}

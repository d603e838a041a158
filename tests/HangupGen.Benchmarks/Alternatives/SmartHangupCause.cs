using Ardalis.SmartEnum;

namespace HangupGen.Benchmarks.Alternatives;

/// <summary>
/// The same 54 causes as an Ardalis.SmartEnum, the popular "smart enum" alternative: name and value
/// lookups through its own dictionaries. Written from HangupCodes.csv once; checked at start-up.
/// </summary>
public sealed class SmartHangupCause : SmartEnum<SmartHangupCause>
{
    public static readonly SmartHangupCause Unknown = new("Unknown", 0);

    public static readonly SmartHangupCause Canceled = new("Canceled", 1000);

    public static readonly SmartHangupCause CanceledOutOfCredits = new("Canceled (Out Of Credits)", 1010);

    public static readonly SmartHangupCause CanceledSimultaneousDialLimitReached = new("Canceled (Simultaneous dial limit reached)", 1020);

    public static readonly SmartHangupCause InvalidDestinationAddress = new("Invalid Destination Address", 2000);

    public static readonly SmartHangupCause DestinationOutOfService = new("Destination Out Of Service", 2010);

    public static readonly SmartHangupCause EndpointNotRegistered = new("Endpoint Not Registered", 2020);

    public static readonly SmartHangupCause DestinationCountryBarred = new("Destination Country Barred", 2030);

    public static readonly SmartHangupCause DestinationNumberBarred = new("Destination Number Barred", 2040);

    public static readonly SmartHangupCause DestinationPrefixBarred = new("Destination Prefix Barred", 2050);

    public static readonly SmartHangupCause LoopDetected = new("Loop Detected", 2060);

    public static readonly SmartHangupCause ViolatesMediaAnchoring = new("Violates Media Anchoring", 2070);

    public static readonly SmartHangupCause NoAnswer = new("No Answer", 3000);

    public static readonly SmartHangupCause BusyLine = new("Busy Line", 3010);

    public static readonly SmartHangupCause Rejected = new("Rejected", 3020);

    public static readonly SmartHangupCause UnknownCallerId = new("Unknown Caller ID", 3030);

    public static readonly SmartHangupCause Forbidden = new("Forbidden", 3040);

    public static readonly SmartHangupCause UnallocatedNumber = new("Unallocated number", 3050);

    public static readonly SmartHangupCause RequestTimeout = new("Request timeout", 3070);

    public static readonly SmartHangupCause InternalServerErrorFromCarrier = new("Internal server error from carrier", 3080);

    public static readonly SmartHangupCause NetworkCongestionFromCarrier = new("Network congestion from carrier", 3090);

    public static readonly SmartHangupCause BusyEverywhere = new("Busy everywhere", 3100);

    public static readonly SmartHangupCause Declined = new("Declined", 3110);

    public static readonly SmartHangupCause UserDoesNotExistAnywhere = new("User does not exist anywhere", 3120);

    public static readonly SmartHangupCause SpamBlock = new("Spam block", 3130);

    public static readonly SmartHangupCause DnoCallerId = new("DNO Caller ID", 3140);

    public static readonly SmartHangupCause NormalHangup = new("Normal Hangup", 4000);

    public static readonly SmartHangupCause EndOfXmlInstructions = new("End Of XML Instructions", 4010);

    public static readonly SmartHangupCause MultipartyCallEnded = new("Multiparty Call Ended", 4020);

    public static readonly SmartHangupCause KickedOutOfMultipartyCall = new("Kicked Out Of Multiparty Call", 4030);

    public static readonly SmartHangupCause NetworkError = new("Network Error", 5000);

    public static readonly SmartHangupCause InternalError = new("Internal Error", 5010);

    public static readonly SmartHangupCause RoutingError = new("Routing Error", 5020);

    public static readonly SmartHangupCause ConcurrencyLimitBreached = new("Concurrency Limit Breached", 5030);

    public static readonly SmartHangupCause ScheduledHangup = new("Scheduled Hangup", 6000);

    public static readonly SmartHangupCause RingTimeoutReached = new("Ring Timeout Reached", 6010);

    public static readonly SmartHangupCause MediaTimeout = new("Media Timeout", 6020);

    public static readonly SmartHangupCause ErrorReachingAnswerUrl = new("Error Reaching Answer URL", 7011);

    public static readonly SmartHangupCause ErrorReachingActionUrl = new("Error Reaching Action URL", 7012);

    public static readonly SmartHangupCause ErrorReachingTransferUrl = new("Error Reaching Transfer URL", 7013);

    public static readonly SmartHangupCause ErrorReachingRedirectUrl = new("Error Reaching Redirect URL", 7014);

    public static readonly SmartHangupCause InvalidActionUrl = new("Invalid Action URL", 7022);

    public static readonly SmartHangupCause InvalidTransferUrl = new("Invalid Transfer URL", 7023);

    public static readonly SmartHangupCause InvalidRedirectUrl = new("Invalid Redirect URL", 7024);

    public static readonly SmartHangupCause InvalidMethodForActionUrl = new("Invalid Method For Action URL", 7032);

    public static readonly SmartHangupCause InvalidMethodForTransferUrl = new("Invalid Method For Transfer URL", 7033);

    public static readonly SmartHangupCause InvalidMethodForRedirectUrl = new("Invalid Method For Redirect URL", 7034);

    public static readonly SmartHangupCause InvalidAnswerXml = new("Invalid Answer XML", 8011);

    public static readonly SmartHangupCause InvalidActionXml = new("Invalid Action XML", 8012);

    public static readonly SmartHangupCause InvalidTransferXml = new("Invalid Transfer XML", 8013);

    public static readonly SmartHangupCause InvalidRedirectXml = new("Invalid Redirect XML", 8014);

    public static readonly SmartHangupCause LostRace = new("Lost Race", 9000);

    public static readonly SmartHangupCause MachineDetected = new("Machine Detected", 9100);

    public static readonly SmartHangupCause ConfirmKeyChallengeFailed = new("Confirm Key Challenge Failed", 9110);

    private SmartHangupCause(string name, int value)
        : base(name, value)
    {
    }
}

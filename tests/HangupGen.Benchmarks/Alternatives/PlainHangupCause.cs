using System.ComponentModel;

namespace HangupGen.Benchmarks.Alternatives;

/// <summary>
/// What a user writes without HangupGen: an enum of the 54 documented codes, with each description in
/// a <see cref="DescriptionAttribute"/> read back by reflection. Written from HangupCodes.csv once;
/// <see cref="AlternativeTables"/> checks at start-up that it still matches the generated enum.
/// </summary>
public enum PlainHangupCause
{
    [Description("Hangup reason undetermined. Known bug: Delete All Calls API sets this")]
    Unknown = 0,

    [Description("Call canceled via Hangup Call API before answer")]
    Canceled = 1000,

    [Description("Account ran out of credits")]
    CanceledOutOfCredits = 1010,

    [Description("Simultaneous dial limit exceeded")]
    CanceledSimultaneousDialLimitReached = 1020,

    [Description("Destination number/endpoint invalid")]
    InvalidDestinationAddress = 2000,

    [Description("Destination unavailable")]
    DestinationOutOfService = 2010,

    [Description("SIP endpoint unregistered/unreachable")]
    EndpointNotRegistered = 2020,

    [Description("Country disabled in geo permissions")]
    DestinationCountryBarred = 2030,

    [Description("Premium rate numbers disabled")]
    DestinationNumberBarred = 2040,

    [Description("Prefix not permitted")]
    DestinationPrefixBarred = 2050,

    [Description("B-leg would redial A leg's number")]
    LoopDetected = 2060,

    [Description("India PSTN regulation violation")]
    ViolatesMediaAnchoring = 2070,

    [Description("Destination unavailable/unreachable")]
    NoAnswer = 3000,

    [Description("Destination is busy")]
    BusyLine = 3010,

    [Description("Call rejected by called party")]
    Rejected = 3020,

    [Description("Non-Plivo number used as caller ID")]
    UnknownCallerId = 3030,

    [Description("Destination rejected/blocked call")]
    Forbidden = 3040,

    [Description("Destination invalid or out of service")]
    UnallocatedNumber = 3050,

    [Description("Carrier didn't respond in time")]
    RequestTimeout = 3070,

    [Description("Carrier encountered error")]
    InternalServerErrorFromCarrier = 3080,

    [Description("Carrier network overloaded")]
    NetworkCongestionFromCarrier = 3090,

    [Description("All destination endpoints busy")]
    BusyEverywhere = 3100,

    [Description("Destination cannot/won't participate")]
    Declined = 3110,

    [Description("End user doesn't exist")]
    UserDoesNotExistAnywhere = 3120,

    [Description("Carrier rejected due to spam flag")]
    SpamBlock = 3130,

    [Description("Caller ID on Do Not Originate list")]
    DnoCallerId = 3140,

    [Description("Call terminated normally")]
    NormalHangup = 4000,

    [Description("No more XML instructions to execute")]
    EndOfXmlInstructions = 4010,

    [Description("MPC ended via API or max duration")]
    MultipartyCallEnded = 4020,

    [Description("Participant removed via API")]
    KickedOutOfMultipartyCall = 4030,

    [Description("Fatal network condition")]
    NetworkError = 5000,

    [Description("Plivo system error")]
    InternalError = 5010,

    [Description("Could not route to destination")]
    RoutingError = 5020,

    [Description("India concurrent call limit exceeded")]
    ConcurrencyLimitBreached = 5030,

    [Description("Max call duration reached")]
    ScheduledHangup = 6000,

    [Description("Not answered within ring timeout")]
    RingTimeoutReached = 6010,

    [Description("No media packets for 60 seconds")]
    MediaTimeout = 6020,

    [Description("Non-2xx response from answer URL")]
    ErrorReachingAnswerUrl = 7011,

    [Description("Non-2xx response from action URL")]
    ErrorReachingActionUrl = 7012,

    [Description("Non-2xx response from transfer URL")]
    ErrorReachingTransferUrl = 7013,

    [Description("Non-2xx response from redirect URL")]
    ErrorReachingRedirectUrl = 7014,

    [Description("Action URL not valid")]
    InvalidActionUrl = 7022,

    [Description("Transfer URL not valid")]
    InvalidTransferUrl = 7023,

    [Description("Redirect URL not valid")]
    InvalidRedirectUrl = 7024,

    [Description("Unsupported HTTP method")]
    InvalidMethodForActionUrl = 7032,

    [Description("Unsupported HTTP method")]
    InvalidMethodForTransferUrl = 7033,

    [Description("Unsupported HTTP method")]
    InvalidMethodForRedirectUrl = 7034,

    [Description("Answer URL returned invalid XML")]
    InvalidAnswerXml = 8011,

    [Description("Action URL returned invalid XML")]
    InvalidActionXml = 8012,

    [Description("Transfer URL returned invalid XML")]
    InvalidTransferXml = 8013,

    [Description("Redirect URL returned invalid XML")]
    InvalidRedirectXml = 8014,

    [Description("Another parallel B-leg answered first")]
    LostRace = 9000,

    [Description("Answered by answering machine")]
    MachineDetected = 9100,

    [Description("Participant failed to enter confirm key")]
    ConfirmKeyChallengeFailed = 9110,
}

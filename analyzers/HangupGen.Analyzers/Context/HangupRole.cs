using System;

namespace HangupGen.Analyzers.Context
{
    /// <summary>What a value means in hangup terms (its code, names, and the statuses and causes that come with it), judged from its type or its name.</summary>
    [Flags]
    internal enum HangupRole
    {
        /// <summary>Nothing hangup-related: literals next to it are never flagged.</summary>
        None = 0,

        /// <summary>A hangup code (<c>HangupCauseCode</c>, <c>hangup_code</c>, a <c>HangupCause</c>).</summary>
        Code = 1,

        /// <summary>A documented cause name (<c>HangupCauseName</c>; also <c>hangup_reason</c>, which some exports fill with it).</summary>
        CauseName = 2,

        /// <summary>A documented hangup source (<c>HangupSource</c>, <c>hangup_by</c>).</summary>
        SourceName = 4,

        /// <summary>A call status (<c>CallStatus</c>, <c>call_status</c>, a <c>CallStatus</c> enum): HG0006.</summary>
        CallStatus = 8,

        /// <summary>A Dial status (<c>DialStatus</c>, <c>dial_status</c>): HG0006.</summary>
        DialStatus = 16,

        /// <summary>A standard telephony cause, by name or Q.850 number (<c>DialHangupCause</c>, <c>TelephonyCause</c>): HG0006.</summary>
        TelephonyCause = 32,

        /// <summary>Bolna's hangup reason (<c>hangup_reason</c>, a <c>HangupReason</c> enum): HG0005.</summary>
        ReasonName = 64,
    }
}

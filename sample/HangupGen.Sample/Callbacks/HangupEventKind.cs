namespace HangupAnalysis.Callbacks;

/// <summary>Which callback a stored hangup came from.</summary>
internal enum HangupEventKind
{
    /// <summary>A call's hangup callback, posted to its <c>hangup_url</c>.</summary>
    HangupCallback,

    /// <summary>A <c>DialHangup</c> event, posted to a Dial element's <c>callbackUrl</c>.</summary>
    DialHangup,
}

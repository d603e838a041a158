using System;

namespace HangupAnalysis.Hangups;

/// <summary>The words reports and JSON use for each <see cref="FollowUp"/>.</summary>
internal static class FollowUpNames
{
    /// <summary>The lower-case name, as shown in reports (<c>retry</c>).</summary>
    public static string GetName(this FollowUp followUp) => followUp switch
    {
        FollowUp.None => "none",
        FollowUp.Retry => "retry",
        FollowUp.Fix => "fix",
        FollowUp.Alert => "alert",
        FollowUp.Investigate => "investigate",
        _ => throw new ArgumentOutOfRangeException(nameof(followUp), followUp, null),
    };

    /// <summary>One line saying what the follow-up means.</summary>
    public static string GetMeaning(this FollowUp followUp) => followUp switch
    {
        FollowUp.None => "completed, or ended on purpose",
        FollowUp.Retry => "transient: call again later",
        FollowUp.Fix => "change number, caller ID, settings",
        FollowUp.Alert => "our server or XML, credits, platform",
        FollowUp.Investigate => "undocumented: look it up first",
        _ => throw new ArgumentOutOfRangeException(nameof(followUp), followUp, null),
    };
}

using System;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Tests.Hangups;

public sealed class FollowUpPolicyTests
{
    /// <summary>
    /// The sample's retry and alert policy, one row per documented cause, grouped by category: the
    /// table to review. Changing the follow-up of any one cause fails a test, and so does a cause
    /// added to the hangup table without a row here.
    /// </summary>
    private static readonly (HangupCause Cause, FollowUp FollowUp)[] s_policy =
    [
        // Unknown
        (HangupCause.Unknown, FollowUp.Investigate),
        // CanceledCalls
        (HangupCause.Canceled, FollowUp.None),
        (HangupCause.CanceledOutOfCredits, FollowUp.Alert),
        (HangupCause.CanceledSimultaneousDialLimitReached, FollowUp.Retry),
        // DestinationIssues
        (HangupCause.InvalidDestinationAddress, FollowUp.Fix),
        (HangupCause.DestinationOutOfService, FollowUp.Retry),
        (HangupCause.EndpointNotRegistered, FollowUp.Fix),
        (HangupCause.DestinationCountryBarred, FollowUp.Fix),
        (HangupCause.DestinationNumberBarred, FollowUp.Fix),
        (HangupCause.DestinationPrefixBarred, FollowUp.Fix),
        (HangupCause.LoopDetected, FollowUp.Fix),
        (HangupCause.ViolatesMediaAnchoring, FollowUp.Fix),
        // CallRejections
        (HangupCause.NoAnswer, FollowUp.Retry),
        (HangupCause.BusyLine, FollowUp.Retry),
        (HangupCause.Rejected, FollowUp.None),
        (HangupCause.UnknownCallerId, FollowUp.Fix),
        (HangupCause.Forbidden, FollowUp.Fix),
        (HangupCause.UnallocatedNumber, FollowUp.Fix),
        // CarrierErrors
        (HangupCause.RequestTimeout, FollowUp.Retry),
        (HangupCause.InternalServerErrorFromCarrier, FollowUp.Retry),
        (HangupCause.NetworkCongestionFromCarrier, FollowUp.Retry),
        (HangupCause.BusyEverywhere, FollowUp.Retry),
        (HangupCause.Declined, FollowUp.None),
        (HangupCause.UserDoesNotExistAnywhere, FollowUp.Fix),
        (HangupCause.SpamBlock, FollowUp.Fix),
        (HangupCause.DnoCallerId, FollowUp.Fix),
        // NormalCompletions
        (HangupCause.NormalHangup, FollowUp.None),
        (HangupCause.EndOfXmlInstructions, FollowUp.None),
        (HangupCause.MultipartyCallEnded, FollowUp.None),
        (HangupCause.KickedOutOfMultipartyCall, FollowUp.None),
        // SystemErrors
        (HangupCause.NetworkError, FollowUp.Alert),
        (HangupCause.InternalError, FollowUp.Alert),
        (HangupCause.RoutingError, FollowUp.Alert),
        (HangupCause.ConcurrencyLimitBreached, FollowUp.Retry),
        // Timeouts
        (HangupCause.ScheduledHangup, FollowUp.None),
        (HangupCause.RingTimeoutReached, FollowUp.Retry),
        (HangupCause.MediaTimeout, FollowUp.Retry),
        // UrlErrors
        (HangupCause.ErrorReachingAnswerUrl, FollowUp.Alert),
        (HangupCause.ErrorReachingActionUrl, FollowUp.Alert),
        (HangupCause.ErrorReachingTransferUrl, FollowUp.Alert),
        (HangupCause.ErrorReachingRedirectUrl, FollowUp.Alert),
        (HangupCause.InvalidActionUrl, FollowUp.Alert),
        (HangupCause.InvalidTransferUrl, FollowUp.Alert),
        (HangupCause.InvalidRedirectUrl, FollowUp.Alert),
        (HangupCause.InvalidMethodForActionUrl, FollowUp.Alert),
        (HangupCause.InvalidMethodForTransferUrl, FollowUp.Alert),
        (HangupCause.InvalidMethodForRedirectUrl, FollowUp.Alert),
        // XmlErrors
        (HangupCause.InvalidAnswerXml, FollowUp.Alert),
        (HangupCause.InvalidActionXml, FollowUp.Alert),
        (HangupCause.InvalidTransferXml, FollowUp.Alert),
        (HangupCause.InvalidRedirectXml, FollowUp.Alert),
        // SpecialCases
        (HangupCause.LostRace, FollowUp.None),
        (HangupCause.MachineDetected, FollowUp.None),
        (HangupCause.ConfirmKeyChallengeFailed, FollowUp.None),
    ];

    // By name: the sample's types are internal, and a test case shows as "Declined -> None".
    public static TheoryData<string, string> Policy()
    {
        var data = new TheoryData<string, string>();
        foreach ((HangupCause cause, FollowUp followUp) in s_policy)
        {
            data.Add(cause.ToString(), followUp.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Policy))]
    public void Each_cause_gets_the_follow_up_of_the_policy_table(string cause, string expected)
    {
        Assert.Equal(Enum.Parse<FollowUp>(expected), FollowUpPolicy.For(Enum.Parse<HangupCause>(cause)));
    }

    [Fact]
    public void The_policy_table_lists_every_cause_of_the_hangup_table_exactly_once()
    {
        HangupCause[] listed = s_policy.Select(row => row.Cause).ToArray();

        Assert.Equal(listed.Length, listed.Distinct().Count());
        Assert.Equal(Enum.GetValues<HangupCause>().Order(), listed.Order());
        Assert.Equal(HangupCauses.All.Order(), listed.Order());
    }

    [Fact]
    public void Every_documented_cause_has_a_follow_up_and_only_code_0_is_investigated()
    {
        Assert.Equal([HangupCause.Unknown], HangupCauses.All.Where(cause => FollowUpPolicy.For(cause) == FollowUp.Investigate));
    }

    [Fact]
    public void Failures_of_our_own_answer_server_or_xml_always_alert()
    {
        Assert.All(HangupCauses.UrlErrors.Members.Concat(HangupCauses.XmlErrors.Members), cause => Assert.Equal(FollowUp.Alert, FollowUpPolicy.For(cause)));
    }

    [Fact]
    public void Normal_completions_need_nothing()
    {
        Assert.All(HangupCauses.NormalCompletions.Members, cause => Assert.Equal(FollowUp.None, FollowUpPolicy.For(cause)));
    }
}

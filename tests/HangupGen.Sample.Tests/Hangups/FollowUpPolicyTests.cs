using System;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Tests.Hangups;

public sealed class FollowUpPolicyTests
{
    [Theory]
    [InlineData(nameof(HangupCause.NoAnswer), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.BusyLine), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.Rejected), nameof(FollowUp.None))]
    [InlineData(nameof(HangupCause.UnknownCallerId), nameof(FollowUp.Fix))]
    [InlineData(nameof(HangupCause.NetworkCongestionFromCarrier), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.SpamBlock), nameof(FollowUp.Fix))]
    [InlineData(nameof(HangupCause.NormalHangup), nameof(FollowUp.None))]
    [InlineData(nameof(HangupCause.Canceled), nameof(FollowUp.None))]
    [InlineData(nameof(HangupCause.CanceledOutOfCredits), nameof(FollowUp.Alert))]
    [InlineData(nameof(HangupCause.InvalidDestinationAddress), nameof(FollowUp.Fix))]
    [InlineData(nameof(HangupCause.DestinationOutOfService), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.NetworkError), nameof(FollowUp.Alert))]
    [InlineData(nameof(HangupCause.ConcurrencyLimitBreached), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.ScheduledHangup), nameof(FollowUp.None))]
    [InlineData(nameof(HangupCause.RingTimeoutReached), nameof(FollowUp.Retry))]
    [InlineData(nameof(HangupCause.ErrorReachingAnswerUrl), nameof(FollowUp.Alert))]
    [InlineData(nameof(HangupCause.InvalidAnswerXml), nameof(FollowUp.Alert))]
    [InlineData(nameof(HangupCause.MachineDetected), nameof(FollowUp.None))]
    [InlineData(nameof(HangupCause.Unknown), nameof(FollowUp.Investigate))]
    public void Each_cause_gets_the_follow_up_its_next_steps_call_for(string cause, string expected)
    {
        Assert.Equal(Enum.Parse<FollowUp>(expected), FollowUpPolicy.For(Enum.Parse<HangupCause>(cause)));
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

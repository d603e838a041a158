using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// What a name says it holds, and what that costs: the names of ordinary code (no "hangup" in
/// their letters, no extra names configured) are answered without allocating.
/// </summary>
public sealed class HangupNameMatcherTests
{
    private static readonly string[] s_ordinaryNames =
        ["port", "timeoutMs", "statusCode", "value", "HttpStatus", "retryCount", "hang", "hangs", "Hang_Time", "ángulo", "i", "jobStatus", "callbackStatus", "dialog"];

    [Theory]
    [InlineData("HangupCauseCode", (int)HangupRole.Code)]
    [InlineData("hangup_cause_code", (int)HangupRole.Code)]
    [InlineData("HANGUP-CODE", (int)HangupRole.Code)]
    [InlineData("@hangup_code", (int)HangupRole.Code)]
    [InlineData("hang_up_code", (int)HangupRole.Code)]
    [InlineData("h.a.n.g.u.p.code", (int)HangupRole.Code)]
    [InlineData("hanghangupCode", (int)HangupRole.Code)]
    [InlineData("HangupCause", (int)(HangupRole.Code | HangupRole.CauseName))]
    [InlineData("HangupCauseName", (int)HangupRole.CauseName)]
    [InlineData("hangup_by", (int)HangupRole.SourceName)]
    [InlineData("hangupCodeCount", (int)HangupRole.None)]
    [InlineData("hangupUrl", (int)HangupRole.None)]
    [InlineData("hangUpdate", (int)HangupRole.None)]
    [InlineData("port", (int)HangupRole.None)]
    [InlineData("", (int)HangupRole.None)]
    [InlineData("CallStatus", (int)HangupRole.CallStatus)]
    [InlineData("call_status", (int)HangupRole.CallStatus)]
    [InlineData("DialStatus", (int)HangupRole.DialStatus)]
    [InlineData("dial-status", (int)HangupRole.DialStatus)]
    [InlineData("DialHangupCause", (int)HangupRole.TelephonyCause)]
    [InlineData("dial_hangup_cause", (int)HangupRole.TelephonyCause)]
    [InlineData("TelephonyCause", (int)HangupRole.TelephonyCause)]
    [InlineData("callStatusCount", (int)HangupRole.None)]
    [InlineData("status", (int)HangupRole.None)]
    [InlineData("callbackStatus", (int)HangupRole.None)]
    public void A_name_says_what_it_holds_whatever_its_separators_and_case(string name, int expected)
        => Assert.Equal((HangupRole)expected, HangupNameMatcher.Default.RoleOf(name));

    [Fact]
    public void Extra_names_are_matched_even_without_hangup_in_them()
    {
        HangupNameMatcher matcher = HangupNameMatcher.Create(new TestAnalyzerConfigOptions(new Dictionary<string, string>
        {
            [HangupNameMatcher.SymbolNamesOption] = "disconnectCode, endReason",
        }));

        Assert.Equal(HangupRole.Code, matcher.RoleOf("disconnect_code"));
        // A listed reason holds a cause name or one of Bolna's hangup reasons, as hangup_reason does.
        Assert.Equal(HangupRole.CauseName | HangupRole.ReasonName, matcher.RoleOf("EndReason"));
        Assert.Equal(HangupRole.None, matcher.RoleOf("port"));
        Assert.Equal(HangupRole.Code, matcher.RoleOf("hangupCode"));
    }

    [Fact]
    public void Extra_names_that_say_status_hold_a_call_or_dial_status_too()
    {
        HangupNameMatcher matcher = HangupNameMatcher.Create(new TestAnalyzerConfigOptions(new Dictionary<string, string>
        {
            [HangupNameMatcher.SymbolNamesOption] = "legStatus, sip_end_status",
        }));

        Assert.Equal(HangupRole.Code | HangupRole.CauseName | HangupRole.CallStatus | HangupRole.DialStatus, matcher.RoleOf("legStatus"));
        Assert.Equal(HangupRole.Code | HangupRole.CauseName | HangupRole.CallStatus | HangupRole.DialStatus, matcher.RoleOf("SipEndStatus"));
        Assert.Equal(HangupRole.DialStatus, matcher.RoleOf("dialStatus"));
    }

    [Fact]
    public void Ordinary_names_are_answered_without_allocating()
    {
        Assert.All(s_ordinaryNames, name => Assert.Equal(HangupRole.None, HangupNameMatcher.Default.RoleOf(name)));

        // Zero bytes in one of three measurements: an allocation per call would show in all of them,
        // a one-off allocation of the runtime on this thread (tiered compilation) in one only.
        long[] measured = Enumerable.Range(0, 3).Select(_ => AllocatedBytes(HangupNameMatcher.Default)).ToArray();
        Assert.True(measured.Contains(0), "RoleOf allocated in every measurement: " + string.Join(", ", measured) + " bytes.");
    }

    [Fact]
    public void The_measurement_sees_what_a_hangup_name_allocates()
        => Assert.True(AllocatedBytes(HangupNameMatcher.Default, "hangupCauseCode") > 0);

    private static long AllocatedBytes(HangupNameMatcher matcher, string? only = null)
    {
        int roles = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            roles += (int)matcher.RoleOf(only ?? s_ordinaryNames[i % s_ordinaryNames.Length]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(roles);
        return allocated;
    }
}

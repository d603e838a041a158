using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Every generated lookup allocates nothing: 100,000 calls over all causes, measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> after a warm-up pass. Nothing is timed.
/// </summary>
public sealed class AllocationTests
{
    private const int Iterations = 100_000;

    private static readonly HangupCause[] s_causes = [.. HangupCauses.All];
    private static readonly HangupCategory[] s_categories = Enum.GetValues<HangupCategory>();
    private static readonly HangupSource[] s_sources = [.. HangupSources.All];
    private static readonly int[] s_codes = s_causes.Select(c => (int)c).ToArray();
    private static readonly string[] s_codeTexts = s_codes.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] s_mixedCaseNames = s_causes.Select(c => MixedCase(c.GetName())).ToArray();
    private static readonly string[] s_sourceTexts = ["Call recipient", "called party", "API REQUEST", "answerxml", "nobody"];
    private static readonly byte[][] s_utf8Names = s_mixedCaseNames.Select(Encoding.UTF8.GetBytes).ToArray();
    private static readonly byte[][] s_utf8Codes = s_codeTexts.Select(Encoding.UTF8.GetBytes).ToArray();
    private static readonly byte[][] s_utf8SourceTexts = s_sourceTexts.Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public void Cause_lookups_allocate_nothing() => AssertAllocatesNothing(i =>
    {
        HangupCause cause = s_causes[i % s_causes.Length];
        return cause.GetName().Length + cause.GetDescription().Length + cause.GetDetails().Length + cause.GetNextSteps().Length
            + cause.GetCallTypes().Length + cause.GetCallStates().Length + (int)cause.GetCategory() + cause.GetSources().Count
            + (cause.IsDefined() ? 1 : 0) + (((HangupCause)3015).IsDefined() ? 1 : 0);
    });

    [Fact]
    public void Code_lookups_allocate_nothing() => AssertAllocatesNothing(i =>
    {
        int index = i % s_codes.Length;
        int found = (int)HangupCauses.FromCode(s_codes[index]);
        found += HangupCauses.TryFromCode(s_codes[index], out HangupCause cause) ? (int)cause : 0;
        found += HangupCauses.TryFromCode(3015, out cause) ? 1 : 0;
        found += HangupCauses.TryParseCode(s_codeTexts[index], out cause) ? (int)cause : 0;
        found += HangupCauses.TryParseCode("3010x", out cause) ? 1 : 0;
        found += HangupCauses.TryGetCategory(s_codes[index], out HangupCategory category) ? (int)category : 0;
        return found + (HangupCauses.IsInCategory(s_codes[index], category) ? 1 : 0);
    });

    [Fact]
    public void Name_parsing_in_mixed_case_allocates_nothing() => AssertAllocatesNothing(i =>
    {
        int found = HangupCauses.TryParse(s_mixedCaseNames[i % s_mixedCaseNames.Length], out HangupCause cause) ? (int)cause : -1;
        return found + (HangupCauses.TryParse("no such cause", out cause) ? 1 : 0);
    });

    [Fact]
    public void Span_and_utf8_parsing_allocates_nothing() => AssertAllocatesNothing(i =>
    {
        int index = i % s_causes.Length;
        int found = HangupCauses.TryParse(s_mixedCaseNames[index].AsSpan(), out HangupCause cause) ? (int)cause : -1;
        found += HangupCauses.TryParseUtf8(s_utf8Names[index], out cause) ? (int)cause : -1;
        found += HangupCauses.TryParseUtf8("no such cause"u8, out cause) ? 1 : 0;
        found += HangupCauses.TryParseCode(s_codeTexts[index].AsSpan(), out cause) ? (int)cause : -1;
        found += HangupCauses.TryParseCodeUtf8(s_utf8Codes[index], out cause) ? (int)cause : -1;
        found += HangupCode.TryParse(s_codeTexts[index].AsSpan(), out HangupCode code) ? code.Value : -1;
        found += HangupCode.TryParseUtf8(s_utf8Codes[index], out code) ? code.Value : -1;
        found += HangupCode.TryParseUtf8("3015"u8, out code) ? code.Value : -1;
        found += HangupSources.TryParseUtf8(s_utf8SourceTexts[i % s_utf8SourceTexts.Length], out HangupSource source) ? (int)source : -1;
        found += CallStatuses.TryParseUtf8("No-Answer"u8, out CallStatus status) ? (int)status : -1;
        found += TelephonyCauses.TryParseUtf8("normal_clearing"u8, out TelephonyCause telephony) ? (int)telephony : -1;
        return found + (TelephonyCauses.TryParseCodeUtf8("16"u8, out telephony) ? (int)telephony : -1);
    });

    [Fact]
    public void Span_formatting_and_hangup_code_lookups_allocate_nothing() => AssertAllocatesNothing(i =>
    {
        HangupCause cause = s_causes[i % s_causes.Length];
        Span<char> chars = stackalloc char[128];
        Span<byte> bytes = stackalloc byte[128];
        int written = cause.TryFormatName(chars, out int charsWritten) ? charsWritten : -1;
        written += cause.TryFormatNameUtf8(bytes, out int bytesWritten) ? bytesWritten : -1;
        written += cause.GetCategory().TryFormatNameUtf8(bytes, out bytesWritten) ? bytesWritten : -1;
        written += HangupSource.CallRecipient.TryFormatNameUtf8(bytes, out bytesWritten) ? bytesWritten : -1;
        HangupCode code = cause;
        written += code.TryFormat(chars, out charsWritten) ? charsWritten : -1;
        written += code.TryFormatUtf8(bytes, out bytesWritten) ? bytesWritten : -1;
        written += code.Name.Length + (code.IsDocumented ? 1 : 0) + (code.TryGetCategory(out HangupCategory category) ? (int)category : 0);
        return written + (code == HangupCause.BusyLine ? 1 : 0) + code.CompareTo(3015);
    });

    [Fact]
    public void Category_lookups_allocate_nothing() => AssertAllocatesNothing(i =>
    {
        HangupCategory category = s_categories[i % s_categories.Length];
        return category.GetName().Length + category.GetFirstCode() + category.GetLastCode() + category.GetMembers().Count
            + (category.IsDefined() ? 1 : 0) + HangupCauses.CallRejections.Members.Count;
    });

    [Fact]
    public void Source_lookups_and_parsing_allocate_nothing() => AssertAllocatesNothing(i =>
    {
        HangupSource source = s_sources[i % s_sources.Length];
        int found = HangupSources.TryParse(s_sourceTexts[i % s_sourceTexts.Length], out HangupSource parsed) ? (int)parsed : 0;
        return found + source.GetName().Length + source.GetDescription().Length + (source.IsDefined() ? 1 : 0) + HangupSources.All.Count;
    });

    [Fact]
    public void Matching_with_cached_delegates_allocates_nothing() => AssertAllocatesNothing(i =>
    {
        HangupCause cause = s_causes[i % s_causes.Length];
        return (int)RealTableMatch.Cause(cause) + (int)RealTableMatch.CategoryOf(cause) + (int)RealTableMatch.Category(cause.GetCategory());
    });

    [Fact]
    public void Matching_with_state_and_static_lambdas_allocates_nothing() => AssertAllocatesNothing(i =>
    {
        HangupCause cause = s_causes[i % s_causes.Length];
        return RealTableMatch.CategoryOf(cause, i).State + RealTableMatch.Category(cause.GetCategory(), i).State;
    });

    [Fact]
    public void Measurement_sees_an_allocation()
    {
        long allocated = AllocatedBytes(i => new List<int>(i % 3).Capacity);

        Assert.True(allocated > 0);
    }

    private static void AssertAllocatesNothing(Func<int, int> lookups) => AllocationMeasurement.AssertNone(lookups, Iterations, "lookups");

    private static long AllocatedBytes(Func<int, int> lookups) => AllocationMeasurement.OfCalls(lookups, Iterations);

    private static string MixedCase(string name)
        => string.Concat(name.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}

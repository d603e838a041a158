namespace HangupGen.Benchmarks.Reporting;

/// <summary>
/// Each generated lookup measured and what a user would write instead, by benchmark method: the
/// comparison tables of docs/benchmarks.md and the issue #13 target that every lookup is at least as
/// fast as the fastest alternative of its group.
/// </summary>
public static class LookupComparisons
{
    /// <param name="Group">The row group, in words.</param>
    /// <param name="Ours">The generated lookup's benchmark.</param>
    /// <param name="Others">The alternatives' benchmarks.</param>
    /// <param name="IsLookup">Whether the group is a lookup held to "at least as fast as the fastest alternative" (the retry policy is a delegate call, compared for its price only).</param>
    public sealed record Comparison(string Group, string Ours, string[] Others, bool IsLookup = true);

    public static readonly Comparison[] All =
    [
        new("Name", "GetName", ["EnumToString", "NameDictionary", "NameFrozenDictionary", "NameHandWrittenSwitch"]),
        new("Description", "GetDescription", ["DescriptionAttributeByReflection", "DescriptionDictionary", "DescriptionFrozenDictionary"]),
        new("Category", "GetCategory", ["CategoryDictionary", "CategoryFrozenDictionary"]),
        new("Code → cause", "TryFromCode", ["EnumIsDefinedAndCast", "CodeDictionary", "CodeFrozenDictionary", "CodeHandWrittenSwitch", "SmartEnumTryFromValue"]),
        new("\"3010\" → cause", "TryParseCode", ["IntParseAndEnumIsDefined"]),
        new("Name → cause (ignore case)", "TryParseName", ["NameDictionaryIgnoreCase", "NameFrozenDictionaryIgnoreCase", "SmartEnumTryFromNameIgnoreCase"]),
        new("Identifier → cause (ignore case)", "TryParseMixedCaseIdentifier", ["EnumTryParseIgnoreCase"]),
        new("Identifier → cause (exact case)", "TryParseIdentifier", ["EnumTryParse"]),
        new("Name → cause from a span slice", "NameFromSpanSlice", ["NameFromSpanSliceFrozenDictionary"]),
        new("Name → cause from UTF-8", "NameFromUtf8", ["NameFromUtf8DecodedOnStackFrozenDictionary", "NameFromUtf8DecodedToString"]),
        new("Code → HangupCode from UTF-8", "CodeFromUtf8", ["CodeFromUtf8DecodedToString"]),
        new("Telephony cause → name", "TelephonyGetName", ["TelephonyNameDictionary", "TelephonyNameFrozenDictionary"]),
        new("Code → telephony cause", "TelephonyTryFromCode", ["TelephonyCodeDictionary", "TelephonyCodeFrozenDictionary"]),
        new("Name → telephony cause (ignore case)", "TelephonyTryParse", ["TelephonyNameFrozenDictionaryIgnoreCase"]),
        new("Call status → name", "CallStatusGetName", ["CallStatusNameDictionary", "CallStatusNameFrozenDictionary"]),
        new("Name → Bolna hangup reason (ignore case)", "ReasonTryParse", ["ReasonFrozenDictionaryIgnoreCase"]),
        new("Retry policy by category", "MatchCategory", ["MatchCategoryWithState", "HandWrittenSwitch"], IsLookup: false),
    ];
}

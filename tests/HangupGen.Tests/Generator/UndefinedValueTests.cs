using System;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Generator;

/// <summary>
/// What every generated lookup does with an enum value cast from a number its table does not have
/// (<c>(HangupCause)3015</c>), as the README's "When Plivo adds a code" documents: <c>IsDefined</c>
/// is false, and every other lookup, formatter and <c>Match</c> throws an
/// <see cref="ArgumentOutOfRangeException"/> carrying the value and naming the right table.
/// </summary>
public sealed class UndefinedValueTests
{
    [Fact]
    public void Undefined_cause_throws_from_every_lookup_naming_the_hangup_table()
    {
        var cause = (HangupCause)3015;

        Assert.False(cause.IsDefined());
        AssertUndefined(() => cause.GetName(), "cause", cause, "the hangup table.");
        AssertUndefined(() => cause.GetDescription(), "cause", cause, "the hangup table.");
        AssertUndefined(() => cause.GetCategory(), "cause", cause, "the hangup table.");
        AssertUndefined(() => cause.GetSources(), "cause", cause, "the hangup table.");
        AssertUndefined(() => cause.TryFormatName(new char[64], out _), "cause", cause, "the hangup table.");
        AssertUndefined(() => cause.TryFormatNameUtf8(new byte[64], out _), "cause", cause, "the hangup table.");
        AssertUndefined(() => RealTableMatch.Cause(cause), "cause", cause, "the hangup table.");
    }

    [Fact]
    public void Undefined_code_is_not_found_but_keeps_its_category_and_from_code_names_it()
    {
        Assert.False(HangupCauses.TryFromCode(3015, out HangupCause cause));
        Assert.Equal(default, cause);
        Assert.False(HangupCauses.TryParseCode("3015", out _));
        Assert.True(HangupCauses.TryGetCategory(3015, out HangupCategory category));
        Assert.Equal(HangupCategory.CallRejections, category);
        Assert.False(HangupCauses.IsInCategory(3015, (HangupCategory)99));
        ArgumentOutOfRangeException thrown = Assert.Throws<ArgumentOutOfRangeException>(() => HangupCauses.FromCode(3015));
        Assert.Equal(3015, thrown.ActualValue);
        Assert.Contains("3015", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_category_and_source_name_their_own_lists()
    {
        var category = (HangupCategory)99;
        var source = (HangupSource)99;

        Assert.False(category.IsDefined());
        Assert.False(source.IsDefined());
        AssertUndefined(() => category.GetName(), "category", category, "the hangup table's categories.");
        AssertUndefined(() => category.GetMembers(), "category", category, "the hangup table's categories.");
        AssertUndefined(() => category.TryFormatNameUtf8(new byte[64], out _), "category", category, "the hangup table's categories.");
        AssertUndefined(() => source.GetName(), "source", source, "the hangup source table (HangupSources.csv).");
        AssertUndefined(() => source.TryFormatName(new char[64], out _), "source", source, "the hangup source table (HangupSources.csv).");
    }

    [Fact]
    public void Undefined_vocabulary_values_name_their_vocabularys_table_not_the_hangup_table()
    {
        AssertUndefined(() => ((CallStatus)99).GetName(), "status", (CallStatus)99, "the call status table (CallStatuses.csv).");
        AssertUndefined(() => ((DialStatus)99).GetDescription(), "status", (DialStatus)99, "the Dial status table (DialStatuses.csv).");
        AssertUndefined(() => ((TelephonyCause)9999).GetSipStatus(), "cause", (TelephonyCause)9999, "the standard telephony cause table (TelephonyCauses.csv).");
        AssertUndefined(() => ((TelephonyCause)9999).TryFormatNameUtf8(new byte[64], out _), "cause", (TelephonyCause)9999, "the standard telephony cause table (TelephonyCauses.csv).");
        Assert.False(((CallStatus)99).IsDefined());
    }

    private static void AssertUndefined(Func<object?> lookup, string parameter, object value, string table)
    {
        ArgumentOutOfRangeException thrown = Assert.Throws<ArgumentOutOfRangeException>(() => lookup());
        Assert.Equal(parameter, thrown.ParamName);
        Assert.Equal(value, thrown.ActualValue);
        Assert.StartsWith("The value is not a member of " + table, thrown.Message, StringComparison.Ordinal);
        Assert.Contains(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), thrown.Message, StringComparison.Ordinal);
    }

    private static void AssertUndefined(Func<bool> lookup, string parameter, object value, string table)
        => AssertUndefined(() => (object)lookup(), parameter, value, table);
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using HangupGen.Benchmarks.Generated;

namespace HangupGen.Benchmarks.Alternatives;

/// <summary>
/// The lookup tables a user builds without HangupGen, filled from the generated helpers so that
/// both sides answer the same. Built once; <see cref="Verify"/> fails the run if the hand-written
/// alternatives have drifted from the table.
/// </summary>
internal static class AlternativeTables
{
    public static readonly Dictionary<HangupCause, string> NameByCause =
        HangupCauses.All.ToDictionary(c => c, c => c.GetName());

    public static readonly Dictionary<HangupCause, string> DescriptionByCause =
        HangupCauses.All.ToDictionary(c => c, c => c.GetDescription());

    public static readonly Dictionary<HangupCause, HangupCategory> CategoryByCause =
        HangupCauses.All.ToDictionary(c => c, c => c.GetCategory());

    public static readonly Dictionary<int, HangupCause> CauseByCode =
        HangupCauses.All.ToDictionary(c => (int)c, c => c);

    public static readonly FrozenDictionary<HangupCause, string> FrozenNameByCause = NameByCause.ToFrozenDictionary();

    public static readonly FrozenDictionary<HangupCause, string> FrozenDescriptionByCause = DescriptionByCause.ToFrozenDictionary();

    public static readonly FrozenDictionary<HangupCause, HangupCategory> FrozenCategoryByCause = CategoryByCause.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, HangupCause> FrozenCauseByCode = CauseByCode.ToFrozenDictionary();

    public static readonly Dictionary<string, HangupCause> CauseByName =
        new(HangupCauses.All.ToDictionary(c => c.GetName(), c => c), StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, HangupCause> FrozenCauseByName =
        HangupCauses.All.ToFrozenDictionary(c => c.GetName(), c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>The usual reflection read of a <see cref="DescriptionAttribute"/>.</summary>
    public static string? DescriptionByReflection(PlainHangupCause cause)
        => typeof(PlainHangupCause).GetField(cause.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description;

    /// <summary>Throws when an alternative no longer holds the same causes as the generated enum.</summary>
    public static void Verify()
    {
        foreach (HangupCause cause in HangupCauses.All)
        {
            var plain = (PlainHangupCause)(int)cause;
            Check(Enum.IsDefined(plain) && plain.ToString() == cause.ToString(), cause, "PlainHangupCause member");
            Check(DescriptionByReflection(plain) == cause.GetDescription(), cause, "PlainHangupCause description");
            Check(HandWrittenSwitches.NameOf(cause) == cause.GetName(), cause, "HandWrittenSwitches.NameOf");
            Check(HandWrittenSwitches.TryFromCode((int)cause, out HangupCause byCode) && byCode == cause, cause, "HandWrittenSwitches.TryFromCode");
            Check(SmartHangupCause.TryFromValue((int)cause, out SmartHangupCause? smart) && smart.Name == cause.GetName(), cause, "SmartHangupCause");
        }

        Check(Enum.GetValues<PlainHangupCause>().Length == HangupCauses.Count, default, "PlainHangupCause count");
        Check(SmartHangupCause.List.Count == HangupCauses.Count, default, "SmartHangupCause count");
    }

    private static void Check(bool condition, HangupCause cause, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{what} differs from the generated table at {cause}: regenerate the alternatives from HangupCodes.csv.");
        }
    }
}

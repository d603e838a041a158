using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using HangupGen.Analyzers.KnownTypes;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>What a range of codes is, measured against the table's categories: the HG0004 message.</summary>
    internal static class RangeVerdict
    {
        /// <summary>
        /// The verdict on the documented codes inside <paramref name="range"/>, and the whole
        /// categories when that is all the range holds. Null when the table cannot tell (a code
        /// outside every category).
        /// </summary>
        public static string? Of(HangupTable table, CodeRange range, out ImmutableArray<HangupCategoryInfo> wholeCategories)
        {
            wholeCategories = default;
            var touched = new List<(HangupCategoryInfo Category, List<HangupCauseInfo> Inside)>();
            foreach (HangupCauseInfo cause in table.Causes)
            {
                if (!range.Contains(cause.Code))
                {
                    continue;
                }

                if (cause.Category is not HangupCategoryInfo category)
                {
                    return null;
                }

                if (touched.Count == 0 || touched[touched.Count - 1].Category != category)
                {
                    touched.Add((category, new List<HangupCauseInfo>()));
                }

                touched[touched.Count - 1].Inside.Add(cause);
            }

            if (touched.Count == 0)
            {
                HangupCategoryInfo? around = table.Categories.FirstOrDefault(c => c.FirstCode <= range.Lower && range.Upper <= c.LastCode);
                string within = around is null
                    ? string.Empty
                    : Format(DiagnosticDescriptors.HangupCodeRangeWithin, around.Identifier, around.RangeText);
                return Format(DiagnosticDescriptors.HangupCodeRangeHoldsNothing, within);
            }

            string names = EnglishText.JoinAnd(touched.Select(t => t.Category.Identifier));
            if (touched.All(t => t.Inside.Count == t.Category.Members.Count))
            {
                wholeCategories = touched.Select(t => t.Category).ToImmutableArray();
                return touched.Count == 1
                    ? Format(DiagnosticDescriptors.HangupCodeRangeIsCategory, names)
                    : Format(DiagnosticDescriptors.HangupCodeRangeLumpsCategories, names);
            }

            if (touched.Count == 1)
            {
                (HangupCategoryInfo category, List<HangupCauseInfo> inside) = touched[0];
                return Format(
                    DiagnosticDescriptors.HangupCodeRangeSplitsCategory,
                    category.Identifier,
                    inside.Count,
                    category.Members.Count,
                    Identifiers(inside),
                    Identifiers(category.Members.Except(inside)));
            }

            IEnumerable<string> parts = touched.Select(t => t.Inside.Count == t.Category.Members.Count
                ? Format(DiagnosticDescriptors.HangupCodeRangeWholePart, t.Category.Identifier, Codes(t.Inside.Count))
                : Format(
                    DiagnosticDescriptors.HangupCodeRangeSplitPart,
                    t.Category.Identifier,
                    t.Inside.Count,
                    t.Category.Members.Count,
                    Identifiers(t.Inside),
                    Identifiers(t.Category.Members.Except(t.Inside))));
            return Format(DiagnosticDescriptors.HangupCodeRangeStraddlesCategories, names, EnglishText.JoinAnd(parts));
        }

        private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

        private static string Codes(int count) => count == 1 ? "1 code" : count.ToString(CultureInfo.InvariantCulture) + " codes";

        private static string Identifiers(IEnumerable<HangupCauseInfo> causes) => string.Join(", ", causes.Select(c => c.Identifier));
    }
}

using System.Globalization;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>An inclusive range of codes, as the comparisons accept it.</summary>
    internal readonly record struct CodeRange(long Lower, long Upper)
    {
        /// <summary>One lower and one upper bound that leave at least one value: a range. Two lower bounds, or an empty range, are not.</summary>
        public static bool TryCreate(Bound first, Bound second, out CodeRange range)
        {
            range = default;
            if (first.IsLower == second.IsLower)
            {
                return false;
            }

            Bound lower = first.IsLower ? first : second;
            Bound upper = first.IsLower ? second : first;
            if (lower.Value > upper.Value)
            {
                return false;
            }

            range = new CodeRange(lower.Value, upper.Value);
            return true;
        }

        public bool Contains(long code) => code >= Lower && code <= Upper;

        public override string ToString() => Lower.ToString(CultureInfo.InvariantCulture) + "-" + Upper.ToString(CultureInfo.InvariantCulture);
    }
}

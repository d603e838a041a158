using HangupGen.Analyzers.KnownTypes;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// The codes whose decimal text starts with some digits, as a range. A prefix is a range only
    /// when every positive documented code has the same number of digits (four, for Plivo) and the
    /// prefix is shorter: then <c>"30"</c> is 3000-3099 and holds exactly the documented codes that
    /// start with it. With codes of mixed lengths <c>"3"</c> would be 3, 30-39, 300-399… and no one
    /// range, so nothing is read.
    /// </summary>
    internal static class CodePrefix
    {
        /// <summary>The range of <paramref name="digits"/> (a non-zero first digit, then digits) over the codes of <paramref name="table"/>.</summary>
        public static bool TryGetRange(string digits, HangupTable table, out CodeRange range)
        {
            range = default;
            int length = CodeLength(table);
            if (digits.Length == 0 || digits.Length >= length || digits[0] is < '1' or > '9')
            {
                return false;
            }

            long prefix = 0;
            foreach (char digit in digits)
            {
                if (digit is < '0' or > '9')
                {
                    return false;
                }

                prefix = (prefix * 10) + (digit - '0');
            }

            long scale = 1;
            for (int i = digits.Length; i < length; i++)
            {
                scale *= 10;
            }

            range = new CodeRange(prefix * scale, ((prefix + 1) * scale) - 1);
            return true;
        }

        /// <summary>The number of digits every positive code of the table has; 0 when they differ or there is none. (0 and negative codes never start with 1-9.)</summary>
        private static int CodeLength(HangupTable table)
        {
            int length = 0;
            foreach (HangupCauseInfo cause in table.Causes)
            {
                if (cause.Code <= 0)
                {
                    continue;
                }

                int digits = 0;
                for (int code = cause.Code; code > 0; code /= 10)
                {
                    digits++;
                }

                if (length != 0 && digits != length)
                {
                    return 0;
                }

                length = digits;
            }

            return length;
        }
    }
}

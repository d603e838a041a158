using System.Globalization;

namespace HangupGen.Generator.Table
{
    /// <summary>Parses the numbers of the table: hangup codes and category ranges.</summary>
    internal static class CodeRange
    {
        /// <summary>Parses a non-negative decimal code written with ASCII digits only (no sign, no spaces inside).</summary>
        public static bool TryParseCode(string text, out int code)
        {
            code = 0;
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        }

        /// <summary>Parses a range, <c>3000-3050</c> (hyphen or en dash, spaces allowed around it) or a single code <c>0</c>.</summary>
        public static bool TryParseRange(string text, out int first, out int last)
        {
            first = last = 0;
            int dash = text.IndexOfAny(new[] { '-', '\u2013' });
            if (dash < 0)
            {
                bool single = TryParseCode(text.Trim(), out first);
                last = first;
                return single;
            }

            return TryParseCode(text.Substring(0, dash).Trim(), out first)
                && TryParseCode(text.Substring(dash + 1).Trim(), out last)
                && first <= last;
        }
    }
}

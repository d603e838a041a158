using System.Text;
using HangupGen.Contract;

namespace HangupGen.Generator.Table
{
    /// <summary>How a documented name becomes a C# member name, and what a valid one is.</summary>
    internal static class IdentifierRules
    {
        /// <summary>
        /// Derives a PascalCase identifier from a documented name: words are split on anything that
        /// is not a letter or digit, each word is capitalised, and acronyms follow .NET casing
        /// (<c>Busy Line</c> → <c>BusyLine</c>, <c>Canceled (Out Of Credits)</c> →
        /// <c>CanceledOutOfCredits</c>, <c>DNO Caller ID</c> → <c>DnoCallerId</c>,
        /// <c>URL Errors</c> → <c>UrlErrors</c>). Returns <see langword="null"/> when no valid
        /// identifier results (e.g. the name starts with a digit); the table then needs an
        /// <c>identifier</c> value.
        /// </summary>
        public static string? Derive(string name)
        {
            var builder = new StringBuilder(name.Length);
            int wordStart = -1;
            for (int i = 0; i <= name.Length; i++)
            {
                bool inWord = i < name.Length && char.IsLetterOrDigit(name[i]);
                if (inWord && wordStart < 0)
                {
                    wordStart = i;
                }
                else if (!inWord && wordStart >= 0)
                {
                    AppendWord(builder, name, wordStart, i - wordStart);
                    wordStart = -1;
                }
            }

            string identifier = builder.ToString();
            return IsValid(identifier) ? identifier : null;
        }

        /// <summary>Whether <paramref name="identifier"/> can name an enum member or a type: a valid C# identifier, not a keyword, no <c>@</c>.</summary>
        public static bool IsValid(string identifier) => GeneratedNamespace.IsValidIdentifier(identifier);

        private static void AppendWord(StringBuilder builder, string name, int start, int length)
        {
            bool allUpper = length > 1;
            for (int i = start; i < start + length; i++)
            {
                char c = name[i];
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    allUpper = false;
                    break;
                }
            }

            builder.Append(char.ToUpperInvariant(name[start]));
            for (int i = start + 1; i < start + length; i++)
            {
                builder.Append(allUpper ? char.ToLowerInvariant(name[i]) : name[i]);
            }
        }
    }
}

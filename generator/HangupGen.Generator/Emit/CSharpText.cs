using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Generator.Emit
{
    /// <summary>Turns table text into C# literals, parameter names and XML documentation.</summary>
    internal static class CSharpText
    {
        [ThreadStatic]
        private static char[]? t_characters;

        /// <summary>A C# string literal for <paramref name="value"/>, escaped as the compiler would display it.</summary>
        public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary>An integer literal, culture-invariant.</summary>
        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The length of <see cref="Literal(string)"/>, without building it for printable ASCII text.</summary>
        public static int LiteralLength(string value)
        {
            int length = value.Length + 2;
            foreach (char c in value)
            {
                if (c < ' ' || c > '~')
                {
                    return Literal(value).Length;
                }

                if (c == '"' || c == '\\')
                {
                    length++;
                }
            }

            return length;
        }

        /// <summary>The length of <see cref="Literal(int)"/>, without building it.</summary>
        public static int LiteralLength(int value)
        {
            if (value == int.MinValue)
            {
                return 11;
            }

            int length = value < 0 ? 2 : 1;
            for (int rest = Math.Abs(value); rest >= 10; rest /= 10)
            {
                length++;
            }

            return length;
        }

        /// <summary>
        /// A camelCase parameter name for a PascalCase identifier (<c>BusyLine</c> → <c>busyLine</c>,
        /// <c>URLErrors</c> → <c>urlErrors</c>), escaped with <c>@</c> when it is a keyword. A parameter
        /// named <c>nameof</c> would turn the method's own <c>nameof(...)</c> into a call of it, so
        /// <c>Nameof</c> gives <c>nameOf</c> (no other identifier can: they differ from it only in case).
        /// </summary>
        public static string ParameterName(string identifier)
        {
            int upper = 0;
            while (upper < identifier.Length && char.IsUpper(identifier[upper]))
            {
                upper++;
            }

            int lower = upper == identifier.Length ? upper : upper > 1 ? upper - 1 : 1;
            // One buffer per thread, so that a name costs the string alone.
            char[]? characters = t_characters;
            if (characters is null || characters.Length < identifier.Length)
            {
                characters = t_characters = new char[identifier.Length + 64];
            }

            for (int i = 0; i < identifier.Length; i++)
            {
                characters[i] = i < lower ? char.ToLowerInvariant(identifier[i]) : identifier[i];
            }

            string name = new string(characters, 0, identifier.Length);
            if (name == "nameof")
            {
                return "nameOf";
            }

            return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
        }

        /// <summary>A name based on <paramref name="preferred"/> that is not in <paramref name="taken"/>.</summary>
        public static string UniqueName(string preferred, ICollection<string> taken)
        {
            string name = preferred;
            for (int i = 2; taken.Contains(name); i++)
            {
                name = preferred + i.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }

        /// <summary>
        /// Escapes text for an XML documentation comment; line breaks become <c>&lt;br/&gt;</c>. The
        /// characters C# also ends a line with (U+0085, U+2028, U+2029) are line breaks too, since left
        /// in a <c>///</c> line they would end the comment and the rest would be compiled as code; the
        /// control characters XML does not allow become U+FFFD.
        /// </summary>
        public static string Xml(string text)
        {
            if (!NeedsXmlEscaping(text))
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            AppendXml(builder, text, 0, text.Length);
            return builder.ToString();
        }

        private static bool NeedsXmlEscaping(string text)
        {
            foreach (char c in text)
            {
                if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Appends <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, escaped as <see cref="Xml"/> escapes them.</summary>
        private static void AppendXml(StringBuilder builder, string text, int start, int length)
        {
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (XmlEscape(c) is string escaped)
                {
                    builder.Append(escaped);
                }
                else
                {
                    builder.Append(c);
                }
            }
        }

        /// <summary>What <paramref name="c"/> becomes in XML documentation (<see cref="Xml"/>); null when it stays itself.</summary>
        public static string? XmlEscape(char c)
        {
            switch (c)
            {
                case '&': return "&amp;";
                case '<': return "&lt;";
                case '>': return "&gt;";
                case '\n':
                case '\r':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    return "<br/>";
                default:
                    return (c < ' ' && c != '\t') || c == '\uFFFE' || c == '\uFFFF' ? "\uFFFD" : null;
            }
        }
    }
}

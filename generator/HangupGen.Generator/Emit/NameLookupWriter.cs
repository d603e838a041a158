using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes the <c>TryParse</c> family of a parser class (<c>HangupCauses</c>, <c>HangupSources</c>,
    /// <c>CallStatuses</c>, …): from a name, identifier or alias in any ASCII case to a member. Where the
    /// target has spans there is one matching implementation, over <c>ReadOnlySpan&lt;char&gt;</c>, which
    /// the <c>string</c> overload calls, and its UTF-8 twin <c>TryParseUtf8</c>; without spans
    /// (netstandard2.0 without System.Memory) the <c>string</c> overload matches on its own.
    /// </summary>
    internal static class NameLookupWriter
    {
        /// <summary>What a <c>TryParse</c> family is documented with and returns.</summary>
        /// <param name="Type">The member type, fully qualified.</param>
        /// <param name="Output">The name of the out parameter.</param>
        /// <param name="Summary">The summary's lines, without the tags.</param>
        /// <param name="OutputDoc">The documentation of the out parameter.</param>
        /// <param name="Returns">The documentation of the result.</param>
        /// <param name="WithCodes">Whether the text may also be a code in digits (<c>TryParseCode</c> is tried first).</param>
        internal sealed record Lookup(string Type, string Output, string[] Summary, string OutputDoc, string Returns, bool WithCodes);

        /// <summary>
        /// Writes the overloads. <paramref name="keys"/> are matched ignoring the case of ASCII letters
        /// only (see <see cref="TextHelpersWriter.WriteNameComparison"/>); the class must also get the
        /// comparison helpers.
        /// </summary>
        public static void Write(SourceWriter writer, FileContext context, Lookup lookup, IEnumerable<(string Key, string Member)> keys)
        {
            List<(string Key, string Member)> keyList = keys.ToList();
            string nullableString = context.NullableString;
            const string Rule = "Letters match in either case (ASCII A-Z only: no other character folds, so the answer is the same on every runtime).";
            if (!context.Settings.Features.Spans)
            {
                WriteDoc(writer, lookup, "value", "The text to look up.", Rule);
                writer.OpenBlock("public static bool TryParse(" + nullableString + " value, out " + lookup.Type + " " + lookup.Output + ")");
                WriteCodeFirst(writer, lookup, "TryParseCode", "value");
                writer.OpenBlock("if (value != null)");
                WriteSwitch(writer, lookup, "value", "EqualsIgnoreAsciiCase", keyList.Select(k => (k.Key, k.Key.Length, k.Member)));
                writer.CloseBlock();
                writer.WriteLine();
                WriteNotFound(writer, lookup);
                writer.CloseBlock();
                writer.WriteLine();
                return;
            }

            WriteDoc(writer, lookup, "value", "The text to look up.", Rule);
            writer.OpenBlock("public static bool TryParse(" + nullableString + " value, out " + lookup.Type + " " + lookup.Output + ")");
            writer.OpenBlock("if (value == null)");
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return TryParse(global::System.MemoryExtensions.AsSpan(value), out " + lookup.Output + ");");
            writer.CloseBlock();
            writer.WriteLine();

            WriteDoc(writer, lookup, "value", "The text to look up; nothing is allocated.", Rule);
            writer.OpenBlock("public static bool TryParse(" + TextHelpersWriter.CharSpan + " value, out " + lookup.Type + " " + lookup.Output + ")");
            WriteCodeFirst(writer, lookup, "TryParseCode", "value");
            WriteSwitch(writer, lookup, "value", "EqualsIgnoreAsciiCase", keyList.Select(k => (k.Key, k.Key.Length, k.Member)));
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();

            WriteDoc(writer, lookup, "utf8Value", "The UTF-8 text to look up, as received; nothing is decoded or allocated.", Rule + " Accepts exactly the UTF-8 form of what the <c>string</c> overload accepts.");
            writer.OpenBlock("public static bool TryParseUtf8(" + TextHelpersWriter.Utf8Span + " utf8Value, out " + lookup.Type + " " + lookup.Output + ")");
            WriteCodeFirst(writer, lookup, "TryParseCodeUtf8", "utf8Value");
            WriteSwitch(writer, lookup, "utf8Value", "Utf8EqualsIgnoreAsciiCase", keyList.Select(k => (k.Key, Encoding.UTF8.GetByteCount(k.Key), k.Member)));
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteDoc(SourceWriter writer, Lookup lookup, string parameter, string parameterDoc, string rule)
        {
            var doc = new List<string> { "<summary>" };
            doc.AddRange(lookup.Summary);
            doc.Add(rule);
            doc.Add("</summary>");
            doc.Add("<param name=\"" + parameter + "\">" + parameterDoc + "</param>");
            doc.Add("<param name=\"" + lookup.Output + "\">" + lookup.OutputDoc + "</param>");
            doc.Add("<returns>" + lookup.Returns + "</returns>");
            writer.WriteDoc(doc.ToArray());
        }

        private static void WriteCodeFirst(SourceWriter writer, Lookup lookup, string method, string input)
        {
            if (!lookup.WithCodes)
            {
                return;
            }

            writer.OpenBlock("if (" + method + "(" + input + ", out " + lookup.Output + "))");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>
        /// A private <c>TryParse(string)</c> for a class that is no parser (the category converter): the
        /// same matching, without the public span and UTF-8 overloads. The class must also get the
        /// comparison helpers (<see cref="TextHelpersWriter.WriteNameComparison"/>).
        /// </summary>
        public static void WritePrivateStringLookup(SourceWriter writer, FileContext context, string type, string output, IEnumerable<(string Key, string Member)> keys)
        {
            var lookup = new Lookup(type, output, System.Array.Empty<string>(), string.Empty, string.Empty, WithCodes: false);
            writer.OpenBlock("private static bool TryParse(" + context.NullableString + " value, out " + type + " " + output + ")");
            writer.OpenBlock("if (value != null)");
            string text = "value";
            if (context.Settings.Features.Spans)
            {
                // The comparison helper takes a span; netstandard2.0's string has no conversion to one.
                writer.WriteLine(TextHelpersWriter.CharSpan + " text = global::System.MemoryExtensions.AsSpan(value);");
                text = "text";
            }

            WriteSwitch(writer, lookup, text, "EqualsIgnoreAsciiCase", keys.Select(k => (k.Key, k.Key.Length, k.Member)));
            writer.CloseBlock();
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
        }

        /// <summary>
        /// A switch on the length (texts of different lengths never match), then the keys of that
        /// length in table order.
        /// </summary>
        private static void WriteSwitch(SourceWriter writer, Lookup lookup, string input, string comparison, IEnumerable<(string Key, int Length, string Member)> keys)
        {
            writer.OpenBlock("switch (" + input + ".Length)");
            foreach (IGrouping<int, (string Key, int Length, string Member)> bucket in keys.GroupBy(k => k.Length).OrderBy(g => g.Key))
            {
                writer.WriteLine("case " + CSharpText.Literal(bucket.Key) + ":");
                writer.Indent();
                foreach ((string key, _, string member) in bucket)
                {
                    writer.OpenBlock("if (" + comparison + "(" + input + ", " + CSharpText.Literal(key) + "))");
                    writer.WriteLine(lookup.Output + " = " + member + ";");
                    writer.WriteLine("return true;");
                    writer.CloseBlock();
                    writer.WriteLine();
                }

                writer.WriteLine("break;");
                writer.Outdent();
            }

            writer.CloseBlock();
        }

        private static void WriteNotFound(SourceWriter writer, Lookup lookup)
        {
            writer.WriteLine(lookup.Output + " = default(" + lookup.Type + ");");
            writer.WriteLine("return false;");
        }
    }
}

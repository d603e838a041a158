using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes the <c>TryParse</c> family of a parser class (<c>HangupCauses</c>, <c>HangupSources</c>,
    /// <c>CallStatuses</c>, …): from a name, identifier or alias in any ASCII case to a member. The keys
    /// are data (see <see cref="NameTable"/>), and one private <c>FindName</c> per text type walks them:
    /// the <c>string</c> and span overloads share the <c>ReadOnlySpan&lt;char&gt;</c> one, <c>TryParseUtf8</c>
    /// has its UTF-8 twin over the same arrays, and a target without spans (netstandard2.0 without
    /// System.Memory) gets a <c>string</c> one. Data instead of a switch per overload keeps the generated
    /// source (and the generator's allocations) small and every overload on the same keys.
    /// </summary>
    internal static class NameLookupWriter
    {
        /// <summary>What a <c>TryParse</c> family is documented with and returns.</summary>
        /// <param name="Type">The member type, fully qualified.</param>
        /// <param name="Output">The name of the out parameter.</param>
        /// <param name="Summary">The summary's lines, without the tags.</param>
        /// <param name="OutputDoc">The documentation of the out parameter.</param>
        /// <param name="Returns">The documentation of the result.</param>
        /// <param name="WithCodes">Whether the text may also be a code in decimal digits (<c>TryParseCode</c> is tried first).</param>
        internal sealed record Lookup(string Type, string Output, string[] Summary, string OutputDoc, string Returns, bool WithCodes);

        private const string Rule = "Letters match in either case (ASCII A-Z only: no other character folds, so the answer is the same on every runtime).";

        /// <summary>
        /// Adds the keys of one member (<see cref="MemberParseKeys"/>) to <paramref name="keys"/> with the
        /// member's value; <paramref name="memberKeys"/> is a list the caller reuses from member to member.
        /// </summary>
        public static void AddKeys(List<(string Key, int Value)> keys, List<string> memberKeys, string name, string identifier, EquatableArray<string> aliases, int value)
        {
            MemberParseKeys.Fill(memberKeys, name, identifier, aliases);
            foreach (string key in memberKeys)
            {
                keys.Add((key, value));
            }
        }

        /// <summary>
        /// Writes the public overloads, the key data and the finders into the parser class.
        /// <paramref name="keys"/> (in table order) are matched ignoring the case of ASCII letters only:
        /// with the runtime's <c>System.Text.Ascii</c> where it serves, else with the shared helpers of
        /// <see cref="TextHelpersWriter"/>.
        /// </summary>
        public static void Write(SourceWriter writer, FileContext context, Lookup lookup, List<(string Key, int Value)> keys)
        {
            var table = NameTable.Create(keys);
            string nullableString = context.NullableString;
            if (!context.Settings.Features.Spans)
            {
                WriteDoc(writer, lookup, "value", "The text to look up.", Rule);
                writer.OpenBlock("public static bool TryParse(", nullableString, " value, out ", lookup.Type, " ", lookup.Output, ")");
                WriteCodeFirst(writer, lookup, "TryParseCode", "value");
                writer.OpenBlock("if (value != null)");
                WriteFound(writer, lookup, "FindName(value)");
                writer.CloseBlock();
                writer.WriteLine();
                WriteNotFound(writer, lookup);
                writer.CloseBlock();
                writer.WriteLine();
                WriteData(writer, context, table);
                return;
            }

            WriteDoc(writer, lookup, "value", "The text to look up.", Rule);
            writer.OpenBlock("public static bool TryParse(", nullableString, " value, out ", lookup.Type, " ", lookup.Output, ")");
            writer.OpenBlock("if (value == null)");
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return TryParse(global::System.MemoryExtensions.AsSpan(value), out ", lookup.Output, ");");
            writer.CloseBlock();
            writer.WriteLine();

            WriteDoc(writer, lookup, "value", "The text to look up; nothing is allocated.", Rule);
            writer.OpenBlock("public static bool TryParse(", TextHelpersWriter.CharSpan, " value, out ", lookup.Type, " ", lookup.Output, ")");
            WriteCodeFirst(writer, lookup, "TryParseCode", "value");
            WriteFound(writer, lookup, "FindName(value)");
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();

            WriteDoc(writer, lookup, "utf8Value", "The UTF-8 text to look up, as received; nothing is decoded or allocated.", Rule + " Accepts exactly the UTF-8 form of what the <c>string</c> overload accepts.");
            writer.OpenBlock("public static bool TryParseUtf8(", TextHelpersWriter.Utf8Span, " utf8Value, out ", lookup.Type, " ", lookup.Output, ")");
            WriteCodeFirst(writer, lookup, "TryParseCodeUtf8", "utf8Value");
            WriteFound(writer, lookup, "FindName(utf8Value)");
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();
            WriteData(writer, context, table);
        }

        /// <summary>
        /// Private <c>TryParse(string)</c> and, where the target has spans, <c>TryParseUtf8</c> for a class
        /// that is no parser (the category converter): the same data and matching, without the public API.
        /// </summary>
        public static void WritePrivate(SourceWriter writer, FileContext context, string type, string output, List<(string Key, int Value)> keys)
        {
            var table = NameTable.Create(keys);
            var lookup = new Lookup(type, output, Array.Empty<string>(), string.Empty, string.Empty, WithCodes: false);
            writer.OpenBlock("private static bool TryParse(", context.NullableString, " value, out ", type, " ", output, ")");
            writer.OpenBlock("if (value != null)");
            // The span finder takes a span; netstandard2.0's string has no conversion to one.
            WriteFound(writer, lookup, context.Settings.Features.Spans ? "FindName(global::System.MemoryExtensions.AsSpan(value))" : "FindName(value)");
            writer.CloseBlock();
            writer.WriteLine();
            WriteNotFound(writer, lookup);
            writer.CloseBlock();
            writer.WriteLine();
            if (context.Settings.Features.Spans)
            {
                writer.OpenBlock("private static bool TryParseUtf8(", TextHelpersWriter.Utf8Span, " utf8Value, out ", type, " ", output, ")");
                WriteFound(writer, lookup, "FindName(utf8Value)");
                writer.WriteLine();
                WriteNotFound(writer, lookup);
                writer.CloseBlock();
                writer.WriteLine();
            }

            WriteData(writer, context, table);
        }

        /// <summary>Whether a key contains <paramref name="c"/> (a converter must unescape JSON text first where one contains a backslash).</summary>
        public static bool AnyKeyContains(List<(string Key, int Value)> keys, char c)
        {
            foreach ((string key, _) in keys)
            {
                if (key.IndexOf(c) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static void WriteDoc(SourceWriter writer, Lookup lookup, string parameter, string parameterDoc, string rule)
        {
            writer.WriteDocLine("<summary>");
            foreach (string line in lookup.Summary)
            {
                writer.WriteDocLine(line);
            }

            writer.WriteDocLine(rule);
            writer.WriteDocLine("</summary>");
            writer.WriteDocLine("<param name=\"", parameter, "\">", parameterDoc, "</param>");
            writer.WriteDocLine("<param name=\"", lookup.Output, "\">", lookup.OutputDoc, "</param>");
            writer.WriteDocLine("<returns>", lookup.Returns, "</returns>");
        }

        private static void WriteCodeFirst(SourceWriter writer, Lookup lookup, string method, string input)
        {
            if (!lookup.WithCodes)
            {
                return;
            }

            writer.OpenBlock("if (", method, "(", input, ", out ", lookup.Output, "))");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteFound(SourceWriter writer, Lookup lookup, string find)
        {
            writer.WriteLine("int index = ", find, ";");
            writer.OpenBlock("if (index >= 0)");
            writer.WriteLine(lookup.Output, " = (", lookup.Type, ")s_nameValues[index];");
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }

        private static void WriteNotFound(SourceWriter writer, Lookup lookup)
        {
            writer.WriteLine(lookup.Output, " = default(", lookup.Type, ");");
            writer.WriteLine("return false;");
        }

        /// <summary>The arrays and the finders over them.</summary>
        private static void WriteData(SourceWriter writer, FileContext context, NameTable table)
        {
            writer.WriteLine("// The keys by bucket (in table order within a bucket), the value of each key's member, and where each bucket");
            writer.WriteLine("// starts: the keys of bucket b are s_nameKeys[s_nameStarts[b]] up to s_nameStarts[b + 1]. A key's bucket is a hash");
            writer.WriteLine("// of its length and its first, middle and last characters, each with the 0x20 bit set so that case does not matter.");
            WriteArray(writer, "private static readonly string[] s_nameKeys = new string[]", table.Keys);
            writer.WriteLine();
            WriteArray(writer, "private static readonly int[] s_nameValues = new int[]", table.Values);
            writer.WriteLine();
            WriteArray(writer, "private static readonly int[] s_nameStarts = new int[]", table.Starts);
            if (!context.Settings.Features.Spans)
            {
                WriteFinder(writer, table, "string", TextHelpersWriter.Member(context, "EqualsIgnoreAsciiCase"));
                return;
            }

            // System.Text.Ascii.EqualsIgnoreCase is vectorized and folds ASCII letters only, as the parsers
            // promise; it answers false for any non-ASCII text, so it serves only a table whose keys are all ASCII.
            bool runtimeComparison = table.Ascii && context.Settings.Features.AsciiEqualsIgnoreCase;
            string equals = runtimeComparison ? "global::System.Text.Ascii.EqualsIgnoreCase" : TextHelpersWriter.Member(context, "EqualsIgnoreAsciiCase");
            WriteFinder(writer, table, TextHelpersWriter.CharSpan, equals);
            if (table.Ascii)
            {
                // Every key is ASCII: its UTF-8 form has one byte per character, so the same buckets serve UTF-8.
                WriteFinder(writer, table, TextHelpersWriter.Utf8Span, equals);
            }
            else
            {
                WriteUtf8Finder(writer, table, TextHelpersWriter.Member(context, "Utf8EqualsIgnoreAsciiCase"));
            }
        }

        /// <summary>
        /// <c>FindName(value)</c>: the index of the key <c>value</c> spells, or -1. Only the keys of its
        /// bucket are compared (<see cref="NameTable"/>: usually one, at most a few). The body reads the same
        /// for <c>string</c>, UTF-16 and (ASCII keys) UTF-8 text; <paramref name="equals"/> names the
        /// comparison (the generated one, or the runtime's), which checks the length first.
        /// </summary>
        private static void WriteFinder(SourceWriter writer, NameTable table, string textType, string equals)
        {
            writer.WriteLine();
            writer.OpenBlock("private static int FindName(", textType, " value)");
            writer.WriteLine("int length = value.Length;");
            writer.OpenBlock("if (length == 0)");
            writer.WriteLine("return -1;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("uint signature = (uint)length | (uint)(value[0] | 0x20) << 8 | (uint)(value[length >> 1] | 0x20) << 16 | (uint)(value[length - 1] | 0x20) << 24;");
            writer.WriteLine("int bucket = ", MultiplicativeHash.Expression("signature", table.Multiplier, table.Bits), ";");
            writer.WriteLine("int end = s_nameStarts[bucket + 1];");
            writer.OpenBlock("for (int i = s_nameStarts[bucket]; i < end; i++)");
            writer.OpenBlock("if (", equals, "(value, s_nameKeys[i]))");
            writer.WriteLine("return i;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return -1;");
            writer.CloseBlock();
        }

        /// <summary>
        /// The UTF-8 <c>FindName</c> where a key is not ASCII: its own buckets by UTF-8 byte length, an
        /// order of the key indices, and the comparison that encodes non-ASCII keys.
        /// </summary>
        private static void WriteUtf8Finder(SourceWriter writer, NameTable table, string equals)
        {
            writer.WriteLine();
            writer.WriteLine("// A key that is not ASCII takes more UTF-8 bytes than characters: the keys by UTF-8 length, as indices of s_nameKeys.");
            WriteArray(writer, "private static readonly int[] s_utf8NameOrder = new int[]", table.Utf8Order);
            writer.WriteLine();
            WriteArray(writer, "private static readonly int[] s_utf8NameStarts = new int[]", table.Utf8Starts);
            writer.WriteLine();
            writer.OpenBlock("private static int FindName(", TextHelpersWriter.Utf8Span, " value)");
            writer.WriteLine("int length = value.Length;");
            writer.OpenBlock("if (length >= s_utf8NameStarts.Length - 1)");
            writer.WriteLine("return -1;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("int end = s_utf8NameStarts[length + 1];");
            writer.OpenBlock("for (int i = s_utf8NameStarts[length]; i < end; i++)");
            writer.WriteLine("int index = s_utf8NameOrder[i];");
            writer.OpenBlock("if (", equals, "(value, s_nameKeys[index]))");
            writer.WriteLine("return index;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return -1;");
            writer.CloseBlock();
        }

        /// <summary>An array initializer, its items wrapped into lines of about 120 characters.</summary>
        private static void WriteArray(SourceWriter writer, string declaration, List<string> keys)
            => WriteArray(writer, declaration, keys, CSharpText.LiteralLength, (w, key) => w.WriteLiteral(key));

        private static void WriteArray(SourceWriter writer, string declaration, List<int> values)
            => WriteArray(writer, declaration, values, CSharpText.LiteralLength, (w, value) => w.WriteInt(value));

        private static void WriteArray<T>(SourceWriter writer, string declaration, List<T> items, Func<T, int> length, Action<SourceWriter, T> write)
        {
            writer.WriteLine(declaration);
            writer.WriteLine("{");
            writer.Indent();
            // Items fill lines of about 110 characters, written straight into the file.
            int lineLength = 0;
            foreach (T item in items)
            {
                int itemLength = length(item);
                if (lineLength > 0 && lineLength + itemLength > 110)
                {
                    writer.EndLine();
                    lineLength = 0;
                }

                write(lineLength == 0 ? writer.StartLine() : writer.Write(" "), item);
                writer.Write(",");
                lineLength += itemLength + 2;
            }

            if (lineLength > 0)
            {
                writer.EndLine();
            }

            writer.Outdent();
            writer.WriteLine("};");
        }

        /// <summary>
        /// The keys as the generated code holds them: grouped by bucket, stably, so that within a bucket
        /// the table order decides (of two members with one spelling, the first wins); the start of each
        /// bucket; and, where a key is not ASCII, the keys by UTF-8 byte length for the UTF-8 finder.
        /// </summary>
        /// <remarks>
        /// A key's bucket is the top <see cref="Bits"/> bits of its <see cref="Signature"/> times
        /// <see cref="Multiplier"/>. There are at least twice as many buckets as keys, and the multiplier is the one
        /// of those tried at generation time that leaves the fewest comparisons (the sum of the squares of
        /// the bucket sizes); on the real tables most buckets hold one key or none.
        /// </remarks>
        private sealed class NameTable
        {
            /// <summary>
            /// Multipliers tried for a table of up to <see cref="SearchedKeys"/> keys; a larger one takes the first.
            /// On the real tables the best of 16 leaves 1.09–1.46 comparisons per key found, the best of 64 the
            /// same or 1% fewer, for four times the generator's time.
            /// </summary>
            private const int MultipliersTried = 16;

            private const int SearchedKeys = 1024;

            /// <summary>At most 4,096 buckets: a 10,000-row table does not write an array of 60,000 starts.</summary>
            private const int MaxBits = 12;

            private NameTable(List<(string Key, int Value)> keys)
            {
                int count = keys.Count;
                Bits = MultiplicativeHash.BitsForTwice(count, MaxBits);
                var signatures = new uint[count];
                for (int i = 0; i < count; i++)
                {
                    signatures[i] = Signature(keys[i].Key);
                }

                Multiplier = BestMultiplier(signatures, Bits);

                // Bucket in the high half, table position in the low: sorted, the keys are grouped by
                // bucket and stay in table order within one.
                var order = new long[count];
                for (int i = 0; i < count; i++)
                {
                    order[i] = ((long)MultiplicativeHash.Bucket(signatures[i], Multiplier, Bits) << 32) | (uint)i;
                }

                Array.Sort(order);
                Keys = new List<string>(count);
                Values = new List<int>(count);
                var sortedBuckets = new List<int>(count);
                Ascii = true;
                foreach (long entry in order)
                {
                    (string key, int value) = keys[(int)entry];
                    Keys.Add(key);
                    Values.Add(value);
                    sortedBuckets.Add((int)(entry >> 32));
                    Ascii &= IsAscii(key);
                }

                Starts = BucketStarts(sortedBuckets, (1 << Bits) - 1);
                if (!Ascii)
                {
                    List<int> byteLengths = Keys.Select(k => Encoding.UTF8.GetByteCount(k)).ToList();
                    Utf8Order = Enumerable.Range(0, Keys.Count).OrderBy(i => byteLengths[i]).ToList();
                    Utf8Starts = BucketStarts(Utf8Order.Select(i => byteLengths[i]).ToList(), byteLengths.Max());
                }
            }

            public List<string> Keys { get; }

            public List<int> Values { get; }

            /// <summary>Where each bucket starts in <see cref="Keys"/>, one more than there are buckets.</summary>
            public List<int> Starts { get; }

            /// <summary>The number of buckets is 2^Bits.</summary>
            public int Bits { get; }

            public uint Multiplier { get; }

            public bool Ascii { get; }

            public List<int> Utf8Order { get; } = new List<int>();

            public List<int> Utf8Starts { get; } = new List<int>();

            public static NameTable Create(List<(string Key, int Value)> keys)
                // The table has no empty spelling (names are required, empty aliases are dropped); the
                // finders rely on it.
                => new NameTable(keys.TrueForAll(k => k.Key.Length > 0) ? keys : keys.FindAll(k => k.Key.Length > 0));

            private static bool IsAscii(string key)
            {
                foreach (char c in key)
                {
                    if (c >= 0x80)
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>
            /// What the generated <c>FindName</c> computes from its text: the length and the first, middle
            /// and last characters with the 0x20 bit set, so that keys equal but for the case of ASCII
            /// letters share a bucket. Characters above 0xFF lose their high bits in the shifts, which only
            /// makes buckets shared.
            /// </summary>
            public static uint Signature(string key)
            {
                int length = key.Length;
                return unchecked((uint)length | (uint)(key[0] | 0x20) << 8 | (uint)(key[length >> 1] | 0x20) << 16 | (uint)(key[length - 1] | 0x20) << 24);
            }

            /// <summary>The multiplier that leaves the fewest comparisons; deterministic, so the output is too.</summary>
            private static uint BestMultiplier(uint[] signatures, int bits)
            {
                int tried = signatures.Length <= SearchedKeys ? MultipliersTried : 1;
                int[] sizes = new int[1 << bits];
                uint best = MultiplicativeHash.Multiplier(0);
                long bestCost = long.MaxValue;
                for (int attempt = 0; attempt < tried && bestCost > signatures.Length; attempt++)
                {
                    uint multiplier = MultiplicativeHash.Multiplier(attempt);
                    Array.Clear(sizes, 0, sizes.Length);
                    long cost = 0;
                    foreach (uint signature in signatures)
                    {
                        // Adding the nth key to a bucket adds 2n - 1 to the sum of the squares.
                        cost += (2 * ++sizes[MultiplicativeHash.Bucket(signature, multiplier, bits)]) - 1;
                    }

                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        best = multiplier;
                    }
                }

                return best;
            }

            /// <summary>For sorted bucket numbers, start[n] = the first position of bucket n, for n = 0 … last + 1.</summary>
            private static List<int> BucketStarts(List<int> sortedBuckets, int last)
            {
                var starts = new List<int>(last + 2);
                int position = 0;
                for (int bucket = 0; bucket <= last + 1; bucket++)
                {
                    while (position < sortedBuckets.Count && sortedBuckets[position] < bucket)
                    {
                        position++;
                    }

                    starts.Add(position);
                }

                return starts;
            }
        }
    }
}

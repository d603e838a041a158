namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes the helpers the generated parsers and formatters are made of: decimal digits in and out,
    /// ASCII case-insensitive comparison of a name with a key, and a name out as UTF-16 or UTF-8. They
    /// live once, in the internal class <see cref="ClassName"/> (<see cref="TextHelpersEmitter"/>),
    /// which every generated type calls (<see cref="Member"/>), rather than as a private copy in each
    /// type: the consumer's build compiles them once. One implementation, written for <c>string</c>
    /// (targets without spans) or for <c>ReadOnlySpan&lt;char&gt;</c> and UTF-8
    /// <c>ReadOnlySpan&lt;byte&gt;</c>, so that every parser of every generated type accepts exactly the same text.
    /// </summary>
    internal static class TextHelpersWriter
    {
        /// <summary><c>global::System.ReadOnlySpan&lt;char&gt;</c>.</summary>
        public const string CharSpan = "global::System.ReadOnlySpan<char>";

        /// <summary><c>global::System.ReadOnlySpan&lt;byte&gt;</c>, UTF-8 text.</summary>
        public const string Utf8Span = "global::System.ReadOnlySpan<byte>";

        /// <summary><c>global::System.Span&lt;char&gt;</c>.</summary>
        public const string CharDestination = "global::System.Span<char>";

        /// <summary><c>global::System.Span&lt;byte&gt;</c>, for UTF-8.</summary>
        public const string Utf8Destination = "global::System.Span<byte>";

        /// <summary>The internal class that holds the helpers, in the generated namespace.</summary>
        public const string ClassName = "HangupTextHelpers";

        /// <summary><c>global::Ns.HangupTextHelpers.TryParseDigits</c>: a helper, as a generated type calls it.</summary>
        public static string Member(FileContext context, string name) => context.Prefix + ClassName + "." + name;

        /// <summary>
        /// Writes every helper the target's features allow into the class being written: the digit
        /// parser, the name comparisons (used where the runtime's <c>System.Text.Ascii</c> cannot serve:
        /// no such type, or a key that is not ASCII) and, where the target has spans, the name formatters.
        /// </summary>
        public static void WriteAll(SourceWriter writer, FileContext context)
        {
            WriteTryParseDigits(writer, context);
            WriteNameComparison(writer, context);
            if (context.Settings.Features.Spans)
            {
                WriteTextFormatting(writer);
            }
        }

        /// <summary>
        /// Writes <c>TryParseDigits(text, out int value)</c> for each text type the target has: ASCII
        /// digits only, one spelling per number ("0", never "00" or "03010"), no sign, no white space,
        /// at most <see cref="int.MaxValue"/>.
        /// </summary>
        private static void WriteTryParseDigits(SourceWriter writer, FileContext context)
        {
            if (context.Settings.Features.Spans)
            {
                WriteTryParseDigits(writer, CharSpan, "text.Length == 0");
                WriteTryParseDigits(writer, Utf8Span, "text.Length == 0");
            }
            else
            {
                WriteTryParseDigits(writer, "string", "text == null || text.Length == 0");
            }
        }

        private static void WriteTryParseDigits(SourceWriter writer, string textType, string empty)
        {
            writer.WriteLine();
            writer.OpenBlock("internal static bool TryParseDigits(", textType, " text, out int value)");
            writer.WriteLine("value = 0;");
            writer.WriteLine("// One spelling per number: \"0\", never \"00\" or \"03010\"; int.MaxValue has ten digits.");
            writer.OpenBlock("if (", empty, " || text.Length > 10 || (text.Length > 1 && text[0] == '0'))");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("long result = 0;");
            writer.OpenBlock("for (int i = 0; i < text.Length; i++)");
            writer.WriteLine("int digit = text[i] - '0';");
            writer.OpenBlock("if (digit < 0 || digit > 9)");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("result = (result * 10) + digit;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (result > int.MaxValue)");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("value = (int)result;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }

        /// <summary>
        /// Writes <c>EqualsIgnoreAsciiCase(value, key)</c> (and on span targets its UTF-8 form): equal
        /// ignoring the case of the ASCII letters A-Z only. Unlike
        /// <see cref="System.StringComparison.OrdinalIgnoreCase"/>, no other character folds (U+017F 'ſ'
        /// never matches "s", U+0131 'ı' never matches "i"), so the answer is the same on every runtime
        /// and for UTF-16 and UTF-8 text alike. For ASCII keys the UTF-8 form is an
        /// <c>EqualsIgnoreAsciiCase</c> overload comparing byte i with character i; for a table with a
        /// key that is not ASCII it is <c>Utf8EqualsIgnoreAsciiCase</c>, which also encodes the key.
        /// </summary>
        private static void WriteNameComparison(SourceWriter writer, FileContext context)
        {
            bool spans = context.Settings.Features.Spans;
            WriteEqualsIgnoreAsciiCase(writer, spans ? CharSpan : "string");
            if (spans)
            {
                WriteEqualsIgnoreAsciiCase(writer, Utf8Span);
            }

            writer.WriteLine();
            writer.OpenBlock("internal static bool SameIgnoringAsciiCase(int a, int b)");
            writer.WriteLine("// ASCII letters differ from their other case in the 0x20 bit only; every other character must match exactly.");
            writer.WriteLine("int lower = a | 0x20;");
            writer.WriteLine("return a == b || ((a ^ b) == 0x20 && lower >= 'a' && lower <= 'z');");
            writer.CloseBlock();

            if (!spans)
            {
                return;
            }

            writer.WriteLine();
            writer.OpenBlock("internal static bool Utf8EqualsIgnoreAsciiCase(", Utf8Span, " value, string key)");
            writer.WriteLine("// A key with a non-ASCII character takes more UTF-8 bytes than characters: at equal lengths only an");
            writer.WriteLine("// ASCII key can match, byte i against character i, as fast as the UTF-16 comparison.");
            writer.OpenBlock("if (value.Length == key.Length)");
            writer.OpenBlock("for (int i = 0; i < key.Length; i++)");
            writer.OpenBlock("if (key[i] >= 0x80 || !SameIgnoringAsciiCase(value[i], key[i]))");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return value.Length > key.Length && Utf8EqualsEncoded(value, key);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("private static bool Utf8EqualsEncoded(", Utf8Span, " value, string key)");
            writer.WriteLine("int j = 0;");
            writer.OpenBlock("for (int i = 0; i < key.Length; i++)");
            writer.WriteLine("int codePoint = NextCodePoint(key, ref i);");
            writer.WriteLine("int count = Utf8Length(codePoint);");
            writer.OpenBlock("if (value.Length - j < count)");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (count == 1)");
            writer.OpenBlock("if (!SameIgnoringAsciiCase(value[j++], codePoint))");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.OpenBlock("else");
            writer.OpenBlock("for (int k = 0; k < count; k++)");
            writer.OpenBlock("if (value[j++] != Utf8Byte(codePoint, count, k))");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return j == value.Length;");
            writer.CloseBlock();
        }

        /// <summary>Character (or, for ASCII keys, byte) i of the value against character i of the key.</summary>
        private static void WriteEqualsIgnoreAsciiCase(SourceWriter writer, string textType)
        {
            writer.WriteLine();
            writer.OpenBlock("internal static bool EqualsIgnoreAsciiCase(", textType, " value, string key)");
            writer.OpenBlock("if (value.Length != key.Length)");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("for (int i = 0; i < key.Length; i++)");
            writer.OpenBlock("if (!SameIgnoringAsciiCase(value[i], key[i]))");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }

        /// <summary>
        /// Writes <c>TryWrite(text, destination, out charsWritten)</c> and
        /// <c>TryWriteUtf8(text, utf8Destination, out bytesWritten)</c>: the text copied, or
        /// <see langword="false"/> with nothing written when it does not fit.
        /// </summary>
        private static void WriteTextFormatting(SourceWriter writer)
        {
            writer.WriteLine();
            writer.OpenBlock("internal static bool TryWrite(string text, ", CharDestination, " destination, out int charsWritten)");
            writer.OpenBlock("if (!global::System.MemoryExtensions.AsSpan(text).TryCopyTo(destination))");
            writer.WriteLine("charsWritten = 0;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("charsWritten = text.Length;");
            writer.WriteLine("return true;");
            writer.CloseBlock();

            writer.WriteLine();
            writer.OpenBlock("internal static bool TryWriteUtf8(string text, ", Utf8Destination, " utf8Destination, out int bytesWritten)");
            writer.WriteLine("// ASCII text (every documented name so far) is its own UTF-8: one byte per character.");
            writer.WriteLine("bool ascii = text.Length <= utf8Destination.Length;");
            writer.OpenBlock("for (int i = 0; ascii && i < text.Length; i++)");
            writer.WriteLine("ascii = text[i] < 0x80;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (ascii)");
            writer.OpenBlock("for (int i = 0; i < text.Length; i++)");
            writer.WriteLine("utf8Destination[i] = (byte)text[i];");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("bytesWritten = text.Length;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("int length = 0;");
            writer.OpenBlock("for (int i = 0; i < text.Length; i++)");
            writer.WriteLine("length += Utf8Length(NextCodePoint(text, ref i));");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (length > utf8Destination.Length)");
            writer.WriteLine("bytesWritten = 0;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("int j = 0;");
            writer.OpenBlock("for (int i = 0; i < text.Length; i++)");
            writer.WriteLine("int codePoint = NextCodePoint(text, ref i);");
            writer.WriteLine("int count = Utf8Length(codePoint);");
            writer.OpenBlock("for (int k = 0; k < count; k++)");
            writer.WriteLine("utf8Destination[j++] = Utf8Byte(codePoint, count, k);");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("bytesWritten = j;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            WriteUtf8Encoding(writer);
        }

        /// <summary>
        /// Writes <c>TryWriteDigits(value, destination, out written)</c> for UTF-16 and UTF-8: the
        /// decimal digits of a non-negative number, or <see langword="false"/> when they do not fit.
        /// </summary>
        public static void WriteDigitFormatting(SourceWriter writer)
        {
            WriteDigitFormatting(writer, CharDestination, "char");
            WriteDigitFormatting(writer, Utf8Destination, "byte");
        }

        private static void WriteDigitFormatting(SourceWriter writer, string destinationType, string element)
        {
            writer.WriteLine();
            writer.OpenBlock("private static bool TryWriteDigits(int value, ", destinationType, " destination, out int written)");
            writer.WriteLine("int length = 1;");
            writer.OpenBlock("for (int rest = value / 10; rest != 0; rest /= 10)");
            writer.WriteLine("length++;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (length > destination.Length)");
            writer.WriteLine("written = 0;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("for (int i = length - 1; i >= 0; i--)");
            writer.WriteLine("destination[i] = (", element, ")('0' + (value % 10));");
            writer.WriteLine("value /= 10;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("written = length;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }

        /// <summary>The code point at <c>text[i]</c>, advancing past a surrogate pair; a lone surrogate is U+FFFD, as <c>Encoding.UTF8</c> writes it.</summary>
        private static void WriteUtf8Encoding(SourceWriter writer)
        {
            writer.WriteLine();
            writer.OpenBlock("private static int NextCodePoint(string text, ref int i)");
            writer.WriteLine("char c = text[i];");
            writer.OpenBlock("if (!char.IsSurrogate(c))");
            writer.WriteLine("return c;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))");
            writer.WriteLine("i++;");
            writer.WriteLine("return char.ConvertToUtf32(c, text[i]);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return 0xFFFD;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("private static int Utf8Length(int codePoint) => codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Byte <paramref name=\"index\"/> of the <paramref name=\"count\"/>-byte UTF-8 sequence of <paramref name=\"codePoint\"/>.</summary>");
            writer.OpenBlock("private static byte Utf8Byte(int codePoint, int count, int index)");
            writer.WriteLine("int shift = 6 * (count - 1 - index);");
            writer.OpenBlock("if (index > 0)");
            writer.WriteLine("return (byte)(0x80 | ((codePoint >> shift) & 0x3F));");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return (byte)(count == 1 ? codePoint : ((0xF00 >> count) & 0xF0) | (codePoint >> shift));");
            writer.CloseBlock();
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes a System.Text.Json converter for one generated type: reading from a JSON string (and,
    /// for types with codes, a JSON number) through the generated parsers, writing the documented
    /// form, and the dictionary-key members where the consumer's System.Text.Json has them. One
    /// writer, so that every converter accepts, rejects and reports alike. No reflection: the
    /// converters are trim- and AOT-safe.
    /// </summary>
    internal static class JsonConverterWriter
    {
        private const string Json = "global::System.Text.Json.";
        private const string ReaderParameter = "ref " + Json + "Utf8JsonReader reader";
        private const string Options = Json + "JsonSerializerOptions options";

        /// <summary>The converter class of a generated type: <c>HangupCauseJsonConverter</c>.</summary>
        public static string ConverterName(string typeName) => typeName + "JsonConverter";

        /// <summary>The hint name of the converter's file.</summary>
        public static string FileName(string typeName) => ConverterName(typeName) + ".g.cs";

        /// <summary>The attribute that attaches <paramref name="converter"/> (fully qualified) to a type.</summary>
        public static string Attribute(string converter) => "[" + Json + "Serialization.JsonConverter(typeof(" + converter + "))]";

        /// <summary>Writes the file of the converter <paramref name="shape"/> describes.</summary>
        public static SourceText Emit(FileContext context, JsonConverterShape shape)
        {
            string type = shape.Type;
            var documentation = new List<string> { "<summary>" };
            documentation.AddRange(shape.Documentation);
            documentation.Add("</summary>");
            documentation.Add("<remarks>");
            documentation.Add("Attached to <see cref=\"" + type + "\"/> by its <c>JsonConverter</c> attribute, so that <c>JsonSerializer</c> and");
            documentation.Add("source-generated <c>JsonSerializerContext</c> classes use it with no configuration; a converter for the type in");
            documentation.Add("<c>JsonSerializerOptions.Converters</c> (such as <c>JsonStringEnumConverter</c>) takes precedence over it.");
            documentation.Add("It throws <see cref=\"" + Json + "JsonException\"/>, naming the value, for a value it does not know,");
            documentation.Add("and writes only documented members.");
            if (context.Settings.Json == Model.JsonSupport.ConvertersWithPropertyNames)
            {
                documentation.Add("As a dictionary key it reads the same text as a string value and writes " + shape.KeyForm + ".");
            }

            documentation.Add("</remarks>");
            SourceWriter writer = context.BeginType(
                "sealed class " + ConverterName(shape.TypeName) + " : " + Json + "Serialization.JsonConverter<" + type + ">",
                documentation.ToArray());

            WriteRead(writer, shape);
            WriteWrite(writer, shape);
            if (context.Settings.Json == Model.JsonSupport.ConvertersWithPropertyNames)
            {
                WritePropertyNames(writer, shape);
            }

            WriteReadString(writer, shape);
            WriteTryReadDocumented(writer, shape);
            WriteParse(writer, context, shape);
            if (shape.CodeLookup is not null)
            {
                WriteFromNumber(writer, shape);
            }

            WriteDocumented(writer, shape);
            shape.WriteMembers?.Invoke(writer);

            return FileContext.EndType(writer);
        }

        private static void WriteRead(SourceWriter writer, JsonConverterShape shape)
        {
            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override ", shape.Type, " Read(", ReaderParameter, ", global::System.Type typeToConvert, ", Options, ")");
            writer.OpenBlock("switch (reader.TokenType)");
            writer.WriteLine("case ", Json, "JsonTokenType.String:");
            writer.Indent();
            writer.WriteLine("return ReadString(ref reader);");
            writer.Outdent();
            if (shape.CodeLookup is not null)
            {
                writer.WriteLine("case ", Json, "JsonTokenType.Number:");
                writer.Indent();
                writer.WriteLine("return FromNumber(ref reader);");
                writer.Outdent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            string tokens = shape.CodeLookup is null ? "a JSON string" : "a JSON number or string";
            writer.WriteLine("throw new ", Json, "JsonException(\"A ", shape.Noun, " is read from ", tokens, ", not from a token of type \" + reader.TokenType.ToString() + \".\");");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteWrite(SourceWriter writer, JsonConverterShape shape)
        {
            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override void Write(", Json, "Utf8JsonWriter writer, ", shape.Type, " value, ", Options, ")");
            writer.WriteLine(shape.WriteValue("Documented(value)"), ";");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WritePropertyNames(SourceWriter writer, JsonConverterShape shape)
        {
            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override ", shape.Type, " ReadAsPropertyName(", ReaderParameter, ", global::System.Type typeToConvert, ", Options, ")");
            writer.WriteLine("return ReadString(ref reader);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override void WriteAsPropertyName(", Json, "Utf8JsonWriter writer, ", shape.Type, " value, ", Options, ")");
            writer.WriteLine("writer.WritePropertyName(", shape.PropertyName("Documented(value)"), ");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteReadString(SourceWriter writer, JsonConverterShape shape)
        {
            writer.OpenBlock("private static ", shape.Type, " ReadString(", ReaderParameter, ")");
            writer.WriteLine(shape.Type, " value;");
            writer.WriteLine("return TryReadDocumented(ref reader, out value) ? value : Parse(reader.GetString());");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>
        /// The text as received, matched on its UTF-8 bytes by the parser's own <c>TryParseUtf8</c> (a code in
        /// plain digits first, where there are codes), so that reading it allocates no string; a value in
        /// several segments, or escaped where escapes could matter, is left to the string lookups.
        /// </summary>
        private static void WriteTryReadDocumented(SourceWriter writer, JsonConverterShape shape)
        {
            writer.OpenBlock("private static bool TryReadDocumented(", ReaderParameter, ", out ", shape.Type, " value)");
            writer.OpenBlock("if (!reader.HasValueSequence)");
            writer.WriteLine("global::System.ReadOnlySpan<byte> text = reader.ValueSpan;");
            if (shape.CodeLookup is not null)
            {
                // One spelling per code, as TryParseCode: no sign, no leading zero; nine digits cannot overflow.
                writer.OpenBlock("if (text.Length > 0 && text.Length <= 9 && (text.Length == 1 || text[0] != (byte)'0'))");
                writer.WriteLine("int code = 0;");
                writer.WriteLine("int i = 0;");
                writer.OpenBlock("while (i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9')");
                writer.WriteLine("code = (code * 10) + (text[i] - (byte)'0');");
                writer.WriteLine("i++;");
                writer.CloseBlock();
                writer.WriteLine();
                writer.OpenBlock("if (i == text.Length)");
                writer.WriteLine("return ", shape.CodeLookup, "(code, out value);");
                writer.CloseBlock();
                writer.CloseBlock();
                writer.WriteLine();
            }

            // The raw bytes still hold any escape sequence. Where no key has a backslash, an escaped value
            // (which has one) matches no key and goes on to GetString; where a key has one, only a value
            // without a backslash is matched raw.
            string condition = shape.Utf8LookupNeedsUnescapedText
                ? "global::System.MemoryExtensions.IndexOf(text, (byte)'\\\\') < 0 && " + shape.Utf8Lookup + "(text, out value)"
                : shape.Utf8Lookup + "(text, out value)";
            writer.OpenBlock("if (", condition, ")");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("value = default(", shape.Type, ");");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteParse(SourceWriter writer, FileContext context, JsonConverterShape shape)
        {
            writer.OpenBlock("private static ", shape.Type, " Parse(", context.NullableString, " text)");
            writer.WriteLine(shape.Type, " value;");
            writer.OpenBlock("if (", string.Join(" || ", Calls(shape.TextLookups, "text")), ")");
            writer.WriteLine("return value;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("throw new ", Json, "JsonException(\"\\\"\" + text + \"\\\" is not ", shape.UnknownText, ".\");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteFromNumber(SourceWriter writer, JsonConverterShape shape)
        {
            writer.OpenBlock("private static ", shape.Type, " FromNumber(", ReaderParameter, ")");
            writer.WriteLine(shape.Type, " value;");
            writer.OpenBlock("if (reader.TryGetInt32(out int code) && ", shape.CodeLookup!, "(code, out value))");
            writer.WriteLine("return value;");
            writer.CloseBlock();
            writer.WriteLine();
            // The number as written, for the message: 3015, 3010.5 or 1e3 alike.
            writer.WriteLine("byte[] number = reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();");
            writer.WriteLine("throw new ", Json, "JsonException(global::System.Text.Encoding.UTF8.GetString(number) + \" is not the code of ", Article(shape.Noun), ".\");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteDocumented(SourceWriter writer, JsonConverterShape shape)
        {
            // A value cast from an unknown number has no documented form; writing it would produce
            // JSON that this converter refuses to read back.
            writer.OpenBlock("private static ", shape.Type, " Documented(", shape.Type, " value)");
            writer.OpenBlock("if (", shape.Extensions, ".IsDefined(value))");
            writer.WriteLine("return value;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("throw new ", Json, "JsonException(\"", shape.TypeName, " \" + ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is not ", Article(shape.Noun), " and is not written.\");");
            writer.CloseBlock();
        }

        private static IEnumerable<string> Calls(IEnumerable<string> methods, string argument)
        {
            foreach (string method in methods)
            {
                yield return method + "(" + argument + ", out value)";
            }
        }

        /// <summary>"a documented hangup cause".</summary>
        private static string Article(string noun) => "a documented " + noun;
    }

    /// <summary>What one converter reads and writes; see <see cref="JsonConverterWriter"/>.</summary>
    /// <param name="TypeName">The generated type's name: <c>HangupCause</c>.</param>
    /// <param name="Type">The generated type, fully qualified.</param>
    /// <param name="Extensions">Its extensions class, fully qualified (its <c>IsDefined</c> guards writing).</param>
    /// <param name="Noun">What one value is, in messages: <c>hangup cause</c>.</param>
    /// <param name="Documentation">The converter's summary, without the tags.</param>
    /// <param name="Utf8Lookup">The <c>TryParseUtf8(ReadOnlySpan&lt;byte&gt;, out T)</c> method that reads a JSON string's UTF-8 bytes without allocating.</param>
    /// <param name="Utf8LookupNeedsUnescapedText">Whether a key has a backslash, so that a JSON escape could be taken for it in the raw bytes.</param>
    /// <param name="TextLookups">The <c>TryX(string, out T)</c> methods tried in turn on a JSON string.</param>
    /// <param name="UnknownText">What a rejected string is not, in messages: <c>a documented hangup cause</c>.</param>
    /// <param name="CodeLookup">The <c>TryFromCode(int, out T)</c> method for a JSON number; null where numbers are rejected.</param>
    /// <param name="WriteValue">The statement that writes a value, given the expression of the value.</param>
    /// <param name="PropertyName">The string expression of a value as a dictionary key, given the expression of the value.</param>
    /// <param name="KeyForm">What is written as a dictionary key, for the documentation: <c>the code in decimal digits</c>.</param>
    /// <param name="WriteMembers">Writes private members the lookups need, or null.</param>
    internal sealed record JsonConverterShape(
        string TypeName,
        string Type,
        string Extensions,
        string Noun,
        IReadOnlyList<string> Documentation,
        string Utf8Lookup,
        bool Utf8LookupNeedsUnescapedText,
        IReadOnlyList<string> TextLookups,
        string UnknownText,
        string? CodeLookup,
        System.Func<string, string> WriteValue,
        System.Func<string, string> PropertyName,
        string KeyForm,
        System.Action<SourceWriter>? WriteMembers = null);
}

using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>HangupCodeJsonConverter</c>: a <c>HangupCode</c> read from a JSON number or the numeric
    /// string Plivo sends, by the same rules as <c>HangupCode.TryParse</c>, keeping codes the table does
    /// not document, and written as a number. Unlike the enum converters (see
    /// <see cref="JsonConverterWriter"/>) it has nothing to reject for being undocumented.
    /// </summary>
    internal static class HangupCodeJsonConverterEmitter
    {
        private const string Json = "global::System.Text.Json.";

        public static string FileName => JsonConverterWriter.FileName(GeneratedTypeNames.HangupCode);

        public static SourceText Emit(EmitContext context)
        {
            string code = context.Code;
            bool propertyNames = context.Settings.Json == JsonSupport.ConvertersWithPropertyNames;
            SourceWriter writer = context.BeginType(
                "sealed class " + JsonConverterWriter.ConverterName(GeneratedTypeNames.HangupCode) + " : " + Json + "Serialization.JsonConverter<" + code + ">",
                "<summary>",
                "Reads a <see cref=\"" + code + "\"/> from a JSON number (<c>3015</c>) or the numeric string Plivo sends in",
                "<c>HangupCauseCode</c> (<c>\"3015\"</c>), with the acceptance rules of <see cref=\"" + code + ".TryParse(string, out " + code + ")\"/>,",
                "and writes the code as a JSON number. A code the hangup table does not document is kept, not rejected.",
                "</summary>",
                "<remarks>",
                "Attached to <see cref=\"" + code + "\"/> by its <c>JsonConverter</c> attribute, so that <c>JsonSerializer</c> and",
                "source-generated <c>JsonSerializerContext</c> classes use it with no configuration. It throws",
                "<see cref=\"" + Json + "JsonException\"/>, naming the value, for anything that is not a hangup code (<c>-1</c>, <c>3010.5</c>,",
                "<c>\"03010\"</c>, <c>\"abc\"</c>, <c>null</c>)." + (propertyNames ? " As a dictionary key it reads and writes the code's digits." : string.Empty),
                "</remarks>");

            string reader = "ref " + Json + "Utf8JsonReader reader";
            string options = Json + "JsonSerializerOptions options";
            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override ", code, " Read(", reader, ", global::System.Type typeToConvert, ", options, ")");
            writer.OpenBlock("switch (reader.TokenType)");
            writer.WriteLine("case ", Json, "JsonTokenType.Number:");
            writer.Indent();
            writer.WriteLine("return FromNumber(ref reader);");
            writer.Outdent();
            writer.WriteLine("case ", Json, "JsonTokenType.String:");
            writer.Indent();
            writer.WriteLine("return ReadString(ref reader);");
            writer.Outdent();
            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("throw new ", Json, "JsonException(\"A hangup code is read from a JSON number or string, not from a token of type \" + reader.TokenType.ToString() + \".\");");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteDocLine("<inheritdoc/>");
            writer.OpenBlock("public override void Write(", Json, "Utf8JsonWriter writer, ", code, " value, ", options, ")");
            writer.WriteLine("writer.WriteNumberValue(value.Value);");
            writer.CloseBlock();
            writer.WriteLine();

            if (propertyNames)
            {
                writer.WriteDocLine("<inheritdoc/>");
                writer.OpenBlock("public override ", code, " ReadAsPropertyName(", reader, ", global::System.Type typeToConvert, ", options, ")");
                writer.WriteLine("return ReadString(ref reader);");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.OpenBlock("public override void WriteAsPropertyName(", Json, "Utf8JsonWriter writer, ", code, " value, ", options, ")");
                writer.WriteLine("writer.WritePropertyName(value.ToString());");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.OpenBlock("private static ", code, " ReadString(", reader, ")");
            writer.WriteLine(code, " value;");
            if (context.Settings.Features.Spans)
            {
                // The digits as received, without a string; an escaped or segmented value goes through one.
                writer.OpenBlock("if (!reader.HasValueSequence && ", code, ".TryParseUtf8(reader.ValueSpan, out value))");
                writer.WriteLine("return value;");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("string", (context.Settings.NullableAnnotations ? "?" : string.Empty), " text = reader.GetString();");
            writer.OpenBlock("if (", code, ".TryParse(text, out value))");
            writer.WriteLine("return value;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("throw new ", Json, "JsonException(\"\\\"\" + text + \"\\\" is not a hangup code: digits only, no sign, no leading zero.\");");
            writer.CloseBlock();
            writer.WriteLine();

            writer.OpenBlock("private static ", code, " FromNumber(", reader, ")");
            writer.OpenBlock("if (reader.TryGetInt32(out int number) && number >= 0)");
            writer.WriteLine("return new ", code, "(number);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("byte[] written = reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();");
            writer.WriteLine("throw new ", Json, "JsonException(global::System.Text.Encoding.UTF8.GetString(written) + \" is not a hangup code: a whole number from 0 to \" + int.MaxValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\");");
            writer.CloseBlock();

            return FileContext.EndType(writer);
        }
    }
}

using System.Collections.Generic;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>readonly struct HangupCode</c>: the hangup code as received, any non-negative
    /// number, kept as it is. A code newer than the table keeps its value and its category by
    /// range; where the table documents the code it gives the cause. It parses the way Plivo sends
    /// it (<c>"3010"</c>) and, where the target has the interfaces, the way ASP.NET Core binds a
    /// route, query or form value (<c>ISpanParsable&lt;T&gt;</c>).
    /// </summary>
    internal static class HangupCodeEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCode + ".g.cs";

        private const string Self = GeneratedTypeNames.HangupCode;

        public static SourceText Emit(EmitContext context)
        {
            TargetFeatures features = context.Settings.Features;
            string provider = context.Settings.NullableAnnotations ? "global::System.IFormatProvider?" : "global::System.IFormatProvider";
            SourceWriter writer = context.BeginType(
                "readonly partial struct " + Self + " : " + string.Join(", ", Interfaces(context.Code, features)),
                "<summary>",
                "A hangup code as received (<c>HangupCauseCode</c>): any non-negative number, kept as it is, whether or not the hangup",
                "table documents it. A code Plivo added after the table keeps its value (<see cref=\"Value\"/>), its category by",
                "range (<see cref=\"TryGetCategory\"/>) and a name that says it is undocumented (<see cref=\"Name\"/>); a documented",
                "code also gives its cause (<see cref=\"TryGetCause\"/>). <c>default</c> is code 0.",
                "</summary>",
                "<remarks>",
                "Text is accepted in one spelling per code, as Plivo sends it: ASCII digits only, no sign, no white space, no",
                "separators, no leading zero except in <c>\"0\"</c>, at most <see cref=\"int.MaxValue\"/>."
                    + (features.SpanParsable ? " As an <see cref=\"global::System.ISpanParsable{TSelf}\"/>, a route, query or form value binds to it in ASP.NET Core." : string.Empty),
                "</remarks>");

            writer.WriteLine("private readonly int _value;");
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>A hangup code with the value <paramref name=\"value\"/>.</summary>",
                "<param name=\"value\">The code, such as 3010 or a code newer than the table.</param>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is negative: no hangup code is.</exception>");
            writer.OpenBlock("public ", Self, "(int value)");
            writer.OpenBlock("if (value < 0)");
            writer.WriteLine("throw Negative(value);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("_value = value;");
            writer.CloseBlock();
            writer.WriteLine();

            WriteProperties(writer, context);
            WriteConversions(writer, context);
            WriteComparison(writer, context);
            WriteParsing(writer, context, provider);
            WriteFormatting(writer, context, provider);

            writer.WriteLine();
            writer.OpenBlock("private static global::System.ArgumentOutOfRangeException Negative(object value)");
            writer.WriteLine("return new global::System.ArgumentOutOfRangeException(\"value\", value, \"A hangup code is never negative.\");");
            writer.CloseBlock();
            if (features.Spans)
            {
                TextHelpersWriter.WriteDigitFormatting(writer);
            }

            return FileContext.EndType(writer);
        }

        private static IEnumerable<string> Interfaces(string self, TargetFeatures features)
        {
            yield return "global::System.IEquatable<" + self + ">";
            yield return "global::System.IComparable<" + self + ">";
            if (features.SpanParsable)
            {
                yield return "global::System.ISpanParsable<" + self + ">";
            }

            if (features.Utf8SpanParsable)
            {
                yield return "global::System.IUtf8SpanParsable<" + self + ">";
            }

            if (features.SpanFormattable)
            {
                yield return "global::System.ISpanFormattable";
            }

            if (features.Utf8SpanFormattable)
            {
                yield return "global::System.IUtf8SpanFormattable";
            }
        }

        private static void WriteProperties(SourceWriter writer, EmitContext context)
        {
            writer.WriteDocLine("<summary>The code, as received: 3010, or a code the table does not document such as 3015.</summary>");
            writer.WriteLine("public int Value => _value;");
            writer.WriteLine();
            writer.WriteDocLine("<summary>Whether the hangup table has a cause with this code.</summary>");
            writer.WriteLine("public bool IsDocumented => ", context.Causes, ".TryFromCode(_value, out _);");
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>",
                "The documented name of the code's cause (<c>Busy Line</c>), or, for a code the table does not document,",
                "<c>Undocumented hangup code 3015</c>. The documented names are literals; the undocumented text is built on each call.",
                "</summary>");
            writer.WriteLine("public string Name => TryGetCause(out ", context.Cause, " cause) ? ", context.CauseExtensions, ".GetName(cause) : \"Undocumented hangup code \" + ToString();");
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>Gets the cause the table documents for this code.</summary>",
                "<param name=\"cause\">The cause, or <c>default</c> when the table does not document the code.</param>",
                "<returns><see langword=\"true\"/> when the code is documented.</returns>");
            writer.WriteLine("public bool TryGetCause(out ", context.Cause, " cause) => ", context.Causes, ".TryFromCode(_value, out cause);");
            writer.WriteLine();
            writer.WriteDocLine("<summary>");
            writer.WriteDocLine("Gets the category whose documented range holds the code, documented or not: 3015 is in the call rejections'");
            writer.WriteDocLine("range even before the table documents it. Same as <see cref=\"", context.Causes, ".TryGetCategory(int, out ", context.Category, ")\"/>.");
            writer.WriteDocLine("</summary>");
            writer.WriteDocLine("<param name=\"category\">The category, or <c>default</c> when no range holds the code.</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when a category's range holds the code.</returns>");
            writer.WriteLine("public bool TryGetCategory(out ", context.Category, " category) => ", context.Causes, ".TryGetCategory(_value, out category);");
            writer.WriteLine();
        }

        private static void WriteConversions(SourceWriter writer, EmitContext context)
        {
            writer.WriteDoc(
                "<summary>The code of <paramref name=\"cause\"/>; a cause's code is a hangup code, so no cast is needed.</summary>",
                "<param name=\"cause\">A cause; an undefined value such as <c>(HangupCause)3015</c> keeps its number.</param>",
                "<returns>The code.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"cause\"/> was cast from a negative number.</exception>");
            writer.WriteLine("public static implicit operator ", Self, "(", context.Cause, " cause) => new ", Self, "((int)cause);");
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>",
                "The code <paramref name=\"value\"/>. Implicit because every hangup code is an <see cref=\"int\"/> and the conversion",
                "loses nothing: it fails only for a negative number, which is never a hangup code but a bug upstream.",
                "</summary>",
                "<param name=\"value\">The code as received.</param>",
                "<returns>The code.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is negative.</exception>");
            writer.WriteLine("public static implicit operator ", Self, "(int value) => new ", Self, "(value);");
            writer.WriteLine();
            writer.WriteDocLine("<summary>");
            writer.WriteDocLine("The code <paramref name=\"value\"/>, as an SDK that types the code <see cref=\"uint\"/> gives it. Implicit, so the");
            writer.WriteDocLine("lifted conversion from <c>uint?</c> to <c>", Self, "?</c> needs no cast either; it fails only above");
            writer.WriteDocLine("<see cref=\"int.MaxValue\"/>, far from any hangup code.");
            writer.WriteDocLine("</summary>");
            writer.WriteDocLine("<param name=\"value\">The code as received.</param>");
            writer.WriteDocLine("<returns>The code.</returns>");
            writer.WriteDocLine("<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is above <see cref=\"int.MaxValue\"/>.</exception>");
            writer.OpenBlock("public static implicit operator ", Self, "(uint value)");
            writer.OpenBlock("if (value > int.MaxValue)");
            writer.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"A hangup code is at most int.MaxValue.\");");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return new ", Self, "((int)value);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>",
                "The code <paramref name=\"value\"/>. Explicit, as C# makes every narrowing from <see cref=\"long\"/>: a",
                "<see cref=\"long\"/> column or JSON number may hold values no hangup code has, and the cast shows where that is checked.",
                "</summary>",
                "<param name=\"value\">The code as received.</param>",
                "<returns>The code.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is negative or above <see cref=\"int.MaxValue\"/>.</exception>");
            writer.OpenBlock("public static explicit operator ", Self, "(long value)");
            writer.OpenBlock("if (value < 0)");
            writer.WriteLine("throw Negative(value);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (value > int.MaxValue)");
            writer.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"A hangup code is at most int.MaxValue.\");");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return new ", Self, "((int)value);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteComparison(SourceWriter writer, EmitContext context)
        {
            string obj = context.Settings.NullableAnnotations ? "object?" : "object";
            writer.WriteDocLine("<inheritdoc/>");
            writer.WriteLine("public bool Equals(", Self, " other) => _value == other._value;");
            writer.WriteLine();
            writer.WriteDocLine("<inheritdoc/>");
            writer.WriteLine("public override bool Equals(", obj, " obj) => obj is ", Self, " other && _value == other._value;");
            writer.WriteLine();
            writer.WriteDocLine("<inheritdoc/>");
            writer.WriteLine("public override int GetHashCode() => _value;");
            writer.WriteLine();
            writer.WriteDoc("<summary>Orders codes by value.</summary>", "<param name=\"other\">The code to compare with.</param>", "<returns>Less than zero, zero or more than zero as this code is below, equal to or above <paramref name=\"other\"/>.</returns>");
            writer.WriteLine("public int CompareTo(", Self, " other) => _value.CompareTo(other._value);");
            foreach ((string op, string what) in new[] { ("==", "the same code"), ("!=", "different codes"), ("<", "the left code is below the right one"), (">", "the left code is above the right one"), ("<=", "the left code is below or equal to the right one"), (">=", "the left code is above or equal to the right one") })
            {
                writer.WriteLine();
                writer.WriteDocLine("<summary>Tells whether ", what, ".</summary>");
                writer.WriteDocLine("<param name=\"left\">A code.</param>");
                writer.WriteDocLine("<param name=\"right\">Another code.</param>");
                writer.WriteDocLine("<returns><see langword=\"true\"/> when ", what, ".</returns>");
                writer.WriteLine("public static bool operator ", op, "(", Self, " left, ", Self, " right) => left._value ", op, " right._value;");
            }

            writer.WriteLine();
            writer.WriteDoc("<summary>The code's digits, as Plivo sends them: <c>\"3010\"</c>.</summary>", "<returns>The code in decimal digits.</returns>");
            writer.WriteLine("public override string ToString() => _value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            writer.WriteLine();
        }

        private static void WriteParsing(SourceWriter writer, EmitContext context, string provider)
        {
            TargetFeatures features = context.Settings.Features;
            string nullableString = context.NullableString;
            string notNullWhen = features.SpanParsable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            string[] rules =
            {
                "The code must be ASCII digits only, with no sign, white space, separator or leading zero (except <c>\"0\"</c>),",
                "and at most <see cref=\"int.MaxValue\"/>: <c>\"3010\"</c> and <c>\"3015\"</c> are codes; <c>\"03010\"</c>, <c>\"+3010\"</c>,",
                "<c>\" 3010\"</c> and <c>\"1,2\"</c> are not.",
            };

            WriteTryParse(writer, nullableString, "text", "the text", rules, features.Spans
                ? new[] { "if (text == null)", "{", "    code = default(" + Self + ");", "    return false;", "}", string.Empty, "return TryParse(global::System.MemoryExtensions.AsSpan(text), out code);" }
                : ParseBody(context));
            WriteParse(writer, "string", "text", "the text", "TryParse", checkNull: true);
            if (features.Spans)
            {
                WriteTryParse(writer, TextHelpersWriter.CharSpan, "text", "the text", rules, ParseBody(context));
                WriteParse(writer, TextHelpersWriter.CharSpan, "text", "the text", "TryParse", checkNull: false);
                WriteTryParse(writer, TextHelpersWriter.Utf8Span, "utf8Text", "the UTF-8 text", rules, ParseBody(context, "utf8Text"), "TryParseUtf8");
                WriteParse(writer, TextHelpersWriter.Utf8Span, "utf8Text", "the UTF-8 text", "TryParseUtf8", checkNull: false, method: "ParseUtf8");
            }

            if (features.SpanParsable)
            {
                writer.WriteDocLine("<inheritdoc/>");
                writer.WriteLine("static ", Self, " global::System.IParsable<", Self, ">.Parse(string s, ", provider, " provider) => Parse(s);");
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.StartLine()
                    .Write("static bool global::System.IParsable<")
                    .Write(Self)
                    .Write(">.TryParse(")
                    .Write(notNullWhen)
                    .Write(nullableString)
                    .Write(" s, ")
                    .Write(provider)
                    .Write(" provider, out ")
                    .Write(Self)
                    .Write(" result) => TryParse(s, out result);")
                    .EndLine();
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.WriteLine("static ", Self, " global::System.ISpanParsable<", Self, ">.Parse(", TextHelpersWriter.CharSpan, " s, ", provider, " provider) => Parse(s);");
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.WriteLine("static bool global::System.ISpanParsable<", Self, ">.TryParse(", TextHelpersWriter.CharSpan, " s, ", provider, " provider, out ", Self, " result) => TryParse(s, out result);");
                writer.WriteLine();
            }

            if (features.Utf8SpanParsable)
            {
                writer.WriteDocLine("<inheritdoc/>");
                writer.WriteLine("static ", Self, " global::System.IUtf8SpanParsable<", Self, ">.Parse(", TextHelpersWriter.Utf8Span, " utf8Text, ", provider, " provider) => ParseUtf8(utf8Text);");
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.WriteLine("static bool global::System.IUtf8SpanParsable<", Self, ">.TryParse(", TextHelpersWriter.Utf8Span, " utf8Text, ", provider, " provider, out ", Self, " result) => TryParseUtf8(utf8Text, out result);");
                writer.WriteLine();
            }
        }

        private static string[] ParseBody(FileContext context, string text = "text")
            => new[]
            {
                "int value;",
                "bool parsed = " + TextHelpersWriter.Member(context, "TryParseDigits") + "(" + text + ", out value);",
                "code = new " + Self + "(value);",
                "return parsed;",
            };

        private static void WriteTryParse(SourceWriter writer, string textType, string parameter, string what, string[] rules, string[] body, string method = "TryParse")
        {
            var doc = new List<string> { "<summary>", "Reads a hangup code from " + what + ", as Plivo sends it in <c>HangupCauseCode</c>." };
            doc.AddRange(rules);
            doc.Add("</summary>");
            doc.Add("<param name=\"" + parameter + "\">The code as " + (parameter == "utf8Text" ? "UTF-8 text" : "text") + ".</param>");
            doc.Add("<param name=\"code\">The code, or <c>default</c> (code 0) when the text is not one.</param>");
            doc.Add("<returns><see langword=\"true\"/> when the text is a hangup code.</returns>");
            writer.WriteDoc(doc.ToArray());
            writer.OpenBlock("public static bool ", method, "(", textType, " ", parameter, ", out ", Self, " code)");
            foreach (string line in body)
            {
                writer.WriteLine(line);
            }

            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteParse(SourceWriter writer, string textType, string parameter, string what, string tryMethod, bool checkNull, string method = "Parse")
        {
            var doc = new List<string>
            {
                "<summary>Reads a hangup code from " + what + ", accepting what <see cref=\"" + tryMethod + "(" + textType.Replace('<', '{').Replace('>', '}') + ", out " + Self + ")\"/> accepts.</summary>",
                "<param name=\"" + parameter + "\">The code as " + (parameter == "utf8Text" ? "UTF-8 text" : "text") + ".</param>",
                "<returns>The code.</returns>",
            };
            if (checkNull)
            {
                doc.Add("<exception cref=\"global::System.ArgumentNullException\"><paramref name=\"" + parameter + "\"/> is null.</exception>");
            }

            doc.Add("<exception cref=\"global::System.FormatException\">The text is not a hangup code.</exception>");
            writer.WriteDoc(doc.ToArray());
            writer.OpenBlock("public static ", Self, " ", method, "(", textType, " ", parameter, ")");
            if (checkNull)
            {
                writer.OpenBlock("if (", parameter, " == null)");
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(", parameter, "));");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine(Self, " code;");
            writer.OpenBlock("if (!", tryMethod, "(", parameter, ", out code))");
            writer.WriteLine("throw new global::System.FormatException(\"The text is not a hangup code: ASCII digits only, no sign, no leading zero, at most int.MaxValue.\");");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return code;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteFormatting(SourceWriter writer, EmitContext context, string provider)
        {
            TargetFeatures features = context.Settings.Features;
            if (!features.Spans)
            {
                return;
            }

            writer.WriteDoc(
                "<summary>Writes the code's digits (<c>3010</c>) into <paramref name=\"destination\"/>.</summary>",
                "<param name=\"destination\">Where to write.</param>",
                "<param name=\"charsWritten\">The number of characters written; 0 when they do not fit.</param>",
                "<returns><see langword=\"true\"/> when the digits fit.</returns>");
            writer.WriteLine("public bool TryFormat(", TextHelpersWriter.CharDestination, " destination, out int charsWritten) => TryWriteDigits(_value, destination, out charsWritten);");
            writer.WriteLine();
            writer.WriteDoc(
                "<summary>Writes the code's digits (<c>3010</c>) as UTF-8 into <paramref name=\"utf8Destination\"/>.</summary>",
                "<param name=\"utf8Destination\">Where to write.</param>",
                "<param name=\"bytesWritten\">The number of bytes written; 0 when they do not fit.</param>",
                "<returns><see langword=\"true\"/> when the digits fit.</returns>");
            writer.WriteLine("public bool TryFormatUtf8(", TextHelpersWriter.Utf8Destination, " utf8Destination, out int bytesWritten) => TryWriteDigits(_value, utf8Destination, out bytesWritten);");
            writer.WriteLine();

            string format = TextHelpersWriter.CharSpan + " format";
            if (features.SpanFormattable)
            {
                // The code has one text form; the format strings of int ("N0", "X") would give text no parser accepts.
                string nullableString = context.NullableString;
                writer.WriteDocLine("<inheritdoc/>");
                writer.OpenBlock("string global::System.IFormattable.ToString(", nullableString, " format, ", provider, " formatProvider)");
                writer.WriteLine("CheckFormat(global::System.MemoryExtensions.AsSpan(format));");
                writer.WriteLine("return ToString();");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteDocLine("<inheritdoc/>");
                writer.OpenBlock("bool global::System.ISpanFormattable.TryFormat(", TextHelpersWriter.CharDestination, " destination, out int charsWritten, ", format, ", ", provider, " provider)");
                writer.WriteLine("CheckFormat(format);");
                writer.WriteLine("return TryFormat(destination, out charsWritten);");
                writer.CloseBlock();
                writer.WriteLine();
            }

            if (features.Utf8SpanFormattable)
            {
                writer.WriteDocLine("<inheritdoc/>");
                writer.OpenBlock("bool global::System.IUtf8SpanFormattable.TryFormat(", TextHelpersWriter.Utf8Destination, " utf8Destination, out int bytesWritten, ", format, ", ", provider, " provider)");
                writer.WriteLine("CheckFormat(format);");
                writer.WriteLine("return TryFormatUtf8(utf8Destination, out bytesWritten);");
                writer.CloseBlock();
                writer.WriteLine();
            }

            if (features.SpanFormattable || features.Utf8SpanFormattable)
            {
                writer.WriteLine("/// <summary>The code has one text form, its digits: no format, or \"G\" or \"D\".</summary>");
                writer.OpenBlock("private static void CheckFormat(", format, ")");
                writer.OpenBlock("if (format.Length > 1 || (format.Length == 1 && format[0] != 'G' && format[0] != 'g' && format[0] != 'D' && format[0] != 'd'))");
                writer.WriteLine("throw new global::System.FormatException(\"A hangup code has one text form, its digits: use no format, or \\\"G\\\" or \\\"D\\\".\");");
                writer.CloseBlock();
                writer.CloseBlock();
            }
        }
    }
}

using System.Collections.Generic;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes the lookups of a table whose members are numbered by their code: <c>FromCode</c>,
    /// <c>TryFromCode</c> (a hash of the codes: see <see cref="MemberIndexWriter"/>) and <c>TryParseCode</c> (decimal digits only,
    /// one spelling per code; with span and UTF-8 overloads where the target has spans), for hangup
    /// causes and telephony causes alike; the digits are read by the shared <c>TryParseDigits</c>
    /// (<see cref="TextHelpersWriter"/>).
    /// </summary>
    internal static class CodeLookupWriter
    {
        /// <summary>Writes the three lookups into the class being written.</summary>
        public static void Write(SourceWriter writer, FileContext context, string type, IReadOnlyList<int> codes, CodeLookupTexts texts)
        {
            WriteFromCode(writer, type, texts);
            WriteTryFromCode(writer, type, codes, texts);
            if (context.Settings.Features.Spans)
            {
                WriteTryParseCode(writer, type, context.NullableString, "code", "The code as text.", texts, new[]
                {
                    "if (code == null)",
                    "{",
                    "    " + texts.Noun + " = default(" + type + ");",
                    "    return false;",
                    "}",
                    string.Empty,
                    "return TryParseCode(global::System.MemoryExtensions.AsSpan(code), out " + texts.Noun + ");",
                });
                WriteTryParseCode(writer, type, TextHelpersWriter.CharSpan, "code", "The code as text; nothing is allocated.", texts, ParseBody(context, "code", type, texts));
                WriteTryParseCode(writer, type, TextHelpersWriter.Utf8Span, "utf8Code", "The code as UTF-8 text, as received; nothing is allocated.", texts, ParseBody(context, "utf8Code", type, texts), "TryParseCodeUtf8");
            }
            else
            {
                WriteTryParseCode(writer, type, context.NullableString, "code", "The code as text.", texts, ParseBody(context, "code", type, texts));
            }
        }

        private static string[] ParseBody(FileContext context, string input, string type, CodeLookupTexts texts)
            => new[]
            {
                "int value;",
                "if (!" + TextHelpersWriter.Member(context, "TryParseDigits") + "(" + input + ", out value))",
                "{",
                "    " + texts.Noun + " = default(" + type + ");",
                "    return false;",
                "}",
                string.Empty,
                "return TryFromCode(value, out " + texts.Noun + ");",
            };

        private static void WriteFromCode(SourceWriter writer, string type, CodeLookupTexts texts)
        {
            writer.WriteDocLine("<summary>Gets the ", texts.Noun, " whose ", texts.CodeName, " is <paramref name=\"code\"/>.</summary>");
            writer.WriteDocLine("<param name=\"code\">A ", texts.CodeName, ", such as ", texts.Example, ".</param>");
            writer.WriteDocLine("<returns>The ", texts.Noun, ".</returns>");
            writer.WriteDocLine("<exception cref=\"global::System.ArgumentOutOfRangeException\">No ", texts.Noun, " of the table has this code.</exception>");
            writer.OpenBlock("public static ", type, " FromCode(int code)");
            writer.OpenBlock("if (TryFromCode(code, out ", type, " ", texts.Noun, "))");
            writer.WriteLine("return ", texts.Noun, ";");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(code), code, \"No ", texts.Noun, " of the ", texts.TableName, " has this code.\");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteTryFromCode(SourceWriter writer, string type, IReadOnlyList<int> codes, CodeLookupTexts texts)
        {
            writer.WriteDocLine("<summary>Gets the ", texts.Noun, " whose ", texts.CodeName, " is <paramref name=\"code\"/>, if the table has one.</summary>");
            writer.WriteDocLine("<param name=\"code\">A ", texts.CodeName, ", such as ", texts.Example, ".</param>");
            writer.WriteDocLine("<param name=\"", texts.Noun, "\">The ", texts.Noun, ", or <c>default</c> when the code is unknown.</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when the table has a ", texts.Noun, " with this code.</returns>");
            writer.OpenBlock("public static bool TryFromCode(int code, out ", type, " ", texts.Noun, ")");
            writer.OpenBlock("if (IndexOf(code) >= 0)");
            writer.WriteLine(texts.Noun, " = (", type, ")code;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(texts.Noun, " = default(", type, ");");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            MemberIndexWriter.For(codes).Write(writer);
            writer.WriteLine();
        }

        private static void WriteTryParseCode(SourceWriter writer, string type, string textType, string parameter, string parameterDoc, CodeLookupTexts texts, string[] body, string method = "TryParseCode")
        {
            writer.WriteDocLine("<summary>");
            writer.WriteDocLine("Gets the ", texts.Noun, " for a ", texts.CodeName, " written in decimal digits, ", texts.SentIn);
            writer.WriteDocLine("(for example <c>\"", texts.Example, "\"</c>). ASCII digits only: no sign, spaces, separators or leading zeros are accepted.");
            writer.WriteDocLine("</summary>");
            writer.WriteDocLine("<param name=\"", parameter, "\">", parameterDoc, "</param>");
            writer.WriteDocLine("<param name=\"", texts.Noun, "\">The ", texts.Noun, ", or <c>default</c> when the text is not the code of a ", texts.Noun, ".</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when the text is the code of a ", texts.Noun, " of the table.</returns>");
            writer.OpenBlock("public static bool " + method + "(" + textType + " " + parameter + ", out " + type + " " + texts.Noun + ")");
            foreach (string line in body)
            {
                writer.WriteLine(line);
            }

            writer.CloseBlock();
            writer.WriteLine();
        }
    }

    /// <summary>The words the code lookups' documentation and messages are written with.</summary>
    /// <param name="Noun">A member, and the name of the out parameter: <c>cause</c>.</param>
    /// <param name="CodeName">What the number is: <c>hangup code</c>.</param>
    /// <param name="Example">A documented code: <c>3010</c>.</param>
    /// <param name="TableName">The table, in messages: <c>hangup table</c>.</param>
    /// <param name="SentIn">Where the text comes from: <c>as Plivo sends it in &lt;c&gt;HangupCauseCode&lt;/c&gt;</c>.</param>
    internal sealed record CodeLookupTexts(string Noun, string CodeName, string Example, string TableName, string SentIn);
}

using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits a vocabulary's parser class (<c>CallStatuses</c>, …): every member, and from the text
    /// received to a member (the documented spelling, identifier or an alias in any case; for a table
    /// with codes, also the code in decimal digits).
    /// </summary>
    internal static class VocabularyParserEmitter
    {
        /// <summary>
        /// <c>TryParseRecorded</c>: where an empty value means nothing was recorded (Bolna leaves
        /// <c>hangup_by</c> and <c>hangup_reason</c> empty), that answer is kept apart from both a
        /// member and an unknown spelling.
        /// </summary>
        private static void WriteTryParseRecorded(SourceWriter writer, VocabularyEmitContext context)
        {
            string parameter = context.Vocabulary.Parameter;
            writer.WriteLine();
            writer.WriteDocLine("<summary>");
            writer.WriteDocLine("Parses a value that may be empty because nothing was recorded (Bolna leaves <c>hangup_by</c> and <c>hangup_reason</c> empty then):");
            writer.WriteDocLine("empty or white space gives <see langword=\"null\"/>, which is not the same as any member; otherwise as <see cref=\"TryParse(string, out ", context.Type, ")\"/>.");
            writer.WriteDocLine("</summary>");
            writer.WriteDocLine("<param name=\"value\">The text to look up.</param>");
            writer.WriteDocLine("<param name=\"", parameter, "\">The member; <see langword=\"null\"/> when nothing was recorded or the text is unknown.</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when the text is empty or names a member of the table; <see langword=\"false\"/> for an unknown spelling.</returns>");
            writer.OpenBlock("public static bool TryParseRecorded(", context.NullableString, " value, out ", context.Type, "? ", parameter, ")");
            writer.OpenBlock("if (string.IsNullOrWhiteSpace(value))");
            writer.WriteLine(parameter, " = null;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.OpenBlock("if (TryParse(value, out ", context.Type, " member))");
            writer.WriteLine(parameter, " = member;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(parameter, " = null;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
        }

        /// <summary>The keys <c>TryParse</c> matches: each member's spelling, identifier and aliases, with its value.</summary>
        public static List<(string Key, int Value)> NameKeys(VocabularyEmitContext context)
        {
            var keys = new List<(string Key, int Value)>(2 * context.Members.Count);
            var memberKeys = new List<string>();
            foreach (VocabularyMemberSpec member in context.Members)
            {
                NameLookupWriter.AddKeys(keys, memberKeys, member.Name, member.Identifier, member.Aliases, member.Value);
            }

            return keys;
        }

        public static string FileName(Vocabulary vocabulary) => vocabulary.ParserName + ".g.cs";

        public static SourceText Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            string parameter = vocabulary.Parameter;
            SourceWriter writer = context.BeginType(
                "static partial class " + vocabulary.ParserName,
                "<summary>",
                "Finds the <see cref=\"" + context.Type + "\"/> for the text sent in <c>" + vocabulary.WireField + "</c>, and lists the members of the",
                CSharpText.Xml(vocabulary.Description) + " table.",
                "</summary>");

            writer.WriteDocLine("<summary>The number of members of the table.</summary>");
            writer.WriteLine("public const int Count = ", CSharpText.Literal(context.Members.Count), ";");
            writer.WriteLine();
            HangupCausesEmitter.WriteReadOnlyList(writer, "private static readonly", context.Type, "s_all", context.Members.Select(m => m.Identifier), context.Type + ".");
            writer.WriteLine();
            writer.WriteDocLine("<summary>Every member of the table, in value order. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<", context.Type, "> All => s_all;");
            writer.WriteLine();

            if (vocabulary.HasCodes)
            {
                CodeLookupWriter.Write(
                    writer, context, context.Type, context.Members.Select(m => m.Value).ToList(),
                    new CodeLookupTexts(parameter, "code", vocabulary.CodeExample!, vocabulary.Description + " table", "as a number"));
            }

            var lookup = new NameLookupWriter.Lookup(
                context.Type,
                parameter,
                new[]
                {
                    "Gets the member for a documented spelling (<c>" + CSharpText.Xml(vocabulary.Example) + "</c>), an identifier or an alias, in any case"
                        + (vocabulary.HasCodes ? ", or for its code in decimal digits." : "."),
                },
                "The member, or <c>default</c> when the text is unknown.",
                "<see langword=\"true\"/> when the text names a member of the table.",
                vocabulary.HasCodes);
            NameLookupWriter.Write(writer, context, lookup, NameKeys(context));
            if (vocabulary.EmptyMeansNotRecorded)
            {
                WriteTryParseRecorded(writer, context);
            }

            return FileContext.EndType(writer);
        }
    }
}

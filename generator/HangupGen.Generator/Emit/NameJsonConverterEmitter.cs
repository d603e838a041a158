using System;
using System.Collections.Generic;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits the converters of the types that travel as a documented spelling: every vocabulary's enum
    /// (<c>HangupSource</c>, <c>CallStatus</c>, <c>DialStatus</c>, <c>TelephonyCause</c>,
    /// <c>HangupReason</c>, …) and <c>HangupCategory</c>. Each reads the spelling, an identifier or an alias in any case and
    /// writes the spelling (<c>GetName()</c>); a vocabulary with codes (Q.850 telephony causes) also
    /// reads its code, as a JSON number or a numeric string.
    /// </summary>
    internal static class NameJsonConverterEmitter
    {
        public static string FileName(string typeName) => JsonConverterWriter.FileName(typeName);

        public static SourceText Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            string description = CSharpText.Xml(vocabulary.Description);
            var documentation = new List<string>
            {
                "Reads a <see cref=\"" + context.Type + "\"/> from the documented spelling sent in <c>" + vocabulary.WireField + "</c> (<c>\""
                    + CSharpText.Xml(vocabulary.Example) + "\"</c>), an identifier or an alias, in any case, and writes the documented spelling.",
            };
            if (vocabulary.HasCodes)
            {
                documentation.Add("The code of a " + description + " is read too, as a JSON number (<c>" + vocabulary.CodeExample
                    + "</c>) or a numeric string, but never written: the spelling is what travels on the wire.");
            }

            return JsonConverterWriter.Emit(context, Shape(
                vocabulary.TypeName,
                context.Type,
                context.Prefix + vocabulary.ExtensionsName,
                vocabulary.Description,
                documentation,
                context.Parser + ".TryParseUtf8",
                NameLookupWriter.AnyKeyContains(VocabularyParserEmitter.NameKeys(context), '\\'),
                context.Parser + ".TryParse",
                vocabulary.HasCodes ? context.Parser + ".TryFromCode" : null));
        }

        /// <summary>
        /// A category travels as its documented name (<c>"Call Rejections"</c>): its enum value is only
        /// its place in the table, and its range is not a single number, so numbers are rejected.
        /// </summary>
        public static SourceText EmitCategory(EmitContext context)
            => JsonConverterWriter.Emit(context, Shape(
                GeneratedTypeNames.HangupCategory,
                context.Category,
                context.Prefix + GeneratedTypeNames.HangupCategoryExtensions,
                "hangup category",
                new[]
                {
                    "Reads a <see cref=\"" + context.Category + "\"/> from its documented name (<c>\"Call Rejections\"</c>) or its identifier",
                    "(<c>\"CallRejections\"</c>), in any case, and writes the documented name.",
                },
                "TryParseUtf8",
                NameLookupWriter.AnyKeyContains(CategoryKeys(context), '\\'),
                "TryParse",
                codeLookup: null,
                writer => WriteCategoryLookup(writer, context)));

        private static JsonConverterShape Shape(
            string typeName,
            string type,
            string extensions,
            string noun,
            IReadOnlyList<string> documentation,
            string utf8Lookup,
            bool utf8LookupNeedsUnescapedText,
            string textLookup,
            string? codeLookup,
            Action<SourceWriter>? members = null)
            => new JsonConverterShape(
                typeName,
                type,
                extensions,
                noun,
                documentation,
                utf8Lookup,
                utf8LookupNeedsUnescapedText,
                new[] { textLookup },
                "a documented " + noun + (codeLookup is null ? string.Empty : " or its code"),
                codeLookup,
                value => "writer.WriteStringValue(" + extensions + ".GetName(" + value + "))",
                value => extensions + ".GetName(" + value + ")",
                "the documented spelling",
                members);

        /// <summary>The categories have no parser class of their own: the converter holds the lookup of their names.</summary>
        private static void WriteCategoryLookup(SourceWriter writer, EmitContext context)
        {
            writer.WriteLine();
            NameLookupWriter.WritePrivate(writer, context, context.Category, "category", CategoryKeys(context));
        }

        /// <summary>Each category's name and identifier, with its value.</summary>
        private static List<(string Key, int Value)> CategoryKeys(EmitContext context)
        {
            var keys = new List<(string Key, int Value)>(2 * context.CategoryRows.Count);
            var memberKeys = new List<string>();
            foreach (HangupCategorySpec category in context.CategoryRows)
            {
                NameLookupWriter.AddKeys(keys, memberKeys, category.Name, category.Identifier, default, category.Value);
            }

            return keys;
        }
    }
}

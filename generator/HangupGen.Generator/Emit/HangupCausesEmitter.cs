using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>static class HangupCauses</c>: from a received code or name to a cause, the table as
    /// a whole, and one nested class per category holding its range as constants and its members.
    /// The constants are also what the analyzers read to learn the table from a compilation.
    /// </summary>
    internal static class HangupCausesEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCauses + ".g.cs";

        private static readonly CodeLookupTexts s_codeTexts = new CodeLookupTexts(
            "cause", "hangup code", "3010", "hangup table", "as Plivo sends it in <c>HangupCauseCode</c>");

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginType(
                "static partial class " + GeneratedTypeNames.HangupCauses,
                "<summary>",
                "Finds the <see cref=\"" + context.Cause + "\"/> for a code or a name as Plivo sends them, lists the causes of the",
                "hangup table, and gives each category's documented range and members.",
                "</summary>");

            writer.WriteDocLine("<summary>The number of causes in the hangup table.</summary>");
            writer.WriteLine("public const int Count = ", CSharpText.Literal(context.CauseRows.Count), ";");
            writer.WriteLine();
            WriteReadOnlyList(writer, "private static readonly", context.Cause, "s_all", context.CauseRows.Select(c => c.Identifier), context.Cause + ".");
            writer.WriteLine();
            writer.WriteDocLine("<summary>Every cause of the hangup table, in code order. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<", context.Cause, "> All => s_all;");
            writer.WriteLine();

            CodeLookupWriter.Write(writer, context, context.Cause, context.CauseRows.Select(c => c.Code).ToList(), s_codeTexts);
            WriteTryParse(writer, context);
            WriteTryGetCategory(writer, context);
            WriteIsInCategory(writer, context);
            foreach (HangupCategorySpec category in context.CategoryRows)
            {
                WriteCategoryClass(writer, context, category);
            }

            return FileContext.EndType(writer);
        }

        /// <summary>
        /// Writes <c>private static readonly ReadOnlyCollection&lt;T&gt; <paramref name="field"/> = new …(new T[] { … });</c>
        /// over the given items, each written after <paramref name="itemPrefix"/> (<c>"HangupCause."</c> before identifiers).
        /// </summary>
        public static void WriteReadOnlyList(SourceWriter writer, string modifiers, string type, string field, IEnumerable<string> items, string itemPrefix = "")
        {
            const string Collection = "global::System.Collections.ObjectModel.ReadOnlyCollection<";
            writer.StartLine().Write(modifiers).Write(" ").Write(Collection).Write(type).Write("> ").Write(field)
                .Write(" = new ").Write(Collection).Write(type).Write(">(new ").Write(type).Write("[] { ");
            bool first = true;
            foreach (string item in items)
            {
                (first ? writer : writer.Write(", ")).Write(itemPrefix).Write(item);
                first = false;
            }

            writer.Write(" });").EndLine();
        }

        private static void WriteTryParse(SourceWriter writer, EmitContext context)
        {
            var lookup = new NameLookupWriter.Lookup(
                context.Cause,
                "cause",
                new[]
                {
                    "Gets the cause for a documented name (as sent in <c>HangupCauseName</c>), an identifier or an alias of the table,",
                    "in any case: <c>\"Busy Line\"</c>, <c>\"busy line\"</c> and <c>\"BusyLine\"</c> all give the same cause.",
                },
                "The cause, or <c>default</c> when the name is unknown.",
                "<see langword=\"true\"/> when the name is one of a cause of the table.",
                WithCodes: false);
            NameLookupWriter.Write(writer, context, lookup, NameKeys(context));
        }

        /// <summary>The keys <c>TryParse</c> matches: each cause's name, identifier and aliases, with its code.</summary>
        public static List<(string Key, int Value)> NameKeys(EmitContext context)
        {
            var keys = new List<(string Key, int Value)>(2 * context.CauseRows.Count);
            var memberKeys = new List<string>();
            foreach (HangupCauseSpec cause in context.CauseRows)
            {
                NameLookupWriter.AddKeys(keys, memberKeys, cause.Name, cause.Identifier, cause.Aliases, cause.Code);
            }

            return keys;
        }

        private static void WriteTryGetCategory(SourceWriter writer, EmitContext context)
        {
            writer.WriteDoc(
                "<summary>",
                "Gets the category whose documented range holds <paramref name=\"code\"/>, whether or not the table has a cause",
                "with that code: a code Plivo adds to a range later is still classified.",
                "</summary>",
                "<param name=\"code\">A hangup code.</param>",
                "<param name=\"category\">The category, or <c>default</c> when no range holds the code.</param>",
                "<returns><see langword=\"true\"/> when a category's range holds the code.</returns>");
            writer.OpenBlock("public static bool TryGetCategory(int code, out ", context.Category, " category)");
            foreach (HangupCategorySpec category in context.CategoryRows)
            {
                writer.OpenBlock("if (", RangeTest("code", category), ")");
                writer.WriteLine("category = ", context.Category, ".", category.Identifier, ";");
                writer.WriteLine("return true;");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("category = default(", context.Category, ");");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteIsInCategory(SourceWriter writer, EmitContext context)
        {
            writer.WriteDoc(
                "<summary>Tells whether the documented range of <paramref name=\"category\"/> holds <paramref name=\"code\"/>.</summary>",
                "<param name=\"code\">A hangup code.</param>",
                "<param name=\"category\">A category of the table.</param>",
                "<returns><see langword=\"true\"/> when the code is within the category's range.</returns>");
            writer.OpenBlock("public static bool IsInCategory(int code, ", context.Category, " category)");
            SwitchEmitter.WriteReturnSwitch(
                writer,
                "category",
                context.CategoryRows.Select(c => (context.Category + "." + c.Identifier, RangeTest("code", c))),
                "return false;");
            writer.CloseBlock();
        }

        private static void WriteCategoryClass(SourceWriter writer, EmitContext context, HangupCategorySpec category)
        {
            writer.WriteLine();
            writer.WriteDocLine("<summary>The ", CSharpText.Xml(category.Name), " category: ", context.Codes(category), ".</summary>");
            writer.OpenBlock("public static class ", category.Identifier);
            writer.WriteDocLine("<summary>The category, <see cref=\"", context.Category, ".", category.Identifier, "\"/>.</summary>");
            writer.WriteLine("public const ", context.Category, " Category = ", context.Category, ".", category.Identifier, ";");
            writer.WriteLine();
            writer.WriteDocLine("<summary>The first code of the documented range.</summary>");
            writer.WriteLine("public const int FirstCode = ", CSharpText.Literal(category.FirstCode), ";");
            writer.WriteLine();
            writer.WriteDocLine("<summary>The last code of the documented range (inclusive).</summary>");
            writer.WriteLine("public const int LastCode = ", CSharpText.Literal(category.LastCode), ";");
            writer.WriteLine();
            WriteReadOnlyList(writer, "private static readonly", context.Cause, "s_members", context.MembersOf(category).Select(c => c.Identifier), context.Cause + ".");
            writer.WriteLine();
            writer.WriteDocLine("<summary>The causes of the category, in code order. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<", context.Cause, "> Members => s_members;");
            writer.CloseBlock();
        }

        private static string RangeTest(string variable, HangupCategorySpec category)
            => category.FirstCode == category.LastCode
                ? variable + " == " + CSharpText.Literal(category.FirstCode)
                : variable + " >= " + CSharpText.Literal(category.FirstCode) + " && " + variable + " <= " + CSharpText.Literal(category.LastCode);
    }
}

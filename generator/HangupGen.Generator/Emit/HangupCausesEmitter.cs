using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

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

        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginFile();
            writer.WriteDoc(
                "<summary>",
                "Finds the <see cref=\"" + context.Cause + "\"/> for a code or a name as Plivo sends them, lists the causes of the",
                "hangup table, and gives each category's documented range and members.",
                "</summary>");
            FileContext.WriteTypeAttributes(writer, isClass: true);
            writer.OpenBlock(context.Accessibility + " static partial class " + GeneratedTypeNames.HangupCauses);

            writer.WriteDoc("<summary>The number of causes in the hangup table.</summary>");
            writer.WriteLine("public const int Count = " + CSharpText.Literal(context.CauseRows.Count) + ";");
            writer.WriteLine();
            writer.WriteLine("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Cause + "> s_all = "
                + ReadOnlyList(context.Cause, context.CauseRows.Select(c => context.Cause + "." + c.Identifier)) + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>Every cause of the hangup table, in code order. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + context.Cause + "> All => s_all;");
            writer.WriteLine();

            CodeLookupWriter.Write(writer, context.Cause, context.NullableString, context.CauseRows.Select(c => c.Code).ToList(), s_codeTexts);
            WriteTryParse(writer, context);
            WriteTryGetCategory(writer, context);
            WriteIsInCategory(writer, context);
            foreach (HangupCategorySpec category in context.CategoryRows)
            {
                WriteCategoryClass(writer, context, category);
            }

            writer.CloseBlock();
            return FileContext.EndFile(writer);
        }

        /// <summary>A read-only list over an array literal of the given items.</summary>
        public static string ReadOnlyList(string type, IEnumerable<string> items)
            => "new global::System.Collections.ObjectModel.ReadOnlyCollection<" + type + ">(new " + type + "[] { " + string.Join(", ", items) + " })";

        private static void WriteTryParse(SourceWriter writer, EmitContext context)
        {
            writer.WriteDoc(
                "<summary>",
                "Gets the cause for a documented name (as sent in <c>HangupCauseName</c>), an identifier or an alias of the table,",
                "in any case: <c>\"Busy Line\"</c>, <c>\"busy line\"</c> and <c>\"BusyLine\"</c> all give the same cause.",
                "</summary>",
                "<param name=\"value\">The name to look up.</param>",
                "<param name=\"cause\">The cause, or <c>default</c> when the name is unknown.</param>",
                "<returns><see langword=\"true\"/> when the name is one of a cause of the table.</returns>");
            writer.OpenBlock("public static bool TryParse(" + context.NullableString + " value, out " + context.Cause + " cause)");
            IEnumerable<(string Key, string Member)> keys = context.CauseRows
                .SelectMany(c => new[] { c.Name, c.Identifier }.Concat(c.Aliases)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(key => (key, context.Cause + "." + c.Identifier)));
            WriteNameLookup(writer, "value", "cause", context.Cause, keys);
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>
        /// Writes a case-insensitive lookup: a switch on the length (strings of different lengths are
        /// never equal ignoring case), then ordinal ignore-case comparisons within that length.
        /// </summary>
        public static void WriteNameLookup(SourceWriter writer, string input, string output, string type, IEnumerable<(string Key, string Member)> keys)
        {
            writer.OpenBlock("if (" + input + " != null)");
            writer.OpenBlock("switch (" + input + ".Length)");
            foreach (IGrouping<int, (string Key, string Member)> bucket in keys.GroupBy(k => k.Key.Length).OrderBy(g => g.Key))
            {
                writer.WriteLine("case " + CSharpText.Literal(bucket.Key) + ":");
                writer.Indent();
                foreach ((string key, string member) in bucket)
                {
                    writer.OpenBlock("if (string.Equals(" + input + ", " + CSharpText.Literal(key) + ", global::System.StringComparison.OrdinalIgnoreCase))");
                    writer.WriteLine(output + " = " + member + ";");
                    writer.WriteLine("return true;");
                    writer.CloseBlock();
                    writer.WriteLine();
                }

                writer.WriteLine("break;");
                writer.Outdent();
            }

            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(output + " = default(" + type + ");");
            writer.WriteLine("return false;");
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
            writer.OpenBlock("public static bool TryGetCategory(int code, out " + context.Category + " category)");
            foreach (HangupCategorySpec category in context.CategoryRows)
            {
                writer.OpenBlock("if (" + RangeTest("code", category) + ")");
                writer.WriteLine("category = " + context.Category + "." + category.Identifier + ";");
                writer.WriteLine("return true;");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("category = default(" + context.Category + ");");
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
            writer.OpenBlock("public static bool IsInCategory(int code, " + context.Category + " category)");
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
            writer.WriteDoc("<summary>The " + CSharpText.Xml(category.Name) + " category: " + EmitContext.Codes(category) + ".</summary>");
            writer.OpenBlock("public static class " + category.Identifier);
            writer.WriteDoc("<summary>The category, <see cref=\"" + context.Category + "." + category.Identifier + "\"/>.</summary>");
            writer.WriteLine("public const " + context.Category + " Category = " + context.Category + "." + category.Identifier + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>The first code of the documented range.</summary>");
            writer.WriteLine("public const int FirstCode = " + CSharpText.Literal(category.FirstCode) + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>The last code of the documented range (inclusive).</summary>");
            writer.WriteLine("public const int LastCode = " + CSharpText.Literal(category.LastCode) + ";");
            writer.WriteLine();
            writer.WriteLine("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Cause + "> s_members = "
                + ReadOnlyList(context.Cause, context.MembersOf(category).Select(c => context.Cause + "." + c.Identifier)) + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>The causes of the category, in code order. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + context.Cause + "> Members => s_members;");
            writer.CloseBlock();
        }

        private static string RangeTest(string variable, HangupCategorySpec category)
            => category.FirstCode == category.LastCode
                ? variable + " == " + CSharpText.Literal(category.FirstCode)
                : variable + " >= " + CSharpText.Literal(category.FirstCode) + " && " + variable + " <= " + CSharpText.Literal(category.LastCode);
    }
}

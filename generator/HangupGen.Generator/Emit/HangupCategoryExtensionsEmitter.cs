using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>static class HangupCategoryExtensions</c>: each category's documented name, range and
    /// members as array lookups, and the exhaustive <c>Match</c> over categories.
    /// </summary>
    internal static class HangupCategoryExtensionsEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCategoryExtensions + ".g.cs";

        private const string Undefined = "a member of the table";

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = ExtensionMethodWriter.BeginClass(context, GeneratedTypeNames.HangupCategoryExtensions, context.Category, "the hangup table");

            WriteLookup(writer, context, "GetName", "string", "Gets the documented name of <paramref name=\"category\"/> (for example <c>Call Rejections</c>).",
                "The documented name.", (w, c) => w.WriteLiteral(c.Name));
            ExtensionMethodWriter.WriteTryFormatName(writer, context, context.Category, "category", Undefined);
            WriteLookup(writer, context, "GetFirstCode", "int", "Gets the first code of the documented range of <paramref name=\"category\"/>.",
                "The value from the hangup table.", (w, c) => w.WriteInt(c.FirstCode));
            WriteLookup(writer, context, "GetLastCode", "int", "Gets the last code (inclusive) of the documented range of <paramref name=\"category\"/>.",
                "The value from the hangup table.", (w, c) => w.WriteInt(c.LastCode));
            WriteLookup(writer, context, "GetMembers", "global::System.Collections.Generic.IReadOnlyList<" + context.Cause + ">",
                "Gets the causes, in code order, of <paramref name=\"category\"/>.",
                "The value from the hangup table.", (w, c) => w.Write(context.Causes).Write(".").Write(c.Identifier).Write(".").Write(GeneratedTypeNames.Members));
            ExtensionMethodWriter.WriteIsDefined(writer, context.Category, "category", "a category of the table");
            WriteMatch(writer, context);
            return ExtensionMethodWriter.EndClass(writer, "the hangup table's categories", MemberIndexWriter.For(context.CategoryRows.Select(c => c.Value).ToList()));
        }

        /// <summary>One <c>Match</c> arm per category, documented with its name and range; shared with <c>HangupCause.MatchCategory</c>.</summary>
        internal static List<MatchArm> CategoryArms(EmitContext context)
            => context.CategoryRows
                .Select(c => new MatchArm(CSharpText.ParameterName(c.Identifier), context.Category, c.Identifier, CSharpText.Xml(c.Name), ", ", context.Codes(c)))
                .ToList();

        private static void WriteLookup(SourceWriter writer, EmitContext context, string method, string returnType, string summary, string returns, Action<SourceWriter, HangupCategorySpec> value)
            => ExtensionMethodWriter.WriteLookup(
                writer, method, returnType, context.Category, "category", summary, "A category of the table.", returns, Undefined,
                context.CategoryRows, value);

        private static void WriteMatch(SourceWriter writer, EmitContext context)
        {
            List<MatchArm> arms = CategoryArms(context);
            string subject = CSharpText.UniqueName("category", arms.Select(a => a.Parameter).ToList());
            ExtensionMethodWriter.WriteMatch(
                writer,
                "Match",
                context.Category,
                subject,
                new[]
                {
                    "Calls the function that handles <paramref name=\"" + subject + "\"/> and returns its result. There is one parameter per",
                    "category of the hangup table, so a category added to the table stops every call site that does not handle it from compiling.",
                },
                "The category to match.",
                "The function for <paramref name=\"" + subject + "\"/>",
                arms,
                stateOverload: true);
        }
    }
}

using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits <c>enum HangupCategory</c>: one member per category of the table, in range order.</summary>
    internal static class HangupCategoryEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCategory + ".g.cs";

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginType(
                "enum " + GeneratedTypeNames.HangupCategory,
                "<summary>",
                "The categories of hangup causes, each a documented range of codes. Get a cause's category with",
                "<see cref=\"" + context.CauseExtensions + ".GetCategory(" + context.Cause + ")\"/>.",
                "</summary>");
            for (int i = 0; i < context.CategoryRows.Count; i++)
            {
                HangupCategorySpec category = context.CategoryRows[i];
                if (i > 0)
                {
                    writer.WriteLine();
                }

                string members = string.Join(", ", context.MembersOf(category).Select(c => CSharpText.Xml(c.Name) + " (" + CSharpText.Literal(c.Code) + ")"));
                writer.WriteDocLine("<summary>");
                writer.WriteDocLine("<para><b>", CSharpText.Xml(category.Name), "</b>: ", context.Codes(category), ".</para>");
                writer.WriteDocLine("<para>", members, ".</para>");
                writer.WriteDocLine("</summary>");
                writer.WriteLine(category.Identifier, " = ", CSharpText.Literal(category.Value), ",");
            }

            return FileContext.EndType(writer);
        }
    }
}

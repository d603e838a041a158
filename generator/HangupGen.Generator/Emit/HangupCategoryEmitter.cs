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

                writer.WriteDocLine("<summary>");
                writer.StartDocLine().Write("<para><b>").WriteXml(category.Name).Write("</b>: ").Write(context.Codes(category)).Write(".</para>").EndLine();
                writer.StartDocLine().Write("<para>");
                string separator = string.Empty;
                foreach (HangupCauseSpec cause in context.CauseRows)
                {
                    if (cause.CategoryIdentifier == category.Identifier)
                    {
                        writer.Write(separator).WriteXml(cause.Name).Write(" (").WriteInt(cause.Code).Write(")");
                        separator = ", ";
                    }
                }

                writer.Write(".</para>").EndLine();
                writer.WriteDocLine("</summary>");
                writer.StartLine().Write(category.Identifier).Write(" = ").WriteInt(category.Value).Write(",").EndLine();
            }

            return FileContext.EndType(writer);
        }
    }
}

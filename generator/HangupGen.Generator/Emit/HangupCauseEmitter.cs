using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>enum HangupCause : int</c>: one member per row, valued by its code, each documented
    /// with everything the table says about it so that hovering it in an IDE shows the documentation.
    /// </summary>
    internal static class HangupCauseEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCause + ".g.cs";

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginType(
                "enum " + GeneratedTypeNames.HangupCause + " : int",
                "<summary>",
                "Why a call ended: the hangup causes of the hangup table. The value of each member is its hangup code,",
                "as sent in <c>HangupCauseCode</c>; <see cref=\"" + context.Causes + ".TryFromCode(int, out " + context.Cause + ")\"/> and",
                "<see cref=\"" + context.Causes + ".TryParseCode(string, out " + context.Cause + ")\"/> convert a received code.",
                "</summary>");
            for (int i = 0; i < context.CauseRows.Count; i++)
            {
                HangupCauseSpec cause = context.CauseRows[i];
                if (i > 0)
                {
                    writer.WriteLine();
                }

                WriteDocumentation(writer, context, cause);
                writer.StartLine().Write(cause.Identifier).Write(" = ").WriteInt(cause.Code).Write(",").EndLine();
            }

            return FileContext.EndType(writer);
        }

        // Written line by line into the file: with 10,000 rows, building each comment as strings first
        // was the generator's largest allocation (docs/analyzer-profile.md, finding 11).
        private static void WriteDocumentation(SourceWriter writer, EmitContext context, HangupCauseSpec cause)
        {
            HangupCategorySpec category = context.CategoryOf(cause);
            writer.WriteDocLine("<summary>");
            writer.StartDocLine().Write("<para><b>").WriteXml(cause.Name).Write("</b>: code ").WriteInt(cause.Code).Write(", category ")
                .WriteXml(category.Name).Write(" (").Write(context.Codes(category)).Write(").</para>").EndLine();
            if (cause.Description.Length > 0)
            {
                writer.StartDocLine().Write("<para>").WriteXml(cause.Description).Write("</para>").EndLine();
            }

            writer.WriteDocParagraphs(cause.Details);
            WriteLabelled(writer, DocumentationLabels.NextSteps, cause.NextSteps);
            WriteLabelled(writer, "Possible hangup sources", cause.SourcesText);
            WriteLabelled(writer, "Call types", cause.CallTypes);
            WriteLabelled(writer, "Call states at hangup", cause.CallStates);
            writer.WriteDocLine("</summary>");
        }

        private static void WriteLabelled(SourceWriter writer, string label, string text)
        {
            if (text.Length > 0)
            {
                writer.StartDocLine().Write("<para><b>").Write(label).Write(":</b> ").WriteXml(text).Write("</para>").EndLine();
            }
        }
    }
}

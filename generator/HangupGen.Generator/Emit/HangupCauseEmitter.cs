using System.Collections.Generic;
using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>enum HangupCause : int</c>: one member per row, valued by its code, each documented
    /// with everything the table says about it so that hovering it in an IDE shows the documentation.
    /// </summary>
    internal static class HangupCauseEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCause + ".g.cs";

        public static string Emit(EmitContext context)
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

                writer.WriteDoc(Documentation(context, cause).ToArray());
                writer.WriteLine(cause.Identifier + " = " + CSharpText.Literal(cause.Code) + ",");
            }

            return FileContext.EndType(writer);
        }

        private static List<string> Documentation(EmitContext context, HangupCauseSpec cause)
        {
            HangupCategorySpec category = context.CategoryOf(cause);
            var lines = new List<string>
            {
                "<summary>",
                "<para><b>" + CSharpText.Xml(cause.Name) + "</b>: code " + CSharpText.Literal(cause.Code) + ", category "
                    + CSharpText.Xml(category.Name) + " (" + EmitContext.Codes(category) + ").</para>",
            };
            if (cause.Description.Length > 0)
            {
                lines.Add("<para>" + CSharpText.Xml(cause.Description) + "</para>");
            }

            lines.AddRange(CSharpText.Paragraphs(cause.Details));
            AddLabelled(lines, DocumentationLabels.NextSteps, cause.NextSteps);
            AddLabelled(lines, "Possible hangup sources", cause.SourcesText);
            AddLabelled(lines, "Call types", cause.CallTypes);
            AddLabelled(lines, "Call states at hangup", cause.CallStates);
            lines.Add("</summary>");
            return lines;
        }

        private static void AddLabelled(List<string> lines, string label, string text)
        {
            if (text.Length > 0)
            {
                lines.Add("<para><b>" + label + ":</b> " + CSharpText.Xml(text) + "</para>");
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>HangupCauseNames</c> (and, for <see cref="VocabularyNamesEmitter"/>, each vocabulary's
    /// names class): the documented names as string constants, usable in <c>case</c> labels and patterns. The analyzers read them to recognise a
    /// documented name written as a literal (HG0005), and its fix points at them.
    /// </summary>
    internal static class HangupNamesEmitter
    {
        public const string CauseNamesFileName = GeneratedTypeNames.HangupCauseNames + ".g.cs";

        public static SourceText EmitCauseNames(EmitContext context)
            => Emit(
                context,
                GeneratedTypeNames.HangupCauseNames,
                "The documented hangup cause names, as sent in <c>HangupCauseName</c>. Prefer comparing parsed causes (<see cref=\"" + context.Causes + ".TryParse(string, out " + context.Cause + ")\"/>),",
                context.Cause,
                context.CauseRows.Select(c => (c.Identifier, c.Name)));

        internal static SourceText Emit(FileContext context, string typeName, string summary, string memberType, IEnumerable<(string Identifier, string Name)> names)
        {
            SourceWriter writer = context.BeginType(
                "static partial class " + typeName,
                "<summary>",
                summary,
                "which also accept other spellings and any case; these constants are for exact comparisons and <c>case</c> labels.",
                "</summary>");
            bool first = true;
            foreach ((string identifier, string name) in names)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                writer.StartDocLine().Write("<summary>The documented name of <see cref=\"").Write(memberType).Write(".").Write(identifier).Write("\"/>: <c>").WriteXml(name).Write("</c>.</summary>").EndLine();
                writer.StartLine().Write("public const string ").Write(identifier).Write(" = ").WriteLiteral(name).Write(";").EndLine();
            }

            return FileContext.EndType(writer);
        }
    }
}

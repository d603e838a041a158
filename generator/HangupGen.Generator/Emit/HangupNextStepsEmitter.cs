using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>HangupCauseNextSteps</c>: the documented next steps of each cause that has some, as
    /// string constants. HG0003's fix reads them to comment the cases it adds: from constants, its
    /// output does not depend on whether the consumer's build parses documentation comments.
    /// </summary>
    internal static class HangupNextStepsEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCauseNextSteps + ".g.cs";

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginType(
                "static partial class " + GeneratedTypeNames.HangupCauseNextSteps,
                "<summary>",
                "The documented next steps of the hangup causes that have some, as constants named after the causes.",
                "At run time, <see cref=\"" + context.CauseExtensions + ".GetNextSteps\"/> gives them for any cause.",
                "</summary>");
            bool first = true;
            foreach (HangupCauseSpec cause in context.CauseRows.Where(c => c.NextSteps.Length > 0))
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                writer.StartDocLine().Write("<summary>The documented next steps of <see cref=\"").Write(context.Cause).Write(".").Write(cause.Identifier).Write("\"/>.</summary>").EndLine();
                writer.StartLine().Write("public const string ").Write(cause.Identifier).Write(" = ").WriteLiteral(cause.NextSteps).Write(";").EndLine();
            }

            return FileContext.EndType(writer);
        }
    }
}

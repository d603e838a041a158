using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

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

        public static string Emit(EmitContext context)
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
                writer.WriteDoc("<summary>The documented next steps of <see cref=\"" + context.Cause + "." + cause.Identifier + "\"/>.</summary>");
                writer.WriteLine("public const string " + cause.Identifier + " = " + CSharpText.Literal(cause.NextSteps) + ";");
            }

            return FileContext.EndType(writer);
        }
    }
}

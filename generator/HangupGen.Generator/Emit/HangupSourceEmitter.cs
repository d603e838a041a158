using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits <c>enum HangupSource</c>: who or what ended the call, as Plivo documents it.</summary>
    internal static class HangupSourceEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupSource + ".g.cs";

        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginType(
                "enum " + GeneratedTypeNames.HangupSource,
                "<summary>",
                "Who or what ended the call, as sent in <c>HangupSource</c>. Parse the received text with",
                "<see cref=\"" + context.Sources + ".TryParse(string, out " + context.Source + ")\"/>.",
                "</summary>");
            for (int i = 0; i < HangupSourceCatalog.All.Count; i++)
            {
                HangupSourceInfo source = HangupSourceCatalog.All[i];
                if (i > 0)
                {
                    writer.WriteLine();
                }

                writer.WriteDoc("<summary><b>" + CSharpText.Xml(source.Name) + "</b>: " + CSharpText.Xml(source.Description) + "</summary>");
                writer.WriteLine(source.Identifier + " = " + CSharpText.Literal(source.Value) + ",");
            }

            return FileContext.EndType(writer);
        }
    }
}

using System;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits <c>static class HangupSourceExtensions</c>: each source's documented name and description.</summary>
    internal static class HangupSourceExtensionsEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupSourceExtensions + ".g.cs";

        private const string Undefined = "a documented source";

        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginFile();
            writer.WriteDoc(
                "<summary>",
                "Lookups of what the documentation says about each <see cref=\"" + context.Source + "\"/>.",
                "Every lookup is a switch over constants: no reflection, no allocation.",
                "</summary>");
            FileContext.WriteTypeAttributes(writer, isClass: true);
            writer.OpenBlock(context.Accessibility + " static partial class " + GeneratedTypeNames.HangupSourceExtensions);

            WriteLookup(writer, context, "GetName", "Gets the documented name of <paramref name=\"source\"/>, as sent in <c>HangupSource</c> (for example <c>Call recipient</c>).",
                "The documented name.", s => s.Name);
            WriteLookup(writer, context, "GetDescription", "Gets the documented description of <paramref name=\"source\"/>.",
                "The documented description.", s => s.Description);
            ExtensionMethodWriter.WriteIsDefined(writer, context.Source, "source", Undefined, HangupSourceCatalog.All.Select(s => s.Identifier));
            ExtensionMethodWriter.WriteUndefined(writer);

            writer.CloseBlock();
            return FileContext.EndFile(writer);
        }

        private static void WriteLookup(SourceWriter writer, EmitContext context, string method, string summary, string returns, Func<HangupSourceInfo, string> value)
            => ExtensionMethodWriter.WriteLookup(
                writer, method, "string", context.Source, "source", summary, "A documented hangup source.", returns, Undefined,
                HangupSourceCatalog.All.Select(s => (context.Source + "." + s.Identifier, CSharpText.Literal(value(s)))));
    }
}

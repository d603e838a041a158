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
            SourceWriter writer = context.BeginType(
                "static partial class " + GeneratedTypeNames.HangupSourceExtensions,
                "<summary>",
                "Lookups of what the documentation says about each <see cref=\"" + context.Source + "\"/>.",
                "Every lookup is a switch over constants: no reflection, no allocation.",
                "</summary>");

            WriteLookup(writer, context, "GetName", "Gets the documented name of <paramref name=\"source\"/>, as sent in <c>HangupSource</c> (for example <c>Call recipient</c>).",
                "The documented name.", s => s.Name);
            ExtensionMethodWriter.WriteTryFormatName(writer, context, context.Source, "source", Undefined);
            WriteLookup(writer, context, "GetDescription", "Gets the documented description of <paramref name=\"source\"/>.",
                "The documented description.", s => s.Description);
            ExtensionMethodWriter.WriteIsDefined(writer, context.Source, "source", Undefined, HangupSourceCatalog.All.Select(s => s.Identifier));
            return ExtensionMethodWriter.EndClass(writer, context, "the documented hangup sources");
        }

        private static void WriteLookup(SourceWriter writer, EmitContext context, string method, string summary, string returns, Func<HangupSourceInfo, string> value)
            => ExtensionMethodWriter.WriteLookup(
                writer, method, "string", context.Source, "source", summary, "A documented hangup source.", returns, Undefined,
                HangupSourceCatalog.All.Select(s => (context.Source + "." + s.Identifier, CSharpText.Literal(value(s)))));
    }
}

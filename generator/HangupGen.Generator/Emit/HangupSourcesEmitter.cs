using System;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits <c>static class HangupSources</c>: parsing of the <c>HangupSource</c> text Plivo sends, and the list of sources.</summary>
    internal static class HangupSourcesEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupSources + ".g.cs";

        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginFile();
            writer.WriteDoc(
                "<summary>Finds the <see cref=\"" + context.Source + "\"/> for the text Plivo sends in <c>HangupSource</c>, and lists the sources.</summary>");
            FileContext.WriteTypeAttributes(writer, isClass: true);
            writer.OpenBlock(context.Accessibility + " static partial class " + GeneratedTypeNames.HangupSources);

            writer.WriteLine("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Source + "> s_all = "
                + HangupCausesEmitter.ReadOnlyList(context.Source, HangupSourceCatalog.All.Select(s => context.Source + "." + s.Identifier)) + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>Every documented hangup source. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + context.Source + "> All => s_all;");
            writer.WriteLine();

            writer.WriteDoc(
                "<summary>",
                "Gets the source for a documented name (<c>\"Call recipient\"</c>), an identifier (<c>\"CallRecipient\"</c>) or another",
                "documented spelling (<c>\"Called party\"</c>), in any case.",
                "</summary>",
                "<param name=\"value\">The text to look up.</param>",
                "<param name=\"source\">The source, or <c>default</c> (<see cref=\"" + context.Source + ".Unknown\"/>) when the text is unknown.</param>",
                "<returns><see langword=\"true\"/> when the text names a documented source.</returns>");
            writer.OpenBlock("public static bool TryParse(" + context.NullableString + " value, out " + context.Source + " source)");
            HangupCausesEmitter.WriteNameLookup(
                writer,
                "value",
                "source",
                context.Source,
                HangupSourceCatalog.All.SelectMany(s => new[] { s.Name, s.Identifier }.Concat(s.Aliases)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(key => (key, context.Source + "." + s.Identifier))));
            writer.CloseBlock();

            writer.CloseBlock();
            return FileContext.EndFile(writer);
        }
    }
}

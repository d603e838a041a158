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
            SourceWriter writer = context.BeginType(
                "static partial class " + GeneratedTypeNames.HangupSources,
                "<summary>Finds the <see cref=\"" + context.Source + "\"/> for the text Plivo sends in <c>HangupSource</c>, and lists the sources.</summary>");

            writer.WriteLine("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Source + "> s_all = "
                + HangupCausesEmitter.ReadOnlyList(context.Source, HangupSourceCatalog.All.Select(s => context.Source + "." + s.Identifier)) + ";");
            writer.WriteLine();
            writer.WriteDoc("<summary>Every documented hangup source. The list is shared and read-only.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + context.Source + "> All => s_all;");
            writer.WriteLine();

            var lookup = new NameLookupWriter.Lookup(
                context.Source,
                "source",
                new[]
                {
                    "Gets the source for a documented name (<c>\"Call recipient\"</c>), an identifier (<c>\"CallRecipient\"</c>) or another",
                    "documented spelling (<c>\"Called party\"</c>), in any case.",
                },
                "The source, or <c>default</c> (<see cref=\"" + context.Source + ".Unknown\"/>) when the text is unknown.",
                "<see langword=\"true\"/> when the text names a documented source.",
                WithCodes: false);
            NameLookupWriter.Write(writer, context, lookup, HangupSourceCatalog.All
                .SelectMany(s => new[] { s.Name, s.Identifier }.Concat(s.Aliases)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(key => (key, context.Source + "." + s.Identifier))));
            TextHelpersWriter.WriteNameComparison(writer, context);

            return FileContext.EndType(writer);
        }
    }
}

using System.Linq;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits a vocabulary's names class (<c>CallStatusNames</c>, …): the documented spellings as constants, for <c>case</c> labels.</summary>
    internal static class VocabularyNamesEmitter
    {
        public static string FileName(Vocabulary vocabulary) => vocabulary.NamesName + ".g.cs";

        public static SourceText Emit(VocabularyEmitContext context)
            => HangupNamesEmitter.Emit(
                context,
                context.Vocabulary.NamesName,
                "The documented spellings of <c>" + context.Vocabulary.WireField + "</c>, as sent on the wire. Prefer comparing parsed values (<see cref=\"" + context.Parser + ".TryParse(string, out " + context.Type + ")\"/>),",
                context.Type,
                context.Members.Select(m => (m.Identifier, m.Name)));
    }
}

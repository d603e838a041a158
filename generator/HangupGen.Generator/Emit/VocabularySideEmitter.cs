using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits the enum of the sides that report a vocabulary's members (<c>HangupReasonSide</c>): the
    /// two lists seed 004 gives, Bolna's own reasons and the telephony provider's. Fixed members, not
    /// table rows: a table names one of them in its <c>side</c> column.
    /// </summary>
    internal static class VocabularySideEmitter
    {
        public static string FileName(Vocabulary vocabulary) => vocabulary.SideTypeName + ".g.cs";

        public static SourceText Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            SourceWriter writer = context.BeginType(
                "enum " + vocabulary.SideTypeName,
                "<summary>Who reports a <see cref=\"" + context.Type + "\"/> (<c>" + vocabulary.WireField + "</c>): the table's <c>side</c> column.</summary>");
            writer.WriteDocLine("<summary>Bolna, from the agent's configuration (for example <c>inactivity_timeout</c>).</summary>");
            writer.WriteLine(nameof(ReportingSide.Bolna), " = ", CSharpText.Literal((int)ReportingSide.Bolna), ",");
            writer.WriteLine();
            writer.WriteDocLine("<summary>The telephony provider; what it reports depends on the provider used (for example <c>Carrier declined</c>).</summary>");
            writer.WriteLine(nameof(ReportingSide.TelephonyProvider), " = ", CSharpText.Literal((int)ReportingSide.TelephonyProvider), ",");
            return FileContext.EndType(writer);
        }
    }
}

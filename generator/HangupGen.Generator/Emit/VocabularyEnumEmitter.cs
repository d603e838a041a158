using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits a vocabulary's enum (<c>HangupSource</c>, <c>CallStatus</c>, <c>TelephonyCause</c>, …): one documented member per row.</summary>
    internal static class VocabularyEnumEmitter
    {
        public static string FileName(Vocabulary vocabulary) => vocabulary.TypeName + ".g.cs";

        public static SourceText Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            SourceWriter writer = context.BeginType(
                "enum " + vocabulary.TypeName + (vocabulary.HasCodes ? " : int" : string.Empty),
                "<summary>",
                "The documented values of <c>" + vocabulary.WireField + "</c> (the " + CSharpText.Xml(vocabulary.Description) + "). Get the spelling",
                "sent on the wire with <c>GetName()</c>, and parse it with <see cref=\"" + context.Parser + ".TryParse(string, out " + context.Type + ")\"/>.",
                vocabulary.HasCodes ? "Each member's value is its code."
                    : vocabulary.FirstValue == 0 ? "Members are numbered from 0 in table order: <c>default</c> is the first row's member."
                    : "Members are numbered from " + CSharpText.Literal(vocabulary.FirstValue) + " in table order: <c>default</c> is no documented value.",
                "</summary>");
            for (int i = 0; i < context.Members.Count; i++)
            {
                VocabularyMemberSpec member = context.Members[i];
                if (i > 0)
                {
                    writer.WriteLine();
                }

                WriteDocumentation(writer, member);
                writer.StartLine().Write(member.Identifier).Write(" = ").WriteInt(member.Value).Write(",").EndLine();
            }

            return FileContext.EndType(writer);
        }

        private static void WriteDocumentation(SourceWriter writer, VocabularyMemberSpec member)
        {
            writer.WriteDocLine("<summary>");
            writer.StartDocLine().Write("<para><b>").WriteXml(member.Name).Write("</b></para>").EndLine();
            if (member.Description.Length > 0)
            {
                writer.StartDocLine().Write("<para>").WriteXml(member.Description).Write("</para>").EndLine();
            }

            if (member.BolnaDescription.Length > 0 || !member.BolnaCodes.IsEmpty)
            {
                writer.StartDocLine().Write("<para><b>Bolna:</b> ").WriteXml(member.BolnaDescription);
                if (!member.BolnaCodes.IsEmpty)
                {
                    writer.Write(" (codes ");
                    for (int i = 0; i < member.BolnaCodes.Count; i++)
                    {
                        writer.Write(i == 0 ? string.Empty : ", ").WriteInt(member.BolnaCodes[i]);
                    }

                    writer.Write(")");
                }

                writer.Write("</para>").EndLine();
            }

            if (member.Side != ReportingSide.None)
            {
                writer.StartDocLine().Write("<para><b>Reported by:</b> ").Write(member.Side == ReportingSide.Bolna ? "Bolna" : "the telephony provider").Write("</para>").EndLine();
            }

            if (member.SipStatus != 0)
            {
                writer.StartDocLine().Write("<para><b>SIP status:</b> ").WriteInt(member.SipStatus).Write("</para>").EndLine();
            }

            writer.WriteDocLine("</summary>");
        }
    }
}

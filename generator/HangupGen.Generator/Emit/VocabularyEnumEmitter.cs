using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>Emits a vocabulary's enum (<c>HangupSource</c>, <c>CallStatus</c>, <c>TelephonyCause</c>, …): one documented member per row.</summary>
    internal static class VocabularyEnumEmitter
    {
        public static string FileName(Vocabulary vocabulary) => vocabulary.TypeName + ".g.cs";

        public static string Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            SourceWriter writer = context.BeginType(
                "enum " + vocabulary.TypeName + (vocabulary.HasCodes ? " : int" : string.Empty),
                "<summary>",
                "The documented values of <c>" + vocabulary.WireField + "</c> (the " + CSharpText.Xml(vocabulary.Description) + "). Get the spelling",
                "sent on the wire with <c>GetName()</c>, and parse it with <see cref=\"" + context.Parser + ".TryParse\"/>.",
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

                writer.WriteDoc(Documentation(member).ToArray());
                writer.WriteLine(member.Identifier + " = " + CSharpText.Literal(member.Value) + ",");
            }

            return FileContext.EndType(writer);
        }

        private static List<string> Documentation(VocabularyMemberSpec member)
        {
            var lines = new List<string> { "<summary>", "<para><b>" + CSharpText.Xml(member.Name) + "</b></para>" };
            if (member.Description.Length > 0)
            {
                lines.Add("<para>" + CSharpText.Xml(member.Description) + "</para>");
            }

            if (member.BolnaDescription.Length > 0 || !member.BolnaCodes.IsEmpty)
            {
                lines.Add("<para><b>Bolna:</b> " + CSharpText.Xml(member.BolnaDescription)
                    + (member.BolnaCodes.IsEmpty ? string.Empty : " (codes " + string.Join(", ", member.BolnaCodes.Select(CSharpText.Literal)) + ")") + "</para>");
            }

            if (member.Side != ReportingSide.None)
            {
                lines.Add("<para><b>Reported by:</b> " + (member.Side == ReportingSide.Bolna ? "Bolna" : "the telephony provider") + "</para>");
            }

            if (member.SipStatus != 0)
            {
                lines.Add("<para><b>SIP status:</b> " + member.SipStatus.ToString(CultureInfo.InvariantCulture) + "</para>");
            }

            lines.Add("</summary>");
            return lines;
        }
    }
}

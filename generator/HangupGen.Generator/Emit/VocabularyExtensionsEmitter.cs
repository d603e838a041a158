using System.Linq;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits a vocabulary's extensions class (<c>CallStatusExtensions</c>, …): the spelling sent on the
    /// wire, the description, the SIP status where the table maps one, the reporting side and Bolna's
    /// description and codes where the table has them, <c>IsDefined</c> and the
    /// exhaustive <c>Match</c>, all reads of constant arrays.
    /// </summary>
    internal static class VocabularyExtensionsEmitter
    {
        private const string Undefined = "a member of the table";

        public static string FileName(Vocabulary vocabulary) => vocabulary.ExtensionsName + ".g.cs";

        public static SourceText Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            string parameter = vocabulary.Parameter;
            SourceWriter writer = ExtensionMethodWriter.BeginClass(context, vocabulary.ExtensionsName, context.Type, "the " + CSharpText.Xml(vocabulary.Description) + " table");

            ExtensionMethodWriter.WriteLookup(
                writer, "GetName", "string", context.Type, parameter,
                "Gets the documented spelling of <paramref name=\"" + parameter + "\"/>, as sent in <c>" + vocabulary.WireField + "</c> (for example <c>" + CSharpText.Xml(vocabulary.Example) + "</c>).",
                "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The documented spelling.", Undefined,
                context.Members, (w, m) => w.WriteLiteral(m.Name));
            ExtensionMethodWriter.WriteTryFormatName(writer, context, context.Type, parameter, Undefined);
            ExtensionMethodWriter.WriteLookup(
                writer, "GetDescription", "string", context.Type, parameter,
                "Gets the documented description of <paramref name=\"" + parameter + "\"/>.",
                "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The text from the table; empty where the table leaves it blank.", Undefined,
                context.Members, (w, m) => w.WriteLiteral(m.Description));
            if (vocabulary.HasSipStatus)
            {
                ExtensionMethodWriter.WriteLookup(
                    writer, "GetSipStatus", "int?", context.Type, parameter,
                    "Gets the SIP response status <paramref name=\"" + parameter + "\"/> maps to (for example 486 for <c>USER_BUSY</c>).",
                    "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The SIP status, or <see langword=\"null\"/> where the table maps none.", Undefined,
                    context.Members, WriteSipStatus);
            }

            if (vocabulary.HasSide)
            {
                string side = context.Prefix + vocabulary.SideTypeName;
                ExtensionMethodWriter.WriteLookup(
                    writer, "GetSide", side, context.Type, parameter,
                    "Gets who reports <paramref name=\"" + parameter + "\"/>: Bolna itself or the telephony provider.",
                    "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The side the table gives.", Undefined,
                    context.Members, (w, m) => w.Write(side).Write(".").Write(m.Side.ToString()));
            }

            if (vocabulary.HasBolnaColumns)
            {
                WriteBolnaLookups(writer, context);
            }

            ExtensionMethodWriter.WriteIsDefined(writer, context.Type, parameter, Undefined);
            WriteMatch(writer, context);
            return ExtensionMethodWriter.EndClass(
                writer,
                "the " + vocabulary.Description + " table (" + vocabulary.FileName + ")",
                MemberIndexWriter.For(context.Members.Select(m => m.Value).ToList()),
                vocabulary.HasBolnaColumns ? w => WriteBolnaCodeLists(w, context) : null);
        }

        /// <summary>What Bolna's table (seed 004) says of each member: its description and the codes it reports under it.</summary>
        private static void WriteBolnaLookups(SourceWriter writer, VocabularyEmitContext context)
        {
            string parameter = context.Vocabulary.Parameter;
            string what = "A documented " + CSharpText.Xml(context.Vocabulary.Description) + ".";
            ExtensionMethodWriter.WriteLookup(
                writer, "GetBolnaDescription", "string", context.Type, parameter,
                "Gets how Bolna describes <paramref name=\"" + parameter + "\"/> as a <c>hangup_by</c> value.",
                what, "Bolna's description; empty where Bolna documents none.", Undefined,
                context.Members, (w, m) => w.WriteLiteral(m.BolnaDescription));
            ExtensionMethodWriter.WriteLookup(
                writer, "GetBolnaCodes", "global::System.Collections.Generic.IReadOnlyList<int>", context.Type, parameter,
                "Gets the hangup codes Bolna documents under <paramref name=\"" + parameter + "\"/> as a <c>hangup_by</c> value, in Bolna's order. They may differ from the sources Plivo documents for each cause.",
                what, "The codes, as a shared read-only list; empty where Bolna documents none.", Undefined,
                context.Members, (w, m) => w.Write("BolnaCodeLists.").Write(BolnaCodeListName(m)));
        }

        /// <summary>One shared read-only list per member, so <c>GetBolnaCodes</c> never allocates.</summary>
        private static void WriteBolnaCodeLists(SourceWriter writer, VocabularyEmitContext context)
        {
            writer.WriteLine();
            writer.OpenBlock("private static class BolnaCodeLists");
            writer.WriteLine("public static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<int> None = new global::System.Collections.ObjectModel.ReadOnlyCollection<int>(global::System.Array.Empty<int>());");
            foreach (VocabularyMemberSpec member in context.Members.Where(m => !m.BolnaCodes.IsEmpty))
            {
                HangupCausesEmitter.WriteReadOnlyList(writer, "public static readonly", "int", BolnaCodeListName(member), member.BolnaCodes.Select(CSharpText.Literal));
            }

            writer.CloseBlock();
        }

        /// <summary>The SIP status a member maps to, or <c>null</c> where the table maps none (0).</summary>
        private static void WriteSipStatus(SourceWriter writer, VocabularyMemberSpec member)
        {
            if (member.SipStatus == 0)
            {
                writer.Write("null");
            }
            else
            {
                writer.WriteInt(member.SipStatus);
            }
        }

        // A member named None takes the empty list's name; its own list gets a suffix.
        private static string BolnaCodeListName(VocabularyMemberSpec member)
            => member.BolnaCodes.IsEmpty ? "None" : member.Identifier == "None" ? "NoneCodes" : member.Identifier;

        private static void WriteMatch(SourceWriter writer, VocabularyEmitContext context)
        {
            var arms = context.Members
                .Select(m => new MatchArm(CSharpText.ParameterName(m.Identifier), context.Type, m.Identifier, "<c>", CSharpText.Xml(m.Name), "</c>"))
                .ToList();
            string subject = CSharpText.UniqueName(context.Vocabulary.Parameter, arms.Select(a => a.Parameter).ToList());
            ExtensionMethodWriter.WriteMatch(
                writer,
                "Match",
                context.Type,
                subject,
                new[]
                {
                    "Calls the function that handles <paramref name=\"" + subject + "\"/> and returns its result. There is one parameter per",
                    "row of the " + CSharpText.Xml(context.Vocabulary.Description) + " table, so a row added to the table stops every call site that does not handle it from compiling.",
                },
                "The value to match.",
                "The function for <paramref name=\"" + subject + "\"/>",
                arms);
        }
    }
}

using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits a vocabulary's extensions class (<c>CallStatusExtensions</c>, …): the spelling sent on the
    /// wire, the description, the SIP status where the table maps one, <c>IsDefined</c> and the
    /// exhaustive <c>Match</c>, all switches over constants.
    /// </summary>
    internal static class VocabularyExtensionsEmitter
    {
        private const string Undefined = "a member of the table";

        public static string FileName(Vocabulary vocabulary) => vocabulary.ExtensionsName + ".g.cs";

        public static string Emit(VocabularyEmitContext context)
        {
            Vocabulary vocabulary = context.Vocabulary;
            string parameter = vocabulary.Parameter;
            SourceWriter writer = ExtensionMethodWriter.BeginClass(context, vocabulary.ExtensionsName, context.Type, "the " + CSharpText.Xml(vocabulary.Description) + " table");

            ExtensionMethodWriter.WriteLookup(
                writer, "GetName", "string", context.Type, parameter,
                "Gets the documented spelling of <paramref name=\"" + parameter + "\"/>, as sent in <c>" + vocabulary.WireField + "</c> (for example <c>" + CSharpText.Xml(vocabulary.Example) + "</c>).",
                "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The documented spelling.", Undefined,
                context.Members.Select(m => (context.Member(m), CSharpText.Literal(m.Name))));
            ExtensionMethodWriter.WriteTryFormatName(writer, context, context.Type, parameter, Undefined);
            ExtensionMethodWriter.WriteLookup(
                writer, "GetDescription", "string", context.Type, parameter,
                "Gets the documented description of <paramref name=\"" + parameter + "\"/>.",
                "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The text from the table; empty where the table leaves it blank.", Undefined,
                context.Members.Select(m => (context.Member(m), CSharpText.Literal(m.Description))));
            if (vocabulary.HasSipStatus)
            {
                ExtensionMethodWriter.WriteLookup(
                    writer, "GetSipStatus", "int?", context.Type, parameter,
                    "Gets the SIP response status <paramref name=\"" + parameter + "\"/> maps to (for example 486 for <c>USER_BUSY</c>).",
                    "A documented " + CSharpText.Xml(vocabulary.Description) + ".", "The SIP status, or <see langword=\"null\"/> where the table maps none.", Undefined,
                    context.Members.Select(m => (context.Member(m), m.SipStatus == 0 ? "null" : CSharpText.Literal(m.SipStatus))));
            }

            ExtensionMethodWriter.WriteIsDefined(writer, context.Type, parameter, Undefined, context.Members.Select(m => m.Identifier));
            WriteMatch(writer, context);
            return ExtensionMethodWriter.EndClass(writer, context, "the " + vocabulary.Description + " table (" + vocabulary.FileName + ")");
        }

        private static void WriteMatch(SourceWriter writer, VocabularyEmitContext context)
        {
            var arms = context.Members
                .Select(m => new MatchArm(
                    CSharpText.ParameterName(m.Identifier),
                    new[] { context.Member(m) },
                    "<see cref=\"" + context.Member(m) + "\"/> (<c>" + CSharpText.Xml(m.Name) + "</c>)"))
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

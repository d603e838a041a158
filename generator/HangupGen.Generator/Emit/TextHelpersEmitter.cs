using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>HangupTextHelpers</c>: the parsing, comparison and formatting helpers every generated
    /// type calls (<see cref="TextHelpersWriter"/>), once per compilation. It is internal whatever
    /// <c>HangupGenAccessibility</c> says: it is no API.
    /// </summary>
    internal static class TextHelpersEmitter
    {
        public const string FileName = TextHelpersWriter.ClassName + ".g.cs";

        public static SourceText Emit(EmitSettings settings)
        {
            var context = new HelpersContext(settings with { Accessibility = "internal" });
            SourceWriter writer = context.BeginType(
                "static class " + TextHelpersWriter.ClassName,
                "<summary>",
                "The text helpers of the generated parsers and formatters (digits, names in any ASCII case, UTF-8), shared by",
                "every generated type. Not an API: call the generated types' own methods.",
                "</summary>");
            TextHelpersWriter.WriteAll(writer, context);
            return FileContext.EndType(writer);
        }

        /// <summary>The file belongs to every table and has no JSON converter.</summary>
        private sealed class HelpersContext : FileContext
        {
            public HelpersContext(EmitSettings settings)
                : base(settings, "its tables")
            {
            }

            protected override bool HasJsonConverter(string typeName) => false;
        }
    }
}

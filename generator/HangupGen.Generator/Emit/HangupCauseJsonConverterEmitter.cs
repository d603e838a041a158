using HangupGen.Contract;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>HangupCauseJsonConverter</c>: a hangup cause read from the code (a JSON number or the
    /// numeric string Plivo sends in <c>HangupCauseCode</c>) or a name, and written as the code.
    /// </summary>
    internal static class HangupCauseJsonConverterEmitter
    {
        public static string FileName => JsonConverterWriter.FileName(GeneratedTypeNames.HangupCause);

        public static SourceText Emit(EmitContext context)
            => JsonConverterWriter.Emit(context, new JsonConverterShape(
                GeneratedTypeNames.HangupCause,
                context.Cause,
                context.CauseExtensions,
                "hangup cause",
                new[]
                {
                    "Reads a <see cref=\"" + context.Cause + "\"/> from its code, as a JSON number (<c>3010</c>) or as the numeric string Plivo",
                    "sends in <c>HangupCauseCode</c> (<c>\"3010\"</c>), or from a documented name, identifier or alias in any case, as sent in",
                    "<c>HangupCauseName</c> (<c>\"Busy Line\"</c>). Writes the code as a JSON number, as Plivo does. A code the hangup table does",
                    "not document is rejected: the enum cannot keep it.",
                },
                context.Causes + ".TryParseUtf8",
                NameLookupWriter.AnyKeyContains(HangupCausesEmitter.NameKeys(context), '\\'),
                new[] { context.Causes + ".TryParseCode", context.Causes + ".TryParse" },
                "a documented hangup code or the name of a documented hangup cause",
                context.Causes + ".TryFromCode",
                value => "writer.WriteNumberValue((int)" + value + ")",
                value => "((int)" + value + ").ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
                "the code in decimal digits"));
    }
}

using Microsoft.CodeAnalysis;

namespace HangupGen.Contract
{
    /// <summary>
    /// How a generated type is marked and recognized: <c>[GeneratedCode("HangupGen", version)]</c>.
    /// The analyzers only trust types that carry it, so a user's own <c>HangupCause</c> is never read
    /// as the table.
    /// </summary>
    internal static class GeneratedCodeMarker
    {
        /// <summary>The tool name in <c>[GeneratedCode]</c>.</summary>
        public const string ToolName = "HangupGen";

        /// <summary>The attribute every generated type carries, by metadata name.</summary>
        public const string AttributeMetadataName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        /// <summary>Whether <paramref name="type"/> carries HangupGen's <c>[GeneratedCode]</c>.</summary>
        public static bool IsGenerated(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value as string == ToolName
                    && attribute.AttributeClass?.ToDisplayString() == AttributeMetadataName)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

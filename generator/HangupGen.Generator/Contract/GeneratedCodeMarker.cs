using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        /// <summary>How the generator writes the attribute's name: from <c>global::</c>, which no alias or <c>using</c> redirects.</summary>
        public const string WrittenAttributeName = "global::System.CodeDom.Compiler.GeneratedCode";

        /// <summary>Whether <paramref name="type"/> carries HangupGen's <c>[GeneratedCode]</c>.</summary>
        public static bool IsGenerated(INamedTypeSymbol type)
        {
            // A source type is recognized by the attribute as the generator writes it, without binding
            // the type's attributes: that binding was a third of the analyzers' per-compilation setup
            // (docs/analyzer-profile.md, finding 7). Anything else (a type from a reference, the
            // attribute spelled otherwise) is decided by the bound attributes.
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is MemberDeclarationSyntax declaration && IsWrittenMarker(declaration))
                {
                    return true;
                }
            }

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

        private static bool IsWrittenMarker(MemberDeclarationSyntax declaration)
        {
            foreach (AttributeListSyntax list in declaration.AttributeLists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (attribute.ArgumentList is { Arguments.Count: > 0 } arguments
                        && arguments.Arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: ToolName }
                        && attribute.Name.ToString() == WrittenAttributeName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// The value of a constant of the generated types, as the table is read at the start of every
    /// compilation. The generator writes each constant as one literal of the constant's own type
    /// (<c>BusyLine = 3010</c>, <c>BusyLine = "Busy Line"</c>); read from that literal, the value needs
    /// no binding, which was most of the rest of the per-compilation setup (docs/analyzer-profile.md,
    /// finding 7). Any other constant (from a reference, an expression, another type) is bound.
    /// </summary>
    internal static class GeneratedConstant
    {
        /// <summary>The value of <paramref name="field"/>, or null when it is not a constant.</summary>
        public static object? ValueOf(IFieldSymbol field)
        {
            if (!field.IsConst)
            {
                return null;
            }

            if (field.DeclaringSyntaxReferences.Length == 1
                && LiteralOf(field.DeclaringSyntaxReferences[0].GetSyntax()) is LiteralExpressionSyntax literal
                && IsOfType(literal.Token.Value, field.Type))
            {
                return literal.Token.Value;
            }

            return field.HasConstantValue ? field.ConstantValue : null;
        }

        /// <summary>The constants of <paramref name="type"/> (an enum's members included), each with its value, in declaration order.</summary>
        public static IEnumerable<(IFieldSymbol Field, object Value)> Of(INamedTypeSymbol type)
        {
            foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (ValueOf(field) is object value)
                {
                    yield return (field, value);
                }
            }
        }

        private static LiteralExpressionSyntax? LiteralOf(SyntaxNode declaration) => declaration switch
        {
            VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } => literal,
            EnumMemberDeclarationSyntax { EqualsValue.Value: LiteralExpressionSyntax literal } => literal,
            _ => null,
        };

        /// <summary>Whether the literal's value is what the constant holds: a string, or an int of an int constant or int-based enum.</summary>
        private static bool IsOfType(object? value, ITypeSymbol type)
        {
            SpecialType special = type is INamedTypeSymbol { EnumUnderlyingType: INamedTypeSymbol underlying } ? underlying.SpecialType : type.SpecialType;
            return value switch
            {
                string => special == SpecialType.System_String,
                int => special == SpecialType.System_Int32,
                _ => false,
            };
        }
    }
}

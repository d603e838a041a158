using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

        /// <summary>
        /// The constants of <paramref name="type"/> by name and value, in declaration order, without
        /// making a symbol for any member when the type is declared once in source with every constant
        /// written as one literal of its type, as the generator writes them: the table is read for every
        /// new compilation (every edit in an IDE makes one), and making several hundred member symbols
        /// each time doubled the gen-2 collections of an edit (docs/analyzer-profile.md, finding 12).
        /// Any other type is read through its symbols (<see cref="Of"/>); <see cref="FieldOf"/> finds a
        /// member's symbol when a rule needs it.
        /// </summary>
        public static IReadOnlyList<(string Name, object Value)> Read(INamedTypeSymbol type)
            => ReadDeclaration(type) ?? Of(type).Select(c => (c.Field.Name, c.Value)).ToList();

        /// <summary>The field of <paramref name="type"/> named <paramref name="name"/>, if any.</summary>
        public static IFieldSymbol? FieldOf(INamedTypeSymbol type, string name)
            => type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault();

        /// <summary>
        /// The value of the constant <paramref name="name"/> of <paramref name="type"/>, read from its
        /// declaration when that is one literal of its type, without making the type's member symbols;
        /// otherwise bound. Null when the type has no such constant.
        /// </summary>
        public static object? ValueOf(INamedTypeSymbol type, string name)
        {
            if (SingleDeclaration(type) is TypeDeclarationSyntax declaration)
            {
                foreach ((string Name, object? Value) constant in DeclaredConstants(declaration))
                {
                    if (constant.Name == name && constant.Value is not null)
                    {
                        return constant.Value;
                    }
                }
            }

            return FieldOf(type, name) is IFieldSymbol field ? ValueOf(field) : null;
        }

        /// <summary>The constants as <see cref="Read"/> gives them, from the one declaration's syntax; null when any is not a literal of its own type.</summary>
        internal static List<(string Name, object Value)>? ReadDeclaration(INamedTypeSymbol type)
        {
            var constants = new List<(string Name, object Value)>();
            switch (SingleDeclaration(type))
            {
                case EnumDeclarationSyntax enumDeclaration:
                    SpecialType underlying = type.EnumUnderlyingType?.SpecialType ?? SpecialType.None;
                    foreach (EnumMemberDeclarationSyntax member in enumDeclaration.Members)
                    {
                        if (LiteralOf(member) is not LiteralExpressionSyntax literal || !IsOfType(literal.Token.Value, underlying))
                        {
                            return null;
                        }

                        constants.Add((member.Identifier.ValueText, literal.Token.Value!));
                    }

                    return constants;
                case TypeDeclarationSyntax typeDeclaration:
                    foreach ((string name, object? value) in DeclaredConstants(typeDeclaration))
                    {
                        if (value is null)
                        {
                            return null;
                        }

                        constants.Add((name, value));
                    }

                    return constants;
                default:
                    return null;
            }
        }

        private static SyntaxNode? SingleDeclaration(INamedTypeSymbol type)
            => type.DeclaringSyntaxReferences.Length == 1 ? type.DeclaringSyntaxReferences[0].GetSyntax() : null;

        /// <summary>
        /// The constants a class or struct declares, in order, each with its value when it is one literal
        /// of its declared <c>string</c> or <c>int</c> type, null otherwise (it must be bound). Methods,
        /// nested types and static readonly fields are not constants (<see cref="ValueOf(IFieldSymbol)"/> skips them too).
        /// </summary>
        private static IEnumerable<(string Name, object? Value)> DeclaredConstants(TypeDeclarationSyntax declaration)
        {
            foreach (MemberDeclarationSyntax member in declaration.Members)
            {
                if (member is not FieldDeclarationSyntax field || !field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    continue;
                }

                SpecialType declared = field.Declaration.Type is PredefinedTypeSyntax predefined ? SpecialTypeOf(predefined.Keyword.Kind()) : SpecialType.None;
                foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                {
                    yield return (variable.Identifier.ValueText,
                        LiteralOf(variable) is LiteralExpressionSyntax literal && IsOfType(literal.Token.Value, declared) ? literal.Token.Value : null);
                }
            }
        }

        private static SpecialType SpecialTypeOf(SyntaxKind keyword) => keyword switch
        {
            SyntaxKind.StringKeyword => SpecialType.System_String,
            SyntaxKind.IntKeyword => SpecialType.System_Int32,
            _ => SpecialType.None,
        };

        private static LiteralExpressionSyntax? LiteralOf(SyntaxNode declaration) => declaration switch
        {
            VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } => literal,
            EnumMemberDeclarationSyntax { EqualsValue.Value: LiteralExpressionSyntax literal } => literal,
            _ => null,
        };

        /// <summary>Whether the literal's value is what the constant holds: a string, or an int of an int constant or int-based enum.</summary>
        private static bool IsOfType(object? value, ITypeSymbol type)
            => IsOfType(value, type is INamedTypeSymbol { EnumUnderlyingType: INamedTypeSymbol underlying } ? underlying.SpecialType : type.SpecialType);

        /// <summary>Whether the literal's value is a value of <paramref name="special"/>: a string, or an int.</summary>
        private static bool IsOfType(object? value, SpecialType special) => value switch
        {
            string => special == SpecialType.System_String,
            int => special == SpecialType.System_Int32,
            _ => false,
        };
    }
}

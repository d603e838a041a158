using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// How a comparison of a numeric string is written, where a parse of the compared value and a
    /// comparison of causes gives the same answer for every value:
    /// <c>HangupCauses.TryParseCode(x, out var hangupCause) &amp;&amp; hangupCause == HangupCause.BusyLine</c>
    /// (<c>TryParseCode</c> accepts exactly one spelling per code, the one the literal has). Kept as a
    /// shape, so that the rewrite is built from the comparison as it is when the editor reaches it.
    /// </summary>
    internal sealed class StringComparisonShape
    {
        private const string CauseVariable = "hangupCause";
        private const string ValueVariable = "hangupCode";
        private const string ValuesVariable = "hangupCodes";

        private readonly bool _negated;
        private readonly SingleValue _singleValue;
        private readonly Func<ExpressionSyntax, ExpressionSyntax?> _other;

        private StringComparisonShape(bool negated, SingleValue singleValue, Func<ExpressionSyntax, ExpressionSyntax?> other)
        {
            _negated = negated;
            _singleValue = singleValue;
            _other = other;
        }

        /// <summary>How the compared value is made a single string first, when it is a <c>StringValues</c>.</summary>
        private enum SingleValue
        {
            /// <summary>The compared value is a string: it is parsed as it is.</summary>
            None,

            /// <summary><c>x is [var hangupCode]</c> (C# 11 and later).</summary>
            ListPattern,

            /// <summary><c>x is { Count: 1 } hangupCodes</c>, then <c>hangupCodes[0]</c> (C# 8 to 10).</summary>
            CountPattern,
        }

        /// <summary>The names of the variables the rewrite declares, the parsed cause first.</summary>
        public string[] VariableBaseNames => _singleValue switch
        {
            SingleValue.ListPattern => new[] { CauseVariable, ValueVariable },
            SingleValue.CountPattern => new[] { CauseVariable, ValuesVariable },
            _ => new[] { CauseVariable },
        };

        /// <summary>The shape of the comparison <paramref name="operation"/> of <paramref name="literal"/>, or null where a parse would not give the same answer.</summary>
        public static StringComparisonShape? Of(IOperation operation, LiteralExpressionSyntax literal, SemanticModel model)
        {
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary when binary.Syntax is BinaryExpressionSyntax:
                    bool literalOnLeft = binary.LeftOperand.Syntax == literal;
                    SingleValue singleValue;
                    if (IsString(binary.LeftOperand) && IsString(binary.RightOperand))
                    {
                        singleValue = SingleValue.None;
                    }
                    else if (StringValuesSingleValue(binary, literalOnLeft, ((CSharpParseOptions)literal.SyntaxTree.Options).LanguageVersion) is SingleValue single)
                    {
                        singleValue = single;
                    }
                    else
                    {
                        return null;
                    }

                    return new StringComparisonShape(
                        binary.OperatorKind == BinaryOperatorKind.NotEquals,
                        singleValue,
                        node => node is BinaryExpressionSyntax b ? (literalOnLeft ? b.Right : b.Left) : null);
                case IInvocationOperation invocation when invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax or IdentifierNameSyntax }:
                    return OfEquals(invocation, literal, model);
                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>form["HangupCauseCode"] == "3010"</c> on an ASP.NET Core form, query or header: the
        /// operator <c>==(StringValues, string)</c> (or its mirror, or <c>!=</c>) of
        /// <c>Microsoft.Extensions.Primitives</c>, true exactly when the <c>StringValues</c> holds one
        /// value, equal to the string. Its conversion to string does not agree: it joins several values
        /// with commas and skips the null and empty ones, so <c>["", "3010"]</c> converts to
        /// <c>"3010"</c> and would parse as a code that <c>==</c> says is not there. The rewrite
        /// therefore takes the one value with a pattern, which needs C# 8.
        /// </summary>
        private static SingleValue? StringValuesSingleValue(IBinaryOperation binary, bool literalOnLeft, LanguageVersion languageVersion)
        {
            IOperation values = literalOnLeft ? binary.RightOperand : binary.LeftOperand;
            if (binary.OperatorMethod is not { MethodKind: MethodKind.UserDefinedOperator, Parameters.Length: 2 } @operator
                || !IsStringValues(@operator.ContainingType)
                || !IsStringValues(values.Type)
                || @operator.Parameters[literalOnLeft ? 0 : 1].Type.SpecialType != SpecialType.System_String
                || !IsStringValues(@operator.Parameters[literalOnLeft ? 1 : 0].Type)
                || !HasCountAndIndexer(values.Type!))
            {
                return null;
            }

            return languageVersion >= LanguageVersion.CSharp11 ? SingleValue.ListPattern
                : languageVersion >= LanguageVersion.CSharp8 ? SingleValue.CountPattern
                : null;
        }

        private static bool IsStringValues(ITypeSymbol? type)
            => type is INamedTypeSymbol
            {
                Name: "StringValues",
                TypeKind: TypeKind.Struct,
                ContainingNamespace: { Name: "Primitives", ContainingNamespace: { Name: "Extensions", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } },
            };

        /// <summary><c>int Count</c> and <c>string this[int]</c>, which the patterns of the rewrite read.</summary>
        private static bool HasCountAndIndexer(ITypeSymbol type)
            => type.GetMembers("Count").OfType<IPropertySymbol>().Any(p =>
                    !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && p.Type.SpecialType == SpecialType.System_Int32)
                && type.GetMembers(WellKnownMemberNames.Indexer).OfType<IPropertySymbol>().Any(p =>
                    p.DeclaredAccessibility == Accessibility.Public
                    && p.GetMethod is not null
                    && p.Parameters.Length == 1
                    && p.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                    && p.Type.SpecialType == SpecialType.System_String);

        private static StringComparisonShape? OfEquals(IInvocationOperation invocation, LiteralExpressionSyntax literal, SemanticModel model)
        {
            IMethodSymbol method = invocation.TargetMethod;
            ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
            if (method.Name != "Equals" || !IsOrdinal(arguments, method))
            {
                return null;
            }

            int literalIndex = -1;
            for (int i = 0; i < arguments.Length; i++)
            {
                if (Unwrap(arguments[i].Value).Syntax == literal)
                {
                    literalIndex = i;
                }
            }

            if (invocation.Instance is null)
            {
                // string.Equals(x, "3010"[, Ordinal]) and object.Equals(x, "3010") with a string x.
                bool known = method.ContainingType.SpecialType is SpecialType.System_String or SpecialType.System_Object;
                if (!known || literalIndex is not (0 or 1) || arguments.Length < 2 || !IsString(arguments[1 - literalIndex].Value))
                {
                    return null;
                }

                int otherIndex = 1 - literalIndex;
                return new StringComparisonShape(false, SingleValue.None, node => ArgumentOf(node, otherIndex));
            }

            if (method.ContainingType.SpecialType != SpecialType.System_String || !IsString(invocation.Instance) || arguments.Length == 0)
            {
                return null;
            }

            if (Unwrap(invocation.Instance).Syntax == literal)
            {
                // "3010".Equals(x): null-safe like the parse.
                return IsString(arguments[0].Value) ? new StringComparisonShape(false, SingleValue.None, node => ArgumentOf(node, 0)) : null;
            }

            // x.Equals("3010") throws on a null x; the parse would not, so x must be known not null.
            return literalIndex == 0
                && model.GetTypeInfo(invocation.Instance.Syntax).Nullability.FlowState == NullableFlowState.NotNull
                ? new StringComparisonShape(false, SingleValue.None, node => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null)
                : null;
        }

        /// <summary>No <c>StringComparison</c> argument, or an ordinal one: digits compare the same either way.</summary>
        private static bool IsOrdinal(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Type is { Name: "StringComparison", ContainingNamespace.Name: "System" })
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: int value }
                        && (value == (int)System.StringComparison.Ordinal || value == (int)System.StringComparison.OrdinalIgnoreCase);
                }
            }

            return method.Parameters.Length <= 2;
        }

        private static ExpressionSyntax? ArgumentOf(ExpressionSyntax node, int index)
            => node is InvocationExpressionSyntax invocation && invocation.ArgumentList.Arguments.Count > index
                ? invocation.ArgumentList.Arguments[index].Expression
                : null;

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool IsString(IOperation operation) => Unwrap(operation).Type?.SpecialType == SpecialType.System_String;

        /// <summary>
        /// The comparison <paramref name="current"/> rewritten: the compared value parsed into the
        /// first of <paramref name="variables"/>, compared with <paramref name="cause"/>; a
        /// <c>StringValues</c> is first made its one value (the second variable).
        /// </summary>
        public ExpressionSyntax Rewrite(HangupTable table, HangupCauseInfo cause, IReadOnlyList<string> variables, ExpressionSyntax current)
        {
            ExpressionSyntax other = _other(current)?.WithoutTrivia() ?? throw new InvalidOperationException("The comparison changed shape.");
            string causeVariable = variables[0];
            var conjuncts = new List<ExpressionSyntax>();
            ExpressionSyntax parsed = other;
            switch (_singleValue)
            {
                case SingleValue.ListPattern:
                    // x is [var hangupCode]; negated, x is not [var hangupCode]
                    PatternSyntax single = SyntaxFactory.ListPattern(SyntaxFactory.SingletonSeparatedList<PatternSyntax>(
                        SyntaxFactory.VarPattern(SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(variables[1])))));
                    conjuncts.Add(SyntaxFactory.IsPatternExpression(Subject(other), _negated ? SyntaxFactory.UnaryPattern(SyntaxFactory.Token(SyntaxKind.NotKeyword), single) : single));
                    parsed = SyntaxFactory.IdentifierName(variables[1]);
                    break;
                case SingleValue.CountPattern:
                    // x is { Count: 1 } hangupCodes; negated, !(x is { Count: 1 } hangupCodes)
                    ExpressionSyntax hasOne = SyntaxFactory.IsPatternExpression(
                        Subject(other),
                        SyntaxFactory.RecursivePattern(
                            null,
                            null,
                            SyntaxFactory.PropertyPatternClause(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Subpattern(
                                SyntaxFactory.NameColon("Count"),
                                SyntaxFactory.ConstantPattern(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1)))))),
                            SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(variables[1]))));
                    conjuncts.Add(_negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, SyntaxFactory.ParenthesizedExpression(hasOne)) : hasOne);
                    parsed = SyntaxFactory.ElementAccessExpression(
                        SyntaxFactory.IdentifierName(variables[1]),
                        SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))))));
                    break;
            }

            InvocationExpressionSyntax parse = SyntaxFactory.InvocationExpression(
                HangupCodeRewriter.MemberExpression(table.CausesType!, "TryParseCode"),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(parsed),
                    SyntaxFactory.Argument(SyntaxFactory.DeclarationExpression(
                            SyntaxFactory.IdentifierName("var"),
                            SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(causeVariable))))
                        .WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.OutKeyword)),
                })));
            conjuncts.Add(_negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, parse) : parse);
            conjuncts.Add(SyntaxFactory.BinaryExpression(
                _negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                SyntaxFactory.IdentifierName(causeVariable),
                HangupCodeRewriter.MemberExpression(table.CauseType, cause.Identifier)));

            // x == "3010" is A && B && C; x != "3010" is its negation, !A || !B || !C.
            SyntaxKind join = _negated ? SyntaxKind.LogicalOrExpression : SyntaxKind.LogicalAndExpression;
            ExpressionSyntax combined = conjuncts.Aggregate((left, right) => SyntaxFactory.BinaryExpression(join, left, right));
            return SyntaxFactory.ParenthesizedExpression(combined).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary>The value an <c>is</c> pattern tests, parenthesized unless it binds tighter than <c>is</c>.</summary>
        private static ExpressionSyntax Subject(ExpressionSyntax value)
            => value is IdentifierNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax
                ? value
                : SyntaxFactory.ParenthesizedExpression(value);
    }
}

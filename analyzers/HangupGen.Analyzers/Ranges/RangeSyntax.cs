using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// The shapes of HG0004's ranges, read from the syntax alone: a node that fails these can hold
    /// no range, and its operation is never asked for. Each test is the syntactic image of what
    /// <see cref="RangeOperations"/>, <see cref="DivisionRange"/>, <see cref="PrefixRange"/> and
    /// <see cref="EnumerableRange"/> require of the operations (parentheses, <c>checked(…)</c> and
    /// <c>x!</c> have no operation of their own, so they are looked through).
    /// </summary>
    internal static class RangeSyntax
    {
        /// <summary><c>x &gt;= 3000 &amp;&amp; x &lt; 4000</c>, or the last two conjuncts of a longer chain: both ordering comparisons.</summary>
        public static bool MayBeConjunction(BinaryExpressionSyntax and)
        {
            ExpressionSyntax left = Strip(and.Left);
            ExpressionSyntax previous = left.IsKind(SyntaxKind.LogicalAndExpression) ? Strip(((BinaryExpressionSyntax)left).Right) : left;
            return IsOrdering(previous) && IsOrdering(Strip(and.Right));
        }

        /// <summary><c>code / 1000 == 3</c> or <c>text[0] == '3'</c>: one side a division or an element access.</summary>
        public static bool MayBeRangeEquality(BinaryExpressionSyntax equality)
            => IsQuotientOrFirstCharacter(Strip(equality.Left)) || IsQuotientOrFirstCharacter(Strip(equality.Right));

        /// <summary><c>&gt;= 3000 and &lt;= 3050</c>, or the last two of a longer <c>and</c>: both relational patterns.</summary>
        public static bool MayBePatternConjunction(BinaryPatternSyntax and)
        {
            PatternSyntax left = Strip(and.Left);
            PatternSyntax previous = left is BinaryPatternSyntax { RawKind: (int)SyntaxKind.AndPattern } chain ? Strip(chain.Right) : left;
            return previous is RelationalPatternSyntax && Strip(and.Right) is RelationalPatternSyntax;
        }

        /// <summary><c>….StartsWith(…)</c> (a prefix of the code's text) or <c>….Contains(…)</c> (<c>Enumerable.Range(…).Contains(code)</c>).</summary>
        public static bool MayBeRangeCall(InvocationExpressionSyntax invocation)
        {
            string? name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            return name is "StartsWith" or "Contains";
        }

        /// <summary>Whether the value an <c>is</c>, a switch expression or a switch statement matches is a division (<c>code / 1000 is 3</c>, <c>switch (code / 1000)</c>).</summary>
        public static bool MatchesQuotient(SyntaxNode node)
        {
            ExpressionSyntax? matched = node switch
            {
                IsPatternExpressionSyntax isPattern => isPattern.Expression,
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression } isType => isType.Left,
                SwitchExpressionSyntax switchExpression => switchExpression.GoverningExpression,
                SwitchStatementSyntax switchStatement => switchStatement.Expression,
                _ => null,
            };
            return matched is not null && Strip(matched).IsKind(SyntaxKind.DivideExpression);
        }

        private static bool IsOrdering(ExpressionSyntax expression)
            => expression.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
                or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression;

        private static bool IsQuotientOrFirstCharacter(ExpressionSyntax expression)
            => expression.Kind() is SyntaxKind.DivideExpression or SyntaxKind.ElementAccessExpression;

        private static ExpressionSyntax Strip(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case CheckedExpressionSyntax @checked:
                        expression = @checked.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                        expression = suppressed.Operand;
                        continue;
                    default:
                        return expression;
                }
            }
        }

        private static PatternSyntax Strip(PatternSyntax pattern)
        {
            while (pattern is ParenthesizedPatternSyntax parenthesized)
            {
                pattern = parenthesized.Pattern;
            }

            return pattern;
        }
    }
}

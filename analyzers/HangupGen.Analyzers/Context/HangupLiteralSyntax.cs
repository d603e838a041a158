using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// The syntactic half of <see cref="HangupLiteralContext"/>: whether a literal stands where that
    /// walk can find a context at all. Most literals in a program are an operand of arithmetic or of
    /// an ordering comparison (<c>i &lt; 10</c>, <c>count + 1</c>, <c>x &gt;= 3000</c>), which the walk
    /// never places (bounds are HG0004's), so they are dismissed from the syntax alone, before the
    /// member is bound.
    /// </summary>
    internal static class HangupLiteralSyntax
    {
        /// <summary>
        /// False when <paramref name="literal"/> is certainly in no context of
        /// <see cref="HangupLiteralContext.Find"/>: the first enclosing expression that the walk
        /// does not pass through is arithmetic, a logical or ordering operator, a compound
        /// assignment, a unary operator, a range or an array size, where the walk stops with no
        /// context. True otherwise (the walk decides).
        /// </summary>
        public static bool MayHaveContext(LiteralExpressionSyntax literal)
        {
            SyntaxNode node = literal;
            while (node.Parent is SyntaxNode parent)
            {
                switch (parent)
                {
                    // What the walk passes through: parentheses, checked(…) and x! (no operation of their
                    // own), ?: and ??. Not a cast: a cast to HangupCause is itself a context.
                    case ParenthesizedExpressionSyntax:
                    case CheckedExpressionSyntax:
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                    case ConditionalExpressionSyntax:
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }:
                        node = parent;
                        continue;
                    case BinaryExpressionSyntax binary:
                        // == and != compare; as and is may convert: the walk decides.
                        return binary.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.AsExpression or SyntaxKind.IsExpression;
                    case AssignmentExpressionSyntax assignment:
                        return assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
                    case PrefixUnaryExpressionSyntax:
                    case PostfixUnaryExpressionSyntax:
                    case RangeExpressionSyntax:
                    case ArrayRankSpecifierSyntax:
                        return false;
                    default:
                        return true;
                }
            }

            return true;
        }
    }
}

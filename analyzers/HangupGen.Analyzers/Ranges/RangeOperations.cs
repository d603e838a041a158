using System.Linq;
using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// Reads ranges out of operations: the bound a comparison or relational pattern with a constant
    /// sets, whether both sides of an <c>&amp;&amp;</c> read the same value, and what value a pattern matches.
    /// </summary>
    internal static class RangeOperations
    {
        /// <summary>A relational comparison with a constant integer on one side: the bound it sets on the other side.</summary>
        public static bool TryGetBound(IBinaryOperation comparison, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IOperation? operand, out Bound bound)
        {
            operand = null;
            bound = default;
            IOperation left = Constant(comparison.LeftOperand);
            IOperation right = Constant(comparison.RightOperand);
            bool onLeft = OperationConstants.HasValue(right);
            if (OperationConstants.HasValue(left) == onLeft)
            {
                return false;
            }

            operand = onLeft ? comparison.LeftOperand : comparison.RightOperand;
            return TryGetBound(comparison.OperatorKind, onLeft ? right : left, onLeft, out bound);
        }

        /// <summary>The constant under the implicit conversion a lifted comparison adds (<c>code &gt;= 3000</c> with an <c>int?</c> code).</summary>
        public static IOperation Constant(IOperation operation)
        {
            while (!OperationConstants.HasValue(operation) && operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operation under the implicit conversions the compiler adds (<c>short</c> to <c>int</c>, a constant <c>'3'</c> to <c>int</c>).</summary>
        public static IOperation WithoutImplicitConversions(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary><c>x &gt;= c</c> is the inclusive lower bound c, <c>x &gt; c</c> is c + 1; <c>c &lt;= x</c> reads as <c>x &gt;= c</c>.</summary>
        public static bool TryGetBound(BinaryOperatorKind kind, IOperation constant, bool operandOnLeft, out Bound bound)
        {
            bound = default;
            if (!OperationConstants.TryGetInteger(constant, out long value))
            {
                return false;
            }

            if (!operandOnLeft)
            {
                kind = kind switch
                {
                    BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                    BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
                    BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                    BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                    _ => kind,
                };
            }

            switch (kind)
            {
                case BinaryOperatorKind.GreaterThanOrEqual:
                    bound = new Bound(value, IsLower: true);
                    return true;
                case BinaryOperatorKind.GreaterThan when value < long.MaxValue:
                    bound = new Bound(value + 1, IsLower: true);
                    return true;
                case BinaryOperatorKind.LessThanOrEqual:
                    bound = new Bound(value, IsLower: false);
                    return true;
                case BinaryOperatorKind.LessThan when value > long.MinValue:
                    bound = new Bound(value - 1, IsLower: false);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether both sides of an <c>&amp;&amp;</c> read the same value when they read this expression: locals,
        /// parameters, fields, properties and indexers with stable arguments. A call could answer
        /// differently each time, so <c>Next() &gt;= 3000 &amp;&amp; Next() &lt;= 3050</c> is no range.
        /// </summary>
        public static bool IsStable(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return false;
                case { ConstantValue.HasValue: true }:
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IInstanceReferenceOperation:
                case IConditionalAccessInstanceOperation:
                    return true;
                case IConversionOperation conversion:
                    return conversion.OperatorMethod is null && IsStable(conversion.Operand);
                case IFieldReferenceOperation field:
                    return field.Instance is null || IsStable(field.Instance);
                case IPropertyReferenceOperation property:
                    return (property.Instance is null || IsStable(property.Instance)) && property.Arguments.All(a => IsStable(a.Value));
                case IArrayElementReferenceOperation element:
                    return IsStable(element.ArrayReference) && element.Indices.All(IsStable);
                case IConditionalAccessOperation access:
                    return IsStable(access.Operation) && IsStable(access.WhenNotNull);
                default:
                    return false;
            }
        }

        /// <summary>The value a pattern matches: of an <c>is</c>, a switch expression or statement, or a property pattern.</summary>
        public static IOperation? MatchedValue(IPatternOperation pattern, out IIsPatternOperation? wholeIsPattern, out bool negated)
        {
            wholeIsPattern = pattern.Parent as IIsPatternOperation;
            negated = false;
            if (pattern.Parent is INegatedPatternOperation { Parent: IIsPatternOperation negatedIsPattern })
            {
                wholeIsPattern = negatedIsPattern;
                negated = true;
            }

            if (wholeIsPattern is not null)
            {
                return wholeIsPattern.Value;
            }

            IOperation root = pattern;
            while (root.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                root = root.Parent;
            }

            return root.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation @switch } => @switch.Value,
                IPropertySubpatternOperation subpattern => subpattern.Member,
                _ => null,
            };
        }


        /// <summary>The node with the parentheses around it: where a span that starts or ends at it starts or ends.</summary>
        public static SyntaxNode WithEnclosingParentheses(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax or ParenthesizedPatternSyntax)
            {
                node = node.Parent;
            }

            return node;
        }
    }
}

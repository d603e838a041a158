using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Switches
{
    /// <summary>
    /// Evaluates a case pattern against one value of the table: constant, relational,
    /// <c>and</c>/<c>or</c>/<c>not</c> patterns, and the catch-alls. What cannot be told from constants
    /// (a property pattern with subpatterns) is <see cref="PatternMatch.Unknown"/>, never a match.
    /// </summary>
    internal static class SwitchPatternEvaluator
    {
        /// <summary>Whether <paramref name="pattern"/> matches <paramref name="value"/>; Unknown when it cannot be told.</summary>
        public static PatternMatch Evaluate(IPatternOperation pattern, long value)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    return Equal(constant.Value, value);
                case IRelationalPatternOperation relational:
                    return Integers.TryGetInt64(ConstantOf(relational.Value).Value, out long bound) ? Compare(relational.OperatorKind, value, bound) : PatternMatch.Unknown;
                case IDiscardPatternOperation:
                case IDeclarationPatternOperation:
                case ITypePatternOperation:
                    return PatternMatch.Yes;
                case IRecursivePatternOperation recursive:
                    return IsEmpty(recursive) ? PatternMatch.Yes : PatternMatch.Unknown;
                case INegatedPatternOperation negated:
                    return Evaluate(negated.Pattern, value) switch
                    {
                        PatternMatch.Yes => PatternMatch.No,
                        PatternMatch.No => PatternMatch.Yes,
                        _ => PatternMatch.Unknown,
                    };
                case IBinaryPatternOperation binary:
                    PatternMatch left = Evaluate(binary.LeftPattern, value);
                    PatternMatch right = Evaluate(binary.RightPattern, value);
                    if (binary.OperatorKind == BinaryOperatorKind.Or)
                    {
                        return left == PatternMatch.Yes || right == PatternMatch.Yes ? PatternMatch.Yes
                            : left == PatternMatch.No && right == PatternMatch.No ? PatternMatch.No
                            : PatternMatch.Unknown;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.And)
                    {
                        return left == PatternMatch.No || right == PatternMatch.No ? PatternMatch.No
                            : left == PatternMatch.Yes && right == PatternMatch.Yes ? PatternMatch.Yes
                            : PatternMatch.Unknown;
                    }

                    return PatternMatch.Unknown;
                default:
                    return PatternMatch.Unknown;
            }
        }

        public static bool IsEmpty(IRecursivePatternOperation recursive)
            => recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty;

        /// <summary>The constant of <paramref name="operation"/>, looking through conversions that have none (to a nullable type).</summary>
        public static Optional<object?> ConstantOf(IOperation operation)
        {
            while (!operation.ConstantValue.HasValue && operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation.ConstantValue;
        }

        public static PatternMatch Equal(IOperation constant, long value)
        {
            Optional<object?> constantValue = ConstantOf(constant);
            if (!constantValue.HasValue)
            {
                return PatternMatch.Unknown;
            }

            return Integers.TryGetInt64(constantValue.Value, out long other) && other == value ? PatternMatch.Yes : PatternMatch.No;
        }

        private static PatternMatch Compare(BinaryOperatorKind kind, long value, long bound)
        {
            bool result;
            switch (kind)
            {
                case BinaryOperatorKind.LessThan:
                    result = value < bound;
                    break;
                case BinaryOperatorKind.LessThanOrEqual:
                    result = value <= bound;
                    break;
                case BinaryOperatorKind.GreaterThan:
                    result = value > bound;
                    break;
                case BinaryOperatorKind.GreaterThanOrEqual:
                    result = value >= bound;
                    break;
                default:
                    return PatternMatch.Unknown;
            }

            return result ? PatternMatch.Yes : PatternMatch.No;
        }
    }

    /// <summary>The answer of <see cref="SwitchPatternEvaluator.Evaluate"/>.</summary>
    internal enum PatternMatch
    {
        No,
        Yes,
        Unknown,
    }
}

using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// Integer division by a constant compared with a constant: <c>code / 1000 == 3</c> is 3000-3999,
    /// <c>code / 100 is 30</c> is 3000-3099. Only a quotient of 1 or more is read: <c>code / 1000 == 0</c>
    /// also accepts -999 to -1, which is no range anyone means. <c>code / 1000.0</c> is not integer division.
    /// </summary>
    internal static class DivisionRange
    {
        /// <summary><c>code / d == q</c> or <c>q == code / d</c>; with <c>!=</c>, negated.</summary>
        public static bool TryRead(IBinaryOperation equality, out OperandRange result)
        {
            result = default;
            if (equality.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return false;
            }

            bool negated = equality.OperatorKind == BinaryOperatorKind.NotEquals;
            if (TryRead(equality.LeftOperand, equality.RightOperand, out IOperation? code, out CodeRange range)
                || TryRead(equality.RightOperand, equality.LeftOperand, out code, out range))
            {
                result = new OperandRange(code, range, negated);
                return true;
            }

            return false;
        }

        /// <summary><paramref name="quotient"/> is <c>code / d</c> and <paramref name="constant"/> the quotient it is compared with (also the value of a pattern or <c>case</c>).</summary>
        public static bool TryRead(IOperation quotient, IOperation constant, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IOperation? code, out CodeRange range)
        {
            code = null;
            range = default;
            if (RangeOperations.WithoutImplicitConversions(quotient) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null } division
                || !Integers.IsIntegral(Integers.WithoutNullable(division.Type))
                || !OperationConstants.TryGetInteger(RangeOperations.Constant(division.RightOperand), out long divisor)
                || !OperationConstants.TryGetInteger(RangeOperations.Constant(constant), out long value)
                || divisor < 2
                || value < 1
                || value > (long.MaxValue - divisor + 1) / divisor)
            {
                return false;
            }

            code = division.LeftOperand;
            range = new CodeRange(value * divisor, (value * divisor) + divisor - 1);
            return true;
        }
    }
}

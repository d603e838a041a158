using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// A prefix of a code's text: <c>code.ToString().StartsWith("30")</c>, <c>hangupCauseCode.StartsWith("3")</c>,
    /// <c>hangupCauseCode[0] == '3'</c>. What range a prefix is, and when it is one, is <see cref="CodePrefix"/>'s call.
    /// </summary>
    internal static class PrefixRange
    {
        /// <summary><c>text.StartsWith("30")</c> or <c>text.StartsWith('3')</c>, any comparison or culture.</summary>
        public static bool TryRead(IInvocationOperation startsWith, HangupTable table, out OperandRange result)
        {
            result = default;
            if (startsWith.TargetMethod is not { Name: "StartsWith", ContainingType.SpecialType: SpecialType.System_String }
                || startsWith.Instance is null
                || startsWith.Arguments.IsEmpty
                || Digits(startsWith.Arguments[0].Value) is not string digits)
            {
                return false;
            }

            return TryCreate(startsWith.Instance, digits, table, negated: false, out result);
        }

        /// <summary><c>text[0] == '3'</c> or <c>'3' == text[0]</c>; with <c>!=</c>, negated.</summary>
        public static bool TryRead(IBinaryOperation equality, HangupTable table, out OperandRange result)
        {
            result = default;
            if (equality.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return false;
            }

            bool negated = equality.OperatorKind == BinaryOperatorKind.NotEquals;
            return TryRead(equality.LeftOperand, equality.RightOperand, table, negated, out result)
                || TryRead(equality.RightOperand, equality.LeftOperand, table, negated, out result);
        }

        private static bool TryRead(IOperation character, IOperation constant, HangupTable table, bool negated, out OperandRange result)
        {
            result = default;
            if (RangeOperations.WithoutImplicitConversions(character) is not IPropertyReferenceOperation { Property.IsIndexer: true, Instance: not null } first
                || first.Property.ContainingType?.SpecialType != SpecialType.System_String
                || first.Arguments.Length != 1
                || first.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: 0 }
                || RangeOperations.WithoutImplicitConversions(constant).ConstantValue is not { HasValue: true, Value: char digit })
            {
                return false;
            }

            return TryCreate(first.Instance, digit.ToString(), table, negated, out result);
        }

        private static bool TryCreate(IOperation text, string digits, HangupTable table, bool negated, out OperandRange result)
        {
            result = default;
            if (!CodePrefix.TryGetRange(digits, table, out CodeRange range) || CodeText.ValueOf(text) is not IOperation code)
            {
                return false;
            }

            result = new OperandRange(code, range, negated);
            return true;
        }

        private static string? Digits(IOperation argument)
            => RangeOperations.WithoutImplicitConversions(argument).ConstantValue switch
            {
                { HasValue: true, Value: string text } => text,
                { HasValue: true, Value: char c } => c.ToString(),
                _ => null,
            };
    }
}

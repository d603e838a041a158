using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// What the fix needs to rewrite a range as a category test: the operand
    /// (<see cref="HangupCodeRangeAnalyzer.CodeOperand"/> or <see cref="HangupCodeRangeAnalyzer.CauseOperand"/>)
    /// and the form it replaces (<see cref="HangupCodeRangeAnalyzer.FormProperty"/>).
    /// </summary>
    internal readonly record struct FixShape(string Operand, string Form)
    {
        /// <summary>The shape for <paramref name="operand"/>, or null when no category test can replace the range.</summary>
        public static FixShape? Of(IOperation operand, string form, HangupTable table)
        {
            IOperation value = RangeOperations.WithoutImplicitConversions(operand);

            // A HangupCause? (like an int?) has no category test that keeps "false for null" without a second read.
            if (table.IsCauseType(value.Type))
            {
                return value.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? null : new FixShape(HangupCodeRangeAnalyzer.CauseOperand, form);
            }

            return value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
                ? new FixShape(HangupCodeRangeAnalyzer.CodeOperand, form)
                : null;
        }
    }
}

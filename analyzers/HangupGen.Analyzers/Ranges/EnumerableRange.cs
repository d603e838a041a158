using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary><c>Enumerable.Range(3000, 51).Contains(code)</c>: the range 3000-3050, written as a sequence.</summary>
    internal static class EnumerableRange
    {
        public static bool TryRead(IInvocationOperation contains, out OperandRange result)
        {
            result = default;
            if (contains.TargetMethod.Name != "Contains"
                || !IsEnumerable(contains.TargetMethod.ContainingType)
                || contains.Arguments.Length != 2
                || RangeOperations.WithoutImplicitConversions(contains.Arguments[0].Value) is not IInvocationOperation { TargetMethod.Name: "Range", Arguments.Length: 2 } sequence
                || !IsEnumerable(sequence.TargetMethod.ContainingType)
                || !TryGetConstant(sequence.Arguments[0].Value, out long start)
                || !TryGetConstant(sequence.Arguments[1].Value, out long count)
                || count < 1
                || start > long.MaxValue - count + 1)
            {
                return false;
            }

            result = new OperandRange(contains.Arguments[1].Value, new CodeRange(start, start + count - 1), Negated: false);
            return true;
        }

        private static bool IsEnumerable(INamedTypeSymbol? type)
            => type is { Name: "Enumerable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        private static bool TryGetConstant(IOperation operation, out long value)
            => OperationConstants.TryGetInteger(RangeOperations.Constant(operation), out value);
    }
}

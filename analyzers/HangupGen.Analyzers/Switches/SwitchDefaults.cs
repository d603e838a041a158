using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Switches
{
    /// <summary>
    /// The default of a switch: which case or arm is a catch-all, whether a case is guarded by a
    /// <c>when</c> clause, and whether the default can only end in an exception.
    /// </summary>
    internal static class SwitchDefaults
    {
        /// <summary>
        /// Whether <paramref name="pattern"/> matches every non-null value whatever it is: <c>_</c>,
        /// <c>var x</c>, a type or declaration pattern (on an enum or integer, any type pattern that
        /// compiles matches every value), <c>{ }</c>, <c>not null</c>, or an <c>or</c> with such a side.
        /// </summary>
        public static bool IsCatchAll(IPatternOperation pattern)
            => pattern switch
            {
                IDiscardPatternOperation or IDeclarationPatternOperation or ITypePatternOperation => true,
                IRecursivePatternOperation recursive => SwitchPatternEvaluator.IsEmpty(recursive),
                INegatedPatternOperation { Pattern: IConstantPatternOperation constant } => SwitchPatternEvaluator.ConstantOf(constant.Value) is { HasValue: true, Value: null },
                IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either => IsCatchAll(either.LeftPattern) || IsCatchAll(either.RightPattern),
                IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both => IsCatchAll(both.LeftPattern) && IsCatchAll(both.RightPattern),
                _ => false,
            };

        public static bool IsCatchAll(ICaseClauseOperation clause)
            => clause switch
            {
                IDefaultCaseClauseOperation => true,
                IPatternCaseClauseOperation pattern => !IsGuarded(pattern.Guard) && IsCatchAll(pattern.Pattern),
                _ => false,
            };

        /// <summary>A <c>when</c> clause, unless it is the constant <c>true</c>.</summary>
        public static bool IsGuarded(IOperation? guard)
            => guard is not null && guard.ConstantValue is not { HasValue: true, Value: true };

        public static bool IsThrow(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value is IThrowOperation;
        }

        /// <summary>
        /// Whether a <c>default:</c> section can only end in an exception: it throws, and nothing in it
        /// (outside lambdas and local functions) returns, or breaks, continues or jumps out of it.
        /// </summary>
        public static bool OnlyThrows(ISwitchCaseOperation section)
        {
            var operations = new List<IOperation>();
            foreach (IOperation statement in section.Body)
            {
                Collect(statement, operations);
            }

            var innerLabels = new HashSet<ILabelSymbol>(SymbolEqualityComparer.Default);
            foreach (IOperation operation in operations)
            {
                switch (operation)
                {
                    case ILoopOperation loop:
                        Add(innerLabels, loop.ContinueLabel);
                        Add(innerLabels, loop.ExitLabel);
                        break;
                    case ISwitchOperation nested:
                        Add(innerLabels, nested.ExitLabel);
                        break;
                    case ILabeledOperation labeled:
                        Add(innerLabels, labeled.Label);
                        break;
                }
            }

            bool throws = false;
            foreach (IOperation operation in operations)
            {
                switch (operation)
                {
                    case IThrowOperation:
                        throws = true;
                        break;
                    case IReturnOperation:
                        return false;
                    case IBranchOperation branch when !innerLabels.Contains(branch.Target):
                        return false;
                }
            }

            return throws;
        }

        private static void Add(HashSet<ILabelSymbol> labels, ILabelSymbol? label)
        {
            if (label is not null)
            {
                labels.Add(label);
            }
        }

        private static void Collect(IOperation operation, List<IOperation> operations)
        {
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return;
            }

            operations.Add(operation);
            foreach (IOperation child in operation.ChildOperations)
            {
                Collect(child, operations);
            }
        }
    }
}

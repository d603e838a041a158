using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Whether code is inside a lambda converted to an expression tree. A query provider
    /// (<c>IQueryable</c>, EF Core) translates such a lambda's body rather than running it: it cannot
    /// translate a call to a generated helper, and the compiler allows no <c>out</c> variable in it,
    /// so no fix may put either there. A lambda converted to a delegate (LINQ to objects, query
    /// syntax over an <c>IEnumerable</c>) runs as written, and fixes apply there as anywhere.
    /// </summary>
    internal static class ExpressionTrees
    {
        /// <summary><c>System.Linq.Expressions.Expression</c>, the base of every expression tree type, or null when the compilation lacks it.</summary>
        public static INamedTypeSymbol? ExpressionType(Compilation compilation)
            => compilation.GetTypeByMetadataName("System.Linq.Expressions.Expression");

        /// <summary>
        /// <see cref="IsInExpressionTree(IOperation, INamedTypeSymbol?)"/>, looking
        /// <c>Expression</c> up in <paramref name="compilation"/> only when there is an enclosing
        /// lambda: a lookup by metadata name searches every reference, which a rule's compilation
        /// start should not pay for code that never needs it.
        /// </summary>
        public static bool IsInExpressionTree(IOperation operation, Compilation compilation)
        {
            for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation)
                {
                    return IsInExpressionTree(operation, ExpressionType(compilation));
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an enclosing lambda of <paramref name="operation"/> is converted to
        /// <c>Expression&lt;TDelegate&gt;</c>, or (with C# 10's natural lambda types) to
        /// <c>LambdaExpression</c> or <c>Expression</c>: to <paramref name="expressionType"/> or a type
        /// derived from it.
        /// </summary>
        public static bool IsInExpressionTree(IOperation operation, INamedTypeSymbol? expressionType)
        {
            if (expressionType is null)
            {
                return false;
            }

            for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda && IsOrDerivesFrom(lambda.Parent?.Type, expressionType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol expected)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

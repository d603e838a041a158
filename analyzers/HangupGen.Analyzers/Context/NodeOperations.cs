using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// The operation of a syntax node a syntax action was called on. The rules register syntax
    /// actions and ask for the operation only once the node has passed a syntactic test: an
    /// operation action makes the compiler build and walk the operation tree of every member and
    /// call the rule for every literal, binary or invocation in it, almost none of which is a
    /// hangup context (docs/analyzer-profile.md).
    /// </summary>
    internal static class NodeOperations
    {
        /// <summary>The operation of the node of <paramref name="context"/>, as <typeparamref name="T"/>, past any implicit conversion the compiler put on it; null when it has none of that type.</summary>
        public static T? Of<T>(SyntaxNodeAnalysisContext context)
            where T : class, IOperation
        {
            IOperation? operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
            while (operation is IConversionOperation { IsImplicit: true } conversion && conversion.Operand.Syntax == context.Node)
            {
                operation = conversion.Operand;
            }

            return operation as T;
        }
    }
}

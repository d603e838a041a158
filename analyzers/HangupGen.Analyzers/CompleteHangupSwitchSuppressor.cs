using System.Collections.Immutable;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Switches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HGSP0001: suppresses CS8524 ("the switch expression does not handle some values of its input
    /// type … unnamed enum value") on a switch expression over <c>HangupCause</c> or <c>HangupCategory</c>
    /// whose unguarded arms handle every member of the table. Such a switch cannot miss a cause of the
    /// table; a cause added to the table later turns CS8524 into CS8509 and raises HG0003. Switches over
    /// other enums, and switches that miss a member, keep their warning.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CompleteHangupSwitchSuppressor : DiagnosticSuppressor
    {
        /// <inheritdoc/>
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.CompleteHangupSwitch);

        /// <inheritdoc/>
        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            HangupTable? table = null;
            foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
            {
                SyntaxTree? tree = diagnostic.Location.SourceTree;
                if (tree is null)
                {
                    continue;
                }

                table ??= HangupTable.Get(context.Compilation, context.Options);
                if (table is null)
                {
                    return;
                }

                if (IsComplete(diagnostic, tree, table, context))
                {
                    context.ReportSuppression(Suppression.Create(DiagnosticDescriptors.CompleteHangupSwitch, diagnostic));
                }
            }
        }

        private static bool IsComplete(Diagnostic diagnostic, SyntaxTree tree, HangupTable table, SuppressionAnalysisContext context)
        {
            SyntaxNode root = tree.GetRoot(context.CancellationToken);
            if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                return false;
            }

            SwitchExpressionSyntax? syntax = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .FirstAncestorOrSelf<SwitchExpressionSyntax>();
            if (syntax is null
                || context.GetSemanticModel(tree).GetOperation(syntax, context.CancellationToken) is not ISwitchExpressionOperation operation
                || HangupSwitchCoverage.EnumSubjectOf(operation.Value.Type, table) is not HangupSwitchSubject subject)
            {
                return false;
            }

            return HangupSwitchCoverage.Of(operation, subject, table) is { IsComplete: true };
        }
    }
}

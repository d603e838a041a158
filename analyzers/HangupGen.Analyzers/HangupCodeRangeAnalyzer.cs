using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Ranges;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0004: a relational range over hangup codes — two bounds joined by <c>&amp;&amp;</c>
    /// (<c>code &gt;= 3000 &amp;&amp; code &lt; 4000</c>) or by <c>and</c> in a pattern (<c>is &gt;= 3000 and &lt;= 3050</c>,
    /// a switch arm or case label). The message compares the documented codes inside the range
    /// with the categories: one whole category, several, a split one, or none. One-sided
    /// comparisons are not ranges and are left alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HangupCodeRangeAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: the whole categories the range holds, comma-separated, in code order; absent unless the range is exactly whole categories.</summary>
        public const string CategoriesProperty = "Categories";

        /// <summary>Property: what the fix tests, when it can: <see cref="CodeOperand"/> or <see cref="CauseOperand"/>.</summary>
        public const string OperandProperty = "Operand";

        /// <summary>Property: what the fix replaces, when it can: <see cref="ConjunctsForm"/>, <see cref="IsPatternForm"/> or <see cref="NegatedIsPatternForm"/>.</summary>
        public const string FormProperty = "Form";

        /// <summary>An <c>int</c> (or narrower) hangup code, <c>(int)cause</c> included: the fix passes it to <c>HangupCauses.IsInCategory</c>.</summary>
        public const string CodeOperand = "Code";

        /// <summary>
        /// A <c>HangupCause</c>: the fix passes <c>(int)cause</c> to <c>HangupCauses.IsInCategory</c>.
        /// (<c>GetCategory()</c> would throw for a value outside the table, which the range never did.)
        /// </summary>
        public const string CauseOperand = "Cause";

        /// <summary>Two adjacent conjuncts of an <c>&amp;&amp;</c> chain; the diagnostic spans both.</summary>
        public const string ConjunctsForm = "Conjuncts";

        /// <summary>The whole pattern of an <c>is</c> expression; the diagnostic spans the pattern.</summary>
        public const string IsPatternForm = "IsPattern";

        /// <summary>The operand of the <c>not</c> that is the whole pattern of an <c>is</c> expression.</summary>
        public const string NegatedIsPatternForm = "NegatedIsPattern";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HangupCodeRange);

        private protected override void Register(CompilationStartAnalysisContext context, HangupAnalysisContext hangup)
        {
            if (hangup.Table.Categories.IsEmpty)
            {
                return;
            }

            INamedTypeSymbol? expressionType = ExpressionTrees.ExpressionType(context.Compilation);
            context.RegisterOperationAction(c => AnalyzeConjunction(c, hangup, expressionType), OperationKind.Binary);
            context.RegisterOperationAction(c => AnalyzePatternConjunction(c, hangup), OperationKind.BinaryPattern);
        }

        /// <summary><c>lower &amp;&amp; upper</c>, or the last two conjuncts of <c>… &amp;&amp; lower &amp;&amp; upper</c>.</summary>
        private static void AnalyzeConjunction(OperationAnalysisContext context, HangupAnalysisContext hangup, INamedTypeSymbol? expressionType)
        {
            var and = (IBinaryOperation)context.Operation;
            if (and.OperatorKind != BinaryOperatorKind.ConditionalAnd)
            {
                return;
            }

            IOperation previous = and.LeftOperand is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } chain ? chain.RightOperand : and.LeftOperand;
            if (previous is not IBinaryOperation first
                || and.RightOperand is not IBinaryOperation second
                || !RangeOperations.TryGetBound(first, out IOperation? firstOperand, out Bound firstBound)
                || !RangeOperations.TryGetBound(second, out IOperation? secondOperand, out Bound secondBound)
                || !CodeRange.TryCreate(firstBound, secondBound, out CodeRange range)
                || !RangeOperations.IsStable(firstOperand)
                || !SyntaxFactory.AreEquivalent(firstOperand.Syntax, secondOperand.Syntax)
                || (hangup.RoleOf(firstOperand) & HangupRole.Code) == 0)
            {
                return;
            }

            SyntaxNode start = RangeOperations.WithEnclosingParentheses(first.Syntax);
            SyntaxNode end = RangeOperations.WithEnclosingParentheses(second.Syntax);
            Location location = Location.Create(and.Syntax.SyntaxTree, TextSpan.FromBounds(start.SpanStart, end.Span.End));
            FixShape? fix = ExpressionTrees.IsInExpressionTree(and, expressionType) ? null : FixShape.Of(firstOperand, ConjunctsForm, hangup.Table);
            Report(context, hangup.Table, location, range, fix);
        }

        /// <summary><c>&gt;= 3000 and &lt;= 3050</c> wherever a pattern matches a hangup code.</summary>
        private static void AnalyzePatternConjunction(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            var and = (IBinaryPatternOperation)context.Operation;
            if (and.OperatorKind != BinaryOperatorKind.And)
            {
                return;
            }

            IPatternOperation previous = and.LeftPattern is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } chain ? chain.RightPattern : and.LeftPattern;
            if (previous is not IRelationalPatternOperation first
                || and.RightPattern is not IRelationalPatternOperation second
                || !RangeOperations.TryGetBound(first.OperatorKind, RangeOperations.Constant(first.Value), operandOnLeft: true, out Bound firstBound)
                || !RangeOperations.TryGetBound(second.OperatorKind, RangeOperations.Constant(second.Value), operandOnLeft: true, out Bound secondBound)
                || !CodeRange.TryCreate(firstBound, secondBound, out CodeRange range))
            {
                return;
            }

            IOperation? matched = RangeOperations.MatchedValue(and, out IIsPatternOperation? isPattern, out bool negated);
            if (matched is null || (hangup.RoleOf(matched) & HangupRole.Code) == 0)
            {
                return;
            }

            SyntaxNode start = RangeOperations.WithEnclosingParentheses(first.Syntax);
            SyntaxNode end = RangeOperations.WithEnclosingParentheses(second.Syntax);
            Location location = Location.Create(and.Syntax.SyntaxTree, TextSpan.FromBounds(start.SpanStart, end.Span.End));
            FixShape? fix = isPattern is null || previous != and.LeftPattern
                ? null
                : FixShape.Of(matched, negated ? NegatedIsPatternForm : IsPatternForm, hangup.Table);
            Report(context, hangup.Table, location, range, fix);
        }

        private static void Report(OperationAnalysisContext context, HangupTable table, Location location, CodeRange range, FixShape? fix)
        {
            string? verdict = RangeVerdict.Of(table, range, out ImmutableArray<HangupCategoryInfo> wholeCategories);
            if (verdict is null)
            {
                return;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (!wholeCategories.IsDefaultOrEmpty)
            {
                properties = properties.Add(CategoriesProperty, string.Join(",", wholeCategories.Select(c => c.Identifier)));
                if (fix is FixShape shape)
                {
                    properties = properties.Add(OperandProperty, shape.Operand).Add(FormProperty, shape.Form);
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HangupCodeRange,
                location,
                properties,
                range.ToString(),
                verdict));
        }

    }
}

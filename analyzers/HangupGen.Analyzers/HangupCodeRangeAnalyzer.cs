using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Ranges;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0004: a range over hangup codes — two bounds joined by <c>&amp;&amp;</c>
    /// (<c>code &gt;= 3000 &amp;&amp; code &lt; 4000</c>) or by <c>and</c> in a pattern (<c>is &gt;= 3000 and &lt;= 3050</c>,
    /// a switch arm or case label), or one expression that tests a range another way: integer
    /// division (<c>code / 1000 == 3</c>, <see cref="DivisionRange"/>), a prefix of the code's text
    /// (<c>code.ToString().StartsWith("30")</c>, <see cref="PrefixRange"/>) or
    /// <c>Enumerable.Range(3000, 51).Contains(code)</c> (<see cref="EnumerableRange"/>). The message
    /// compares the documented codes inside the range with the categories: one whole category,
    /// several, a split one, or none. One-sided comparisons are not ranges and are left alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HangupCodeRangeAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: the whole categories the range holds, comma-separated, in code order; absent unless the range is exactly whole categories.</summary>
        public const string CategoriesProperty = "Categories";

        /// <summary>Property: what the fix tests, when it can: <see cref="CodeOperand"/> or <see cref="CauseOperand"/>.</summary>
        public const string OperandProperty = "Operand";

        /// <summary>
        /// Property: what the fix replaces, when it can: <see cref="ConjunctsForm"/>, <see cref="IsPatternForm"/>,
        /// <see cref="NegatedIsPatternForm"/>, <see cref="ExpressionForm"/> or <see cref="NegatedExpressionForm"/>.
        /// </summary>
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

        /// <summary>
        /// The expression the diagnostic spans, which tests one range (<c>code / 1000 == 3</c>,
        /// <c>code.ToString().StartsWith("30")</c>); the code it tests is the diagnostic's additional location.
        /// </summary>
        public const string ExpressionForm = "Expression";

        /// <summary>As <see cref="ExpressionForm"/>, for an expression that accepts the codes outside the range (<c>code / 1000 != 3</c>).</summary>
        public const string NegatedExpressionForm = "NegatedExpression";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HangupCodeRange);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
        {
            // A table without categories has no range to split: nothing is registered when that is known
            // now, and every callback returns at once when the table read on first use has none.
            DeferredRuleState<HangupAnalysisContext> ranges = source.Defer(hangup => hangup.Table.Categories.IsEmpty ? null : hangup);
            if (ranges.IsKnownEmpty)
            {
                return;
            }

            context.RegisterOperationAction(ranges.Guard<OperationAnalysisContext>(AnalyzeBinary), OperationKind.Binary);
            context.RegisterOperationAction(ranges.Guard<OperationAnalysisContext>(AnalyzePatternConjunction), OperationKind.BinaryPattern);
            context.RegisterOperationAction(ranges.Guard<OperationAnalysisContext>(AnalyzeInvocation), OperationKind.Invocation);
            context.RegisterOperationAction(ranges.Guard<OperationAnalysisContext>(AnalyzeQuotientPattern), OperationKind.ConstantPattern);
            context.RegisterOperationAction(ranges.Guard<OperationAnalysisContext>(AnalyzeQuotientCase), OperationKind.CaseClause);
        }

        /// <summary>A chain of <c>&amp;&amp;</c> (two bounds), or an equality that tests a range: <c>code / 1000 == 3</c>, <c>hangupCauseCode[0] == '3'</c>.</summary>
        private static void AnalyzeBinary(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind == BinaryOperatorKind.ConditionalAnd)
            {
                AnalyzeConjunction(context, binary, hangup);
            }
            else if (DivisionRange.TryRead(binary, out OperandRange read) || PrefixRange.TryRead(binary, hangup.Table, out read))
            {
                ReportExpression(context, hangup, binary, read);
            }
        }

        /// <summary><c>code.ToString().StartsWith("30")</c>, <c>Enumerable.Range(3000, 51).Contains(code)</c>.</summary>
        private static void AnalyzeInvocation(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (PrefixRange.TryRead(invocation, hangup.Table, out OperandRange read) || EnumerableRange.TryRead(invocation, out read))
            {
                ReportExpression(context, hangup, invocation, read);
            }
        }

        /// <summary><c>code / 1000 is 3</c>, <c>is not 3</c>, and a quotient's switch arm (<c>3 =&gt; …</c>).</summary>
        private static void AnalyzeQuotientPattern(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            var pattern = (IConstantPatternOperation)context.Operation;
            if (RangeOperations.MatchedValue(pattern, out IIsPatternOperation? isPattern, out bool negated) is not IOperation matched
                || !DivisionRange.TryRead(matched, pattern.Value, out IOperation? code, out CodeRange range))
            {
                return;
            }

            // Only the whole pattern of an "is" can become a method call; an arm or part of a pattern is reported where it stands.
            var read = new OperandRange(code, range, negated);
            if (isPattern is not null)
            {
                ReportExpression(context, hangup, isPattern, read);
            }
            else if ((hangup.RoleOf(code) & HangupRole.Code) != 0)
            {
                Report(context, hangup.Table, pattern.Syntax.GetLocation(), range, fix: null);
            }
        }

        /// <summary><c>switch (code / 1000) { case 3: … }</c>.</summary>
        private static void AnalyzeQuotientCase(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            if (context.Operation is ISingleValueCaseClauseOperation { Parent.Parent: ISwitchOperation @switch } clause
                && DivisionRange.TryRead(@switch.Value, clause.Value, out IOperation? code, out CodeRange range)
                && (hangup.RoleOf(code) & HangupRole.Code) != 0)
            {
                Report(context, hangup.Table, clause.Value.Syntax.GetLocation(), range, fix: null);
            }
        }

        /// <summary>
        /// A range one expression tests, <paramref name="reported"/>: reported over the whole expression, and
        /// fixed by putting the category test in its place, unless it is the part after <c>?.</c> of a
        /// conditional access (whose value is nullable) or in an expression tree.
        /// </summary>
        private static void ReportExpression(OperationAnalysisContext context, HangupAnalysisContext hangup, IOperation reported, OperandRange read)
        {
            if ((hangup.RoleOf(read.Code) & HangupRole.Code) == 0)
            {
                return;
            }

            IOperation code = RangeOperations.WithoutImplicitConversions(read.Code);
            bool inPlace = code is not IConditionalAccessInstanceOperation
                && !reported.Syntax.Ancestors().OfType<ConditionalAccessExpressionSyntax>().Any(access => access.WhenNotNull.Span.Contains(reported.Syntax.Span))
                && !ExpressionTrees.IsInExpressionTree(reported, context.Compilation);
            FixShape? fix = inPlace ? FixShape.Of(code, read.Negated ? NegatedExpressionForm : ExpressionForm, hangup.Table) : null;
            Report(context, hangup.Table, reported.Syntax.GetLocation(), read.Range, fix, fix is null ? null : code.Syntax.GetLocation());
        }

        /// <summary><c>lower &amp;&amp; upper</c>, or the last two conjuncts of <c>… &amp;&amp; lower &amp;&amp; upper</c>.</summary>
        private static void AnalyzeConjunction(OperationAnalysisContext context, IBinaryOperation and, HangupAnalysisContext hangup)
        {
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
            FixShape? fix = ExpressionTrees.IsInExpressionTree(and, context.Compilation) ? null : FixShape.Of(firstOperand, ConjunctsForm, hangup.Table);
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

        /// <summary>Reports the verdict on <paramref name="range"/>; <paramref name="codeLocation"/> (for <see cref="ExpressionForm"/>) is the code the fix tests, passed as the additional location.</summary>
        private static void Report(OperationAnalysisContext context, HangupTable table, Location location, CodeRange range, FixShape? fix, Location? codeLocation = null)
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
                codeLocation is null || !properties.ContainsKey(FormProperty) ? null : new[] { codeLocation },
                properties,
                range.ToString(),
                verdict));
        }

    }
}

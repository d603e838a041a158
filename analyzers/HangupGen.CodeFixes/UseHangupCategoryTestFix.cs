using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0004: replaces a range that holds exactly whole categories with the category test,
    /// <c>HangupCauses.IsInCategory(code, HangupCategory.CallRejections)</c> (for a cause,
    /// <c>(int)cause</c>). Offered only where the analyzer says it can be (whole categories; an
    /// <c>&amp;&amp;</c> chain, a whole <c>is</c> pattern, or one expression such as <c>code / 1000 == 3</c>
    /// over a number; not in an expression tree): a range that splits
    /// a category gets no fix, because the category test would change which documented codes match.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHangupCategoryTestFix))]
    [Shared]
    public sealed class UseHangupCategoryTestFix : CodeFixProvider
    {
        /// <summary>One action for every shape, so Fix All rewrites every fixable range.</summary>
        public const string EquivalenceKey = "HG0004.UseHangupCategoryTest";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HangupCodeRange);

        /// <summary>
        /// Fix All edits each document once and adds the <c>using</c> once. (The batch fixer merges
        /// each fix's text changes and drops a fix whose <c>using</c> is the third identical insertion
        /// at one place, leaving ranges unfixed.)
        /// </summary>
        public override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (!context.Diagnostics.Any(d => d.Properties.ContainsKey(HangupCodeRangeAnalyzer.FormProperty)))
            {
                return;
            }

            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Plan.TryCreate(root, model, diagnostic, context.CancellationToken) is Plan plan)
                {
                    string title = plan.Categories.Length == 1
                        ? "Test the category " + plan.Categories[0] + " instead of the range"
                        : "Test the categories " + EnglishText.JoinAnd(plan.Categories) + " instead of the range";
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null
                || model is null
                || HangupSyntax.Table(document, model) is not HangupTable table
                || table.CategoryType is not INamedTypeSymbol categoryType)
            {
                return document;
            }

            var tests = new Dictionary<SyntaxNode, (Plan Plan, ExpressionSyntax Test)>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Plan.TryCreate(root, model, diagnostic, cancellationToken) is Plan plan
                    && !tests.ContainsKey(plan.Replaced)
                    && CategoryTest(plan, table, categoryType) is ExpressionSyntax test)
                {
                    tests.Add(plan.Replaced, (plan, test.WithAdditionalAnnotations(Formatter.Annotation)));
                }
            }

            if (tests.Count == 0)
            {
                return document;
            }

            // A range at the end of a chain keeps the chain's left side, which may hold another range being fixed.
            SyntaxNode fixedRoot = root.ReplaceNodes(tests.Keys, (original, rewritten) =>
            {
                (Plan plan, ExpressionSyntax test) = tests[original];
                if (plan.KeptLeft is null)
                {
                    return test.WithTriviaFrom(rewritten);
                }

                return rewritten is BinaryExpressionSyntax { Left: var left } && Unparenthesized(left) is BinaryExpressionSyntax kept && kept.IsKind(SyntaxKind.LogicalAndExpression)
                    ? SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, kept.Left, kept.OperatorToken, test).WithTriviaFrom(rewritten)
                    : rewritten;
            });
            return await HangupSyntax.AddImportsAsync(document.WithSyntaxRoot(fixedRoot), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>One <c>IsInCategory</c> per category, joined by <c>||</c>; for a negated pattern, the negated calls joined by <c>&amp;&amp;</c>.</summary>
        private static ExpressionSyntax? CategoryTest(Plan plan, HangupTable table, INamedTypeSymbol categoryType)
        {
            var categories = new List<HangupCategoryInfo>();
            foreach (string identifier in plan.Categories)
            {
                HangupCategoryInfo? category = table.Categories.FirstOrDefault(c => c.Identifier == identifier);
                if (category is null)
                {
                    return null;
                }

                categories.Add(category);
            }

            if (table.CausesType is not INamedTypeSymbol causesType)
            {
                return null;
            }

            ExpressionSyntax operand = plan.Target.WithoutTrivia();
            if (plan.Operand == HangupCodeRangeAnalyzer.CauseOperand)
            {
                operand = SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), Parenthesized(operand));
            }

            IEnumerable<ExpressionSyntax> tests = categories.Select(category =>
            {
                ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                    HangupSyntax.Member(causesType, "IsInCategory"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(operand),
                        SyntaxFactory.Argument(HangupSyntax.Member(categoryType, category.Identifier)),
                    })));
                return plan.Negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
            });

            SyntaxKind join = plan.Negated ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression;
            ExpressionSyntax result = tests.Aggregate((left, right) => SyntaxFactory.BinaryExpression(join, left, right));
            return categories.Count == 1 ? result : Parenthesized(result);
        }

        /// <summary>Parentheses the clean-up removes again wherever they are not needed.</summary>
        private static ExpressionSyntax Parenthesized(ExpressionSyntax expression)
            => SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>What to replace, read back from the diagnostic and checked against the syntax.</summary>
        /// <param name="Categories">The categories to test.</param>
        /// <param name="Operand"><see cref="HangupCodeRangeAnalyzer.CodeOperand"/> or <see cref="HangupCodeRangeAnalyzer.CauseOperand"/>.</param>
        /// <param name="Target">The code or cause to test.</param>
        /// <param name="Replaced">The node that becomes the test: the two conjuncts, their chain, the <c>is</c> expression, or the one expression that tests the range.</param>
        /// <param name="KeptLeft">In <c>a &amp;&amp; lower &amp;&amp; upper</c>, the <c>a &amp;&amp; lower</c> whose left side stays.</param>
        /// <param name="Negated">Whether the range is negated.</param>
        private sealed record Plan(ImmutableArray<string> Categories, string Operand, ExpressionSyntax Target, SyntaxNode Replaced, BinaryExpressionSyntax? KeptLeft, bool Negated)
        {
            public static Plan? TryCreate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
            {
                if (!diagnostic.Properties.TryGetValue(HangupCodeRangeAnalyzer.CategoriesProperty, out string? categoryList)
                    || !diagnostic.Properties.TryGetValue(HangupCodeRangeAnalyzer.OperandProperty, out string? operand)
                    || !diagnostic.Properties.TryGetValue(HangupCodeRangeAnalyzer.FormProperty, out string? form)
                    || string.IsNullOrEmpty(categoryList)
                    || operand is null
                    || !diagnostic.Location.IsInSource)
                {
                    return null;
                }

                TextSpan span = diagnostic.Location.SourceSpan;
                ImmutableArray<string> categories = categoryList!.Split(',').ToImmutableArray();
                SyntaxNode? start = root.FindToken(span.Start).Parent;
                switch (form)
                {
                    case HangupCodeRangeAnalyzer.ConjunctsForm:
                        BinaryExpressionSyntax? and = start?.AncestorsAndSelf()
                            .OfType<BinaryExpressionSyntax>()
                            .FirstOrDefault(b => b.IsKind(SyntaxKind.LogicalAndExpression) && b.Span.End == span.End && b.Span.Contains(span));
                        if (and is null)
                        {
                            return null;
                        }

                        // Either the two conjuncts are the whole "lower && upper", or "kept && lower" is the left side.
                        BinaryExpressionSyntax? kept = null;
                        ExpressionSyntax lower = and.Left;
                        if (and.Span != span)
                        {
                            kept = Unparenthesized(and.Left) as BinaryExpressionSyntax;
                            if (kept is null || !kept.IsKind(SyntaxKind.LogicalAndExpression) || kept.Right.SpanStart != span.Start)
                            {
                                return null;
                            }

                            lower = kept.Right;
                        }

                        ExpressionSyntax? compared = Unparenthesized(lower) is BinaryExpressionSyntax comparison
                            ? model.GetConstantValue(comparison.Right, cancellationToken).HasValue ? comparison.Left : comparison.Right
                            : null;
                        return compared is null ? null : new Plan(categories, operand, compared, and, kept, Negated: false);
                    case HangupCodeRangeAnalyzer.IsPatternForm:
                    case HangupCodeRangeAnalyzer.NegatedIsPatternForm:
                        bool negated = form == HangupCodeRangeAnalyzer.NegatedIsPatternForm;
                        SyntaxNode? pattern = SkipParentheses(start?.AncestorsAndSelf().OfType<BinaryPatternSyntax>().FirstOrDefault(p => p.Span == span));
                        if (negated)
                        {
                            pattern = pattern?.Parent is UnaryPatternSyntax not && not.IsKind(SyntaxKind.NotPattern) ? SkipParentheses(not) : null;
                        }

                        return pattern?.Parent is IsPatternExpressionSyntax isPattern && isPattern.Pattern == pattern
                            ? new Plan(categories, operand, isPattern.Expression, isPattern, KeptLeft: null, negated)
                            : null;
                    case HangupCodeRangeAnalyzer.ExpressionForm:
                    case HangupCodeRangeAnalyzer.NegatedExpressionForm:
                        // The diagnostic spans the expression; its additional location is the code to test.
                        if (diagnostic.AdditionalLocations.Count != 1
                            || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                            || expression.Span != span)
                        {
                            return null;
                        }

                        TextSpan codeSpan = diagnostic.AdditionalLocations[0].SourceSpan;
                        return root.FindNode(codeSpan, getInnermostNodeForTie: true) is ExpressionSyntax code && code.Span == codeSpan && span.Contains(codeSpan)
                            ? new Plan(categories, operand, code, expression, KeptLeft: null, form == HangupCodeRangeAnalyzer.NegatedExpressionForm)
                            : null;
                    default:
                        return null;
                }
            }

            private static SyntaxNode? SkipParentheses(SyntaxNode? pattern)
            {
                while (pattern?.Parent is ParenthesizedPatternSyntax parenthesized)
                {
                    pattern = parenthesized;
                }

                return pattern;
            }
        }
    }
}

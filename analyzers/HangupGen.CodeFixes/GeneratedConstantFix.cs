using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// The fix of a literal that spells a generated constant (HG0005, HG0006): replaces it with the
    /// constant, which works in comparisons, case labels and patterns alike. When the literal's
    /// case differs from the documented spelling in an ordinal comparison, the constant matches
    /// other values, so that action says "documented spelling" and has its own equivalence key; for
    /// <c>==</c>/<c>!=</c> a second action compares with the constant ignoring case, which still
    /// matches everything the literal matched. The diagnostic carries what to use in its
    /// properties (<c>MagicHangupNameAnalyzer.*Property</c>); the rule's fix says which type holds it.
    /// </summary>
    public abstract class GeneratedConstantFix : CodeFixProvider
    {
        private readonly string _constantKey;
        private readonly string _spellingKey;
        private readonly string _ignoreCaseKey;

        /// <summary>The fix of <paramref name="diagnosticId"/>, with the equivalence keys of its three actions.</summary>
        private protected GeneratedConstantFix(string diagnosticId, string constantKey, string spellingKey, string ignoreCaseKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _constantKey = constantKey;
            _spellingKey = spellingKey;
            _ignoreCaseKey = ignoreCaseKey;
        }

        /// <inheritdoc/>
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>
        /// Fix All edits each document once and adds the <c>using</c> once (the batch fixer would drop
        /// every fix after the second whose <c>using</c> is an identical insertion at one place). Only
        /// the diagnostics that offer the chosen action are fixed.
        /// </summary>
        public sealed override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create(async (context, document, diagnostics)
                => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <summary>How the title names the replacement: <c>HangupCauseNames.BusyLine</c>.</summary>
        private protected abstract string? Title(Request request);

        /// <summary>The replacement of the literal, when the generated type still holds it; null otherwise.</summary>
        private protected abstract ExpressionSyntax? Constant(Request request, HangupTable table, SemanticModel model, CancellationToken cancellationToken);
        /// <inheritdoc/>
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Request.TryCreate(root, diagnostic) is not Request request || Title(request) is not string constant)
                {
                    continue;
                }

                if (request.Spelling == MagicHangupNameAnalyzer.OtherCaseSpelling)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + constant + " (documented spelling \"" + request.DocumentedName + "\")",
                            ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), _spellingKey, ct),
                            _spellingKey),
                        diagnostic);
                    SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    if (model is not null && StringEquality(request.Literal, model, context.CancellationToken) is not null)
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                "Compare with " + constant + " ignoring case",
                                ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), _ignoreCaseKey, ct),
                                _ignoreCaseKey),
                            diagnostic);
                    }
                }
                else
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Use " + constant, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), _constantKey, ct), _constantKey),
                        diagnostic);
                }
            }
        }

        /// <summary>Whether <paramref name="request"/> is offered the action with equivalence key <paramref name="key"/>.</summary>
        private bool Offers(Request request, string? key)
            => key == _constantKey ? request.Spelling != MagicHangupNameAnalyzer.OtherCaseSpelling
                : (key == _spellingKey || key == _ignoreCaseKey) && request.Spelling == MagicHangupNameAnalyzer.OtherCaseSpelling;

        private async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            HangupTable? table = model is null ? null : HangupSyntax.Table(document, model);
            if (root is null || model is null || table is null)
            {
                return document;
            }

            INamedTypeSymbol? stringComparison = model.Compilation.GetTypeByMetadataName("System.StringComparison");
            var replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Request.TryCreate(root, diagnostic) is not Request request
                    || !Offers(request, key)
                    || Constant(request, table, model, cancellationToken) is not ExpressionSyntax constant)
                {
                    continue;
                }

                if (key != _ignoreCaseKey)
                {
                    replacements[request.Literal] = rewritten => constant.WithTriviaFrom(rewritten);
                }
                else if (StringEquality(request.Literal, model, cancellationToken) is (BinaryExpressionSyntax comparison, ExpressionSyntax other)
                    && stringComparison is not null)
                {
                    bool literalOnLeft = comparison.Right == other;
                    ExpressionSyntax ignoreCase = HangupSyntax.Member(stringComparison, nameof(StringComparison.OrdinalIgnoreCase));
                    replacements[comparison] = rewritten => CompareIgnoringCase((BinaryExpressionSyntax)rewritten, literalOnLeft, constant, ignoreCase);
                }
            }

            if (replacements.Count == 0)
            {
                return document;
            }

            SyntaxNode fixedRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
            return await HangupSyntax.AddImportsAsync(document.WithSyntaxRoot(fixedRoot), cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>x == "busy line"</c> → <c>string.Equals(x, HangupCauseNames.BusyLine, StringComparison.OrdinalIgnoreCase)</c>; <c>!=</c> → <c>!string.Equals(…)</c>.</summary>
        private static SyntaxNode CompareIgnoringCase(BinaryExpressionSyntax comparison, bool literalOnLeft, ExpressionSyntax constant, ExpressionSyntax ignoreCase)
        {
            ExpressionSyntax other = literalOnLeft ? comparison.Right : comparison.Left;
            ExpressionSyntax equals = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)),
                    SyntaxFactory.IdentifierName(nameof(string.Equals))),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(other.WithoutTrivia()),
                    SyntaxFactory.Argument(constant),
                    SyntaxFactory.Argument(ignoreCase),
                })));
            if (comparison.IsKind(SyntaxKind.NotEqualsExpression))
            {
                equals = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, equals);
            }

            return equals.WithTriviaFrom(comparison).WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>Whether <paramref name="names"/> has a constant called <see cref="Request.Member"/> whose value is the literal's, ignoring case.</summary>
        private protected static bool HoldsConstant(INamedTypeSymbol? names, Request request)
            => names?.GetMembers(request.Member)
                .OfType<IFieldSymbol>()
                .Any(f => f.HasConstantValue && f.ConstantValue is string value && string.Equals(value, request.Text, StringComparison.OrdinalIgnoreCase)) == true;

        /// <summary>The <c>==</c> or <c>!=</c> between the literal and another <c>string</c>, which <c>string.Equals</c> can replace.</summary>
        private static (BinaryExpressionSyntax Comparison, ExpressionSyntax Other)? StringEquality(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
            => OrdinalEquality(literal) is (BinaryExpressionSyntax comparison, ExpressionSyntax other)
                && model.GetTypeInfo(other, cancellationToken).Type?.SpecialType == SpecialType.System_String
                ? (comparison, other)
                : null;

        /// <summary>The <c>==</c> or <c>!=</c> the literal is an operand of, and the other operand.</summary>
        private static (BinaryExpressionSyntax Comparison, ExpressionSyntax Other)? OrdinalEquality(LiteralExpressionSyntax literal)
        {
            SyntaxNode operand = literal;
            while (operand.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                operand = parenthesized;
            }

            if (operand.Parent is BinaryExpressionSyntax comparison
                && (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)))
            {
                return (comparison, comparison.Left == operand ? comparison.Right : comparison.Left);
            }

            return null;
        }

        /// <summary>What the diagnostic asks for, checked against the syntax.</summary>
        /// <param name="Literal">The literal to replace.</param>
        /// <param name="Names">What the rule says holds the constant (<c>MagicHangupNameAnalyzer.NamesProperty</c>).</param>
        /// <param name="Member">The constant or member to use.</param>
        /// <param name="DocumentedName">The documented spelling.</param>
        /// <param name="Spelling">One of the <c>MagicHangupNameAnalyzer.*Spelling</c> values.</param>
        private protected sealed record Request(LiteralExpressionSyntax Literal, string Names, string Member, string DocumentedName, string Spelling)
        {
            /// <summary>The literal's value as written (a number in decimal).</summary>
            public string Text => Literal.Token.ValueText;

            /// <summary>Whether the literal is a number rather than a string.</summary>
            public bool IsNumber => Literal.IsKind(SyntaxKind.NumericLiteralExpression);

            public static Request? TryCreate(SyntaxNode root, Diagnostic diagnostic)
            {
                ImmutableDictionary<string, string?> properties = diagnostic.Properties;
                if (!properties.TryGetValue(MagicHangupNameAnalyzer.NamesProperty, out string? names)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.MemberProperty, out string? member)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.DocumentedNameProperty, out string? documented)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.SpellingProperty, out string? spelling)
                    || names is null
                    || member is null
                    || documented is null
                    || spelling is null
                    || !diagnostic.Location.IsInSource
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !(literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.NumericLiteralExpression))
                    || !string.Equals(literal.Token.ValueText, documented, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                return new Request(literal, names, member, documented, spelling);
            }
        }
    }
}

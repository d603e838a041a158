using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0005: replaces a magic hangup name with its generated constant
    /// (<c>HangupCauseNames.BusyLine</c>, <c>HangupSourceNames.Carrier</c>), which works in
    /// comparisons, case labels and patterns alike. When the literal's case differs from the
    /// documented name in an ordinal comparison, the constant matches other values, so that
    /// action says "documented spelling" and has its own equivalence key; for <c>==</c>/<c>!=</c>
    /// a second action compares with the constant ignoring case, which still matches everything
    /// the literal matched.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedHangupNameFix))]
    [Shared]
    public sealed class UseGeneratedHangupNameFix : CodeFixProvider
    {
        /// <summary>The constant replaces a literal that means the same: exact spelling, or a comparison that ignores case.</summary>
        public const string UseConstantKey = "HG0005.UseGeneratedName";

        /// <summary>The constant replaces a literal spelled in another case in an ordinal comparison: what matches changes.</summary>
        public const string UseDocumentedSpellingKey = "HG0005.UseDocumentedSpelling";

        /// <summary><c>x == "busy line"</c> becomes <c>string.Equals(x, HangupCauseNames.BusyLine, StringComparison.OrdinalIgnoreCase)</c>.</summary>
        public const string CompareIgnoringCaseKey = "HG0005.CompareIgnoringCase";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MagicHangupName);

        /// <summary>
        /// Fix All edits each document once and adds the <c>using</c> once (the batch fixer would drop
        /// every fix after the second whose <c>using</c> is an identical insertion at one place). Only
        /// the diagnostics that offer the chosen action are fixed.
        /// </summary>
        public override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create(async (context, document, diagnostics)
                => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Request.TryCreate(root, diagnostic) is not Request request)
                {
                    continue;
                }

                string constant = request.ClassName + "." + request.Member;
                if (request.Spelling == MagicHangupNameAnalyzer.OtherCaseSpelling)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + constant + " (documented spelling \"" + request.DocumentedName + "\")",
                            ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), UseDocumentedSpellingKey, ct),
                            UseDocumentedSpellingKey),
                        diagnostic);
                    SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    if (model is not null && StringEquality(request.Literal, model, context.CancellationToken) is not null)
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                "Compare with " + constant + " ignoring case",
                                ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), CompareIgnoringCaseKey, ct),
                                CompareIgnoringCaseKey),
                            diagnostic);
                    }
                }
                else
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Use " + constant, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), UseConstantKey, ct), UseConstantKey),
                        diagnostic);
                }
            }
        }

        /// <summary>Whether <paramref name="request"/> is offered the action with equivalence key <paramref name="key"/>.</summary>
        private static bool Offers(Request request, string? key) => key switch
        {
            UseConstantKey => request.Spelling != MagicHangupNameAnalyzer.OtherCaseSpelling,
            UseDocumentedSpellingKey => request.Spelling == MagicHangupNameAnalyzer.OtherCaseSpelling,
            CompareIgnoringCaseKey => request.Spelling == MagicHangupNameAnalyzer.OtherCaseSpelling,
            _ => false,
        };

        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
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
                    || NamesType(request, table) is not INamedTypeSymbol names)
                {
                    continue;
                }

                ExpressionSyntax constant = HangupSyntax.Member(names, request.Member);
                if (key != CompareIgnoringCaseKey)
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

        /// <summary>The generated class holding the constant, when it has one called <see cref="Request.Member"/> with the documented value.</summary>
        private static INamedTypeSymbol? NamesType(Request request, HangupTable? table)
        {
            INamedTypeSymbol? names = request.ClassName == GeneratedTypeNames.HangupCauseNames ? table?.CauseNamesType : table?.SourceNamesType;
            bool holdsName = names?.GetMembers(request.Member)
                .OfType<IFieldSymbol>()
                .Any(f => f.HasConstantValue && f.ConstantValue is string value && string.Equals(value, request.Text, StringComparison.OrdinalIgnoreCase)) == true;
            return holdsName ? names : null;
        }

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
        private sealed class Request
        {
            private Request(LiteralExpressionSyntax literal, string text, string className, string member, string documentedName, string spelling)
            {
                Literal = literal;
                Text = text;
                ClassName = className;
                Member = member;
                DocumentedName = documentedName;
                Spelling = spelling;
            }

            public LiteralExpressionSyntax Literal { get; }

            /// <summary>The literal's value.</summary>
            public string Text { get; }

            /// <summary><c>HangupCauseNames</c> or <c>HangupSourceNames</c>.</summary>
            public string ClassName { get; }

            public string Member { get; }

            public string DocumentedName { get; }

            /// <summary>One of the <c>MagicHangupNameAnalyzer.*Spelling</c> values.</summary>
            public string Spelling { get; }

            public static Request? TryCreate(SyntaxNode root, Diagnostic diagnostic)
            {
                ImmutableDictionary<string, string?> properties = diagnostic.Properties;
                if (!properties.TryGetValue(MagicHangupNameAnalyzer.NamesProperty, out string? names)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.MemberProperty, out string? member)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.DocumentedNameProperty, out string? documented)
                    || !properties.TryGetValue(MagicHangupNameAnalyzer.SpellingProperty, out string? spelling)
                    || member is null
                    || documented is null
                    || spelling is null
                    || !diagnostic.Location.IsInSource
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                    || !string.Equals(literal.Token.ValueText, documented, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                string? className = names switch
                {
                    MagicHangupNameAnalyzer.CauseNames => GeneratedTypeNames.HangupCauseNames,
                    MagicHangupNameAnalyzer.SourceNames => GeneratedTypeNames.HangupSourceNames,
                    _ => null,
                };
                return className is null ? null : new Request(literal, literal.Token.ValueText, className, member, documented, spelling);
            }
        }
    }
}

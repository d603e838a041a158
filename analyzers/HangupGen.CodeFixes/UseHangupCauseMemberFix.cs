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
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0001: replaces a magic hangup code with the <c>HangupCause</c> member it is. An integer becomes
    /// the member converted to the type the literal had; a numeric string compared with a string (or
    /// an ASP.NET Core <c>StringValues</c>) becomes a parse and a comparison of causes (see
    /// <see cref="HangupCodeRewriter"/>). Fix All runs over each document in one pass so the variables
    /// the parse introduces get distinct names.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHangupCauseMemberFix))]
    [Shared]
    public sealed class UseHangupCauseMemberFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "use the member" (integers).</summary>
        public const string UseMemberKey = "HG0001.UseHangupCauseMember";

        /// <summary>Equivalence key of "parse the code and compare causes" (numeric strings).</summary>
        public const string ParseCodeKey = "HG0001.ParseHangupCode";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MagicHangupCode);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            HangupCodeRewriter? rewriter = await HangupCodeRewriter.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (rewriter is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Plan(rewriter, diagnostic) is HangupCodeRewrite rewrite)
                {
                    string key = KeyOf(rewrite);
                    string title = rewrite.Parses
                        ? "Parse the code and compare with HangupCause." + rewrite.Cause.Identifier
                        : "Use HangupCause." + rewrite.Cause.Identifier;
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), key, ct), key),
                        diagnostic);
                }
            }
        }

        private static string KeyOf(HangupCodeRewrite rewrite) => rewrite.Parses ? ParseCodeKey : UseMemberKey;

        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            HangupCodeRewriter? rewriter = await HangupCodeRewriter.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (rewriter is null)
            {
                return document;
            }

            var rewrites = diagnostics
                .Select(d => Plan(rewriter, d))
                .OfType<HangupCodeRewrite>()
                .Where(r => equivalenceKey is null || KeyOf(r) == equivalenceKey)
                .ToList();
            return await HangupCodeRewriter.ApplyAsync(document, rewriter.Model, rewrites, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The member the diagnostic names, checked against the literal it is reported on.</summary>
        private static HangupCodeRewrite? Plan(HangupCodeRewriter rewriter, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(MagicHangupCodeAnalyzer.IdentifierProperty, out string? identifier)
                && rewriter.FindLiteral(diagnostic, out long code) is LiteralExpressionSyntax literal
                && rewriter.Table.Causes.FirstOrDefault(c => c.Identifier == identifier) is HangupCauseInfo cause
                && cause.Code == code
                    ? rewriter.Plan(diagnostic, literal, cause)
                    : null;
    }
}

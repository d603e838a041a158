using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
    /// HG0002: an unknown code inside a category's documented range gets one action per documented
    /// code of that category, closest first ("Use HangupCause.BusyLine (3010) instead of 3015"); the
    /// user picks the code that was meant, and the literal is rewritten as HG0001's fix rewrites a
    /// known one (see <see cref="HangupCodeRewriter"/>). A code outside every range gets no action:
    /// nothing says which code was meant. Each action's equivalence key names the member and the
    /// unknown code, so Fix All puts that member in place of that code wherever it stands, and
    /// nowhere else.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDocumentedHangupCauseFix))]
    [Shared]
    public sealed class UseDocumentedHangupCauseFix : CodeFixProvider
    {
        /// <summary>The start of the equivalence keys of "use the member" (integers).</summary>
        public const string UseMemberKeyPrefix = "HG0002.UseHangupCause.";

        /// <summary>The start of the equivalence keys of "parse the code and compare causes" (numeric strings).</summary>
        public const string ParseCodeKeyPrefix = "HG0002.ParseHangupCode.";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownHangupCode);

        /// <summary>
        /// The equivalence key of the action putting <paramref name="identifier"/> in place of the
        /// unknown <paramref name="code"/>: <c>HG0002.UseHangupCause.BusyLine.3015</c>, or
        /// <c>HG0002.ParseHangupCode.BusyLine.3015</c> for a numeric string.
        /// </summary>
        public static string EquivalenceKey(bool parses, string identifier, long code)
            => (parses ? ParseCodeKeyPrefix : UseMemberKeyPrefix) + identifier + "." + code.ToString(CultureInfo.InvariantCulture);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (!context.Diagnostics.Any(d => d.Properties.ContainsKey(MagicHangupCodeAnalyzer.CandidatesProperty)))
            {
                return;
            }

            HangupCodeRewriter? rewriter = await HangupCodeRewriter.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (rewriter is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (rewriter.FindLiteral(diagnostic, out long code) is not LiteralExpressionSyntax literal)
                {
                    continue;
                }

                foreach (HangupCodeRewrite rewrite in Plans(rewriter, diagnostic, literal, code))
                {
                    HangupCauseInfo cause = rewrite.Cause;
                    string key = EquivalenceKey(rewrite.Parses, cause.Identifier, code);
                    string title = (rewrite.Parses ? "Parse the code and compare with HangupCause." : "Use HangupCause.")
                        + cause.Identifier + " (" + cause.Code.ToString(CultureInfo.InvariantCulture) + ") instead of " + literal.Token.Text;
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), key, ct), key),
                        diagnostic);
                }
            }
        }

        /// <summary>One rewrite per candidate the analyzer passed, in its order (closest code first), where a rewrite keeps the code's behaviour.</summary>
        private static IEnumerable<HangupCodeRewrite> Plans(HangupCodeRewriter rewriter, Diagnostic diagnostic, LiteralExpressionSyntax literal, long code)
        {
            if (!diagnostic.Properties.TryGetValue(MagicHangupCodeAnalyzer.CandidatesProperty, out string? candidates)
                || string.IsNullOrEmpty(candidates)
                || rewriter.Table.TryGetCause(code, out _))
            {
                yield break;
            }

            foreach (string identifier in candidates!.Split(','))
            {
                if (rewriter.Table.Causes.FirstOrDefault(c => c.Identifier == identifier) is HangupCauseInfo cause
                    && rewriter.Plan(diagnostic, literal, cause) is HangupCodeRewrite rewrite)
                {
                    yield return rewrite;
                }
            }
        }

        /// <summary>In each diagnostic, the rewrite whose key is <paramref name="equivalenceKey"/>, if it offers one (one action, or its Fix All pass).</summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            HangupCodeRewriter? rewriter = await HangupCodeRewriter.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (rewriter is null || equivalenceKey is null)
            {
                return document;
            }

            var rewrites = new List<HangupCodeRewrite>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (rewriter.FindLiteral(diagnostic, out long code) is LiteralExpressionSyntax literal
                    && Plans(rewriter, diagnostic, literal, code).FirstOrDefault(r => EquivalenceKey(r.Parses, r.Cause.Identifier, code) == equivalenceKey) is HangupCodeRewrite rewrite)
                {
                    rewrites.Add(rewrite);
                }
            }

            return await HangupCodeRewriter.ApplyAsync(document, rewriter.Model, rewrites, cancellationToken).ConfigureAwait(false);
        }
    }
}

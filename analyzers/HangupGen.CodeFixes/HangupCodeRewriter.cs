using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// Turns the literal of a hangup code diagnostic into a <c>HangupCause</c> member, deciding from
    /// the original document how: an integer becomes the member converted to the type the literal had
    /// (<c>(int)HangupCause.BusyLine</c>, no cast where a <c>HangupCause</c> was expected, the cast
    /// itself replaced in <c>(HangupCause)3010</c>); a numeric string compared with a string becomes a
    /// parse of that string and a comparison of causes, where the two agree for every value. Then
    /// applies the rewrites of one document in one pass, so that the variables the parses introduce
    /// get distinct names. Serves HG0001 (the member the literal is) and HG0002 (a documented member
    /// in place of an unknown code).
    /// </summary>
    internal sealed class HangupCodeRewriter
    {
        private readonly SyntaxNode _root;
        private readonly HangupAnalysisContext _context;

        private HangupCodeRewriter(SyntaxNode root, SemanticModel model, HangupTable table, HangupAnalysisContext context)
        {
            _root = root;
            Model = model;
            Table = table;
            _context = context;
        }

        public SemanticModel Model { get; }

        public HangupTable Table { get; }

        public static async Task<HangupCodeRewriter?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            HangupTable? table = model is null ? null : HangupSyntax.Table(document, model);
            return root is null || model is null || table is null
                ? null
                : new HangupCodeRewriter(root, model, table, new HangupAnalysisContext(table, document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider));
        }

        /// <summary>
        /// <c>global::Ns.Type.Member</c> parsed as an expression (where a name that cannot be
        /// shortened stays a member access, as the compiler parses it), for the clean-up to shorten and
        /// import.
        /// </summary>
        public static ExpressionSyntax MemberExpression(ITypeSymbol type, string member)
            => SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>Applies <paramref name="rewrites"/>, all planned on the original <paramref name="document"/>, and adds the <c>using</c> they need.</summary>
        public static async Task<Document> ApplyAsync(Document document, SemanticModel model, IReadOnlyCollection<HangupCodeRewrite> rewrites, CancellationToken cancellationToken)
        {
            if (rewrites.Count == 0)
            {
                return document;
            }

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var names = new VariableNames(model, cancellationToken);
            foreach (HangupCodeRewrite rewrite in rewrites.OrderBy(r => r.Target.SpanStart))
            {
                rewrite.ReserveNames(names);
            }

            // Innermost first: a replaced node's ancestors are then edited through the editor's tracking.
            foreach (HangupCodeRewrite rewrite in rewrites.OrderBy(r => r.Target.Span.Length))
            {
                editor.ReplaceNode(rewrite.Target, (current, _) => rewrite.Replace(current).WithTriviaFrom(current));
            }

            return await HangupSyntax.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The literal a HG0001 or HG0002 diagnostic is reported on, and the code it reads as.</summary>
        public LiteralExpressionSyntax? FindLiteral(Diagnostic diagnostic, out long code)
        {
            code = 0;
            return diagnostic.Location.IsInSource
                && _root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                && _root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                && HangupLiteral.TryGetCode(literal.Token.Value, out code, out _)
                    ? literal
                    : null;
        }

        /// <summary>How <paramref name="literal"/> (of <paramref name="diagnostic"/>) becomes <paramref name="cause"/>, or null where no rewrite keeps the code's behaviour.</summary>
        public HangupCodeRewrite? Plan(Diagnostic diagnostic, LiteralExpressionSyntax literal, HangupCauseInfo cause)
            => literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? PlanParse(diagnostic, literal, cause)
                : PlanMember(literal, cause);

        /// <summary>An integer: the member, converted to the type the literal had.</summary>
        private HangupCodeRewrite? PlanMember(LiteralExpressionSyntax literal, HangupCauseInfo cause)
        {
            ExpressionSyntax member = MemberExpression(Table.CauseType, cause.Identifier);
            if (CastOf(literal) is CastExpressionSyntax cast && Table.IsCauseType(Model.GetTypeInfo(cast).Type))
            {
                if (!SymbolEqualityComparer.Default.Equals(Model.GetTypeInfo(cast).Type, Table.CauseType))
                {
                    // (HangupCause?)3010 → (HangupCause?)HangupCause.BusyLine: the expression keeps its type.
                    return new HangupCodeRewrite(literal, cause, parses: false, (_, _) => member);
                }

                // (HangupCause)3010 → HangupCause.BusyLine; a member access needs no parentheses.
                SyntaxNode target = cast.Parent is ParenthesizedExpressionSyntax parenthesized ? parenthesized : cast;
                return new HangupCodeRewrite(target, cause, parses: false, (_, _) => member);
            }

            TypeInfo type = Model.GetTypeInfo(literal);
            if (type.Type is null)
            {
                return null;
            }

            if (Table.IsCauseType(type.ConvertedType))
            {
                return new HangupCodeRewrite(literal, cause, parses: false, (_, _) => member);
            }

            ITypeSymbol castTo = Integers.IsIntegral(type.ConvertedType) ? type.ConvertedType! : type.Type;
            ExpressionSyntax converted = HangupSyntax.Cast(castTo, member);
            if (IsReceiver(literal))
            {
                converted = SyntaxFactory.ParenthesizedExpression(converted);
            }

            return new HangupCodeRewrite(literal, cause, parses: false, (_, _) => converted);
        }

        /// <summary><c>3010.Equals(x)</c>: a cast there needs parentheses.</summary>
        private static bool IsReceiver(ExpressionSyntax literal) => literal.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression == literal,
            ConditionalAccessExpressionSyntax access => access.Expression == literal,
            ElementAccessExpressionSyntax access => access.Expression == literal,
            _ => false,
        };

        private static CastExpressionSyntax? CastOf(ExpressionSyntax literal)
        {
            SyntaxNode? node = literal.Parent;
            while (node is ParenthesizedExpressionSyntax or CastExpressionSyntax { Type: PredefinedTypeSyntax })
            {
                node = node.Parent;
            }

            return node as CastExpressionSyntax;
        }

        /// <summary>
        /// A numeric string compared with a string (or an ASP.NET Core <c>StringValues</c>): a parse of
        /// the compared value and a comparison of causes (see <see cref="StringComparisonShape"/>).
        /// Not in an expression tree, where no <c>out</c> variable may be declared.
        /// </summary>
        private HangupCodeRewrite? PlanParse(Diagnostic diagnostic, LiteralExpressionSyntax literal, HangupCauseInfo cause)
        {
            if (!diagnostic.Properties.TryGetValue(MagicHangupCodeAnalyzer.UseProperty, out string? use)
                || use != nameof(LiteralUseKind.Comparison)
                || TryParseCode() is not IMethodSymbol tryParseCode
                || !Model.IsAccessible(literal.SpanStart, tryParseCode)
                || ((CSharpParseOptions)literal.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp7_3
                || Model.GetOperation(literal) is not IOperation literalOperation
                || HangupLiteralContext.Find(literalOperation, _context) is not { Kind: LiteralUseKind.Comparison, Anchor: IOperation operation }
                || operation.Syntax is not ExpressionSyntax comparison
                || operation.ConstantValue.HasValue
                || ExpressionTrees.IsInExpressionTree(literalOperation, ExpressionTrees.ExpressionType(Model.Compilation))
                || StringComparisonShape.Of(operation, literal, Model) is not StringComparisonShape shape)
            {
                return null;
            }

            HangupTable table = Table;
            return new HangupCodeRewrite(comparison, cause, parses: true, (variables, current) => shape.Rewrite(table, cause, variables, current), shape.VariableBaseNames);
        }

        private IMethodSymbol? TryParseCode()
            => Table.CausesType?.GetMembers("TryParseCode").OfType<IMethodSymbol>().FirstOrDefault(m =>
                m.IsStatic
                && m.Parameters.Length == 2
                && m.Parameters[0].Type.SpecialType == SpecialType.System_String
                && m.Parameters[1].RefKind == RefKind.Out
                && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type, Table.CauseType));
    }
}

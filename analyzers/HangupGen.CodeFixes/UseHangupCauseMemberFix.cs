using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0001: replaces a magic hangup code with the <c>HangupCause</c> member. An integer becomes
    /// the member converted to the type the literal had (<c>(int)HangupCause.BusyLine</c>, no cast
    /// where a <c>HangupCause</c> was expected, the cast itself replaced in
    /// <c>(HangupCause)3010</c>); a numeric string compared with a string becomes a parse of that
    /// string and a comparison of causes. Fix All runs over each document in one pass so the
    /// variables the parse introduces get distinct names.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHangupCauseMemberFix))]
    [Shared]
    public sealed class UseHangupCauseMemberFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "use the member" (integers).</summary>
        public const string UseMemberKey = "HG0001.UseHangupCauseMember";

        /// <summary>Equivalence key of "parse the code and compare causes" (numeric strings).</summary>
        public const string ParseCodeKey = "HG0001.ParseHangupCode";

        private const string CauseVariableName = "hangupCause";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MagicHangupCode);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Planner? planner = await Planner.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (planner is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (planner.Plan(diagnostic) is Rewrite rewrite)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            rewrite.Title,
                            ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), rewrite.EquivalenceKey, ct),
                            rewrite.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            Planner? planner = await Planner.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (planner is null)
            {
                return document;
            }

            // Innermost first: a replaced node's ancestors are then edited through the editor's tracking.
            List<Rewrite> rewrites = diagnostics
                .Select(planner.Plan)
                .OfType<Rewrite>()
                .Where(r => equivalenceKey is null || r.EquivalenceKey == equivalenceKey)
                .OrderBy(r => r.Target.Span.Length)
                .ToList();
            if (rewrites.Count == 0)
            {
                return document;
            }

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var names = new VariableNames(planner.Model, cancellationToken);
            foreach (Rewrite rewrite in rewrites.OrderBy(r => r.Target.SpanStart))
            {
                rewrite.ReserveNames(names);
            }

            foreach (Rewrite rewrite in rewrites)
            {
                editor.ReplaceNode(rewrite.Target, (current, _) => rewrite.Replace(current).WithTriviaFrom(current));
            }

            return await HangupSyntax.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>global::Ns.Type.Member</c> parsed as an expression (where a name that cannot be
        /// shortened stays a member access, as the compiler parses it), for the clean-up to shorten and
        /// import.
        /// </summary>
        private static ExpressionSyntax MemberExpression(ITypeSymbol type, string member)
            => SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>Decides, from the original document, which rewrite a diagnostic gets, if any.</summary>
        private sealed class Planner
        {
            private readonly SyntaxNode _root;
            private readonly HangupTable _table;
            private readonly HangupAnalysisContext _context;

            private Planner(SyntaxNode root, SemanticModel model, HangupTable table, HangupAnalysisContext context)
            {
                _root = root;
                Model = model;
                _table = table;
                _context = context;
            }

            public SemanticModel Model { get; }

            public static async Task<Planner?> CreateAsync(Document document, CancellationToken cancellationToken)
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                HangupTable? table = model is null ? null : HangupSyntax.Table(document, model);
                return root is null || model is null || table is null
                    ? null
                    : new Planner(root, model, table, new HangupAnalysisContext(table, document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider));
            }

            public Rewrite? Plan(Diagnostic diagnostic)
            {
                if (!diagnostic.Properties.TryGetValue(MagicHangupCodeAnalyzer.IdentifierProperty, out string? identifier)
                    || _root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || _table.Causes.FirstOrDefault(c => c.Identifier == identifier) is not HangupCauseInfo cause
                    || !IsCodeOf(literal, cause))
                {
                    return null;
                }

                return literal.IsKind(SyntaxKind.StringLiteralExpression)
                    ? PlanParse(diagnostic, literal, cause)
                    : PlanMember(diagnostic, literal, cause);
            }

            private static bool IsCodeOf(LiteralExpressionSyntax literal, HangupCauseInfo cause)
                => literal.Token.Value switch
                {
                    string text => text == cause.Code.ToString(CultureInfo.InvariantCulture),
                    int or long or uint or ulong => System.Convert.ToDecimal(literal.Token.Value, CultureInfo.InvariantCulture) == cause.Code,
                    _ => false,
                };

            /// <summary>An integer: the member, converted to the type the literal had.</summary>
            private Rewrite? PlanMember(Diagnostic diagnostic, LiteralExpressionSyntax literal, HangupCauseInfo cause)
            {
                ExpressionSyntax member = MemberExpression(_table.CauseType, cause.Identifier);
                string title = "Use HangupCause." + cause.Identifier;
                if (CastOf(literal) is CastExpressionSyntax cast && _table.IsCauseType(Model.GetTypeInfo(cast).Type))
                {
                    if (!SymbolEqualityComparer.Default.Equals(Model.GetTypeInfo(cast).Type, _table.CauseType))
                    {
                        // (HangupCause?)3010 → (HangupCause?)HangupCause.BusyLine: the expression keeps its type.
                        return new Rewrite(literal, title, UseMemberKey, (_, _) => member);
                    }

                    // (HangupCause)3010 → HangupCause.BusyLine; a member access needs no parentheses.
                    SyntaxNode target = cast.Parent is ParenthesizedExpressionSyntax parenthesized ? parenthesized : cast;
                    return new Rewrite(target, title, UseMemberKey, (_, _) => member);
                }

                TypeInfo type = Model.GetTypeInfo(literal);
                if (type.Type is null)
                {
                    return null;
                }

                if (_table.IsCauseType(type.ConvertedType))
                {
                    return new Rewrite(literal, title, UseMemberKey, (_, _) => member);
                }

                ITypeSymbol castTo = Integers.IsIntegral(type.ConvertedType) ? type.ConvertedType! : type.Type;
                ExpressionSyntax converted = HangupSyntax.Cast(castTo, member);
                if (IsReceiver(literal))
                {
                    converted = SyntaxFactory.ParenthesizedExpression(converted);
                }

                return new Rewrite(literal, title, UseMemberKey, (_, _) => converted);
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
            /// A numeric string compared with a string: <c>HangupCauses.TryParseCode(x, out var
            /// hangupCause) &amp;&amp; hangupCause == HangupCause.BusyLine</c>. Offered only where it
            /// gives the same result as the string comparison for every string.
            /// </summary>
            private Rewrite? PlanParse(Diagnostic diagnostic, LiteralExpressionSyntax literal, HangupCauseInfo cause)
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

                string title = "Parse the code and compare with HangupCause." + cause.Identifier;
                return new Rewrite(comparison, title, ParseCodeKey, (variable, current) => shape.Rewrite(_table, cause, variable, current), declaresVariable: true);
            }

            private IMethodSymbol? TryParseCode()
                => _table.CausesType?.GetMembers("TryParseCode").OfType<IMethodSymbol>().FirstOrDefault(m =>
                    m.IsStatic
                    && m.Parameters.Length == 2
                    && m.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && m.Parameters[1].RefKind == RefKind.Out
                    && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type, _table.CauseType));
        }

        /// <summary>
        /// How a string comparison is written, so that the rewrite can be built from the node as it
        /// is when the editor reaches it (an inner literal may have been replaced already).
        /// </summary>
        private sealed class StringComparisonShape
        {
            private readonly bool _negated;
            private readonly System.Func<ExpressionSyntax, ExpressionSyntax?> _other;

            private StringComparisonShape(bool negated, System.Func<ExpressionSyntax, ExpressionSyntax?> other)
            {
                _negated = negated;
                _other = other;
            }

            public static StringComparisonShape? Of(IOperation operation, LiteralExpressionSyntax literal, SemanticModel model)
            {
                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                        when IsString(binary.LeftOperand) && IsString(binary.RightOperand) && binary.Syntax is BinaryExpressionSyntax:
                        bool literalOnLeft = binary.LeftOperand.Syntax == literal;
                        return new StringComparisonShape(
                            binary.OperatorKind == BinaryOperatorKind.NotEquals,
                            node => node is BinaryExpressionSyntax b ? (literalOnLeft ? b.Right : b.Left) : null);
                    case IInvocationOperation invocation when invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax or IdentifierNameSyntax }:
                        return OfEquals(invocation, literal, model);
                    default:
                        return null;
                }
            }

            private static StringComparisonShape? OfEquals(IInvocationOperation invocation, LiteralExpressionSyntax literal, SemanticModel model)
            {
                IMethodSymbol method = invocation.TargetMethod;
                ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
                if (method.Name != "Equals" || !IsOrdinal(arguments, method))
                {
                    return null;
                }

                int literalIndex = -1;
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (Unwrap(arguments[i].Value).Syntax == literal)
                    {
                        literalIndex = i;
                    }
                }

                if (invocation.Instance is null)
                {
                    // string.Equals(x, "3010"[, Ordinal]) and object.Equals(x, "3010") with a string x.
                    bool known = method.ContainingType.SpecialType is SpecialType.System_String or SpecialType.System_Object;
                    if (!known || literalIndex is not (0 or 1) || arguments.Length < 2 || !IsString(arguments[1 - literalIndex].Value))
                    {
                        return null;
                    }

                    int otherIndex = 1 - literalIndex;
                    return new StringComparisonShape(false, node => ArgumentOf(node, otherIndex));
                }

                if (method.ContainingType.SpecialType != SpecialType.System_String || !IsString(invocation.Instance) || arguments.Length == 0)
                {
                    return null;
                }

                if (Unwrap(invocation.Instance).Syntax == literal)
                {
                    // "3010".Equals(x): null-safe like the parse.
                    return IsString(arguments[0].Value) ? new StringComparisonShape(false, node => ArgumentOf(node, 0)) : null;
                }

                // x.Equals("3010") throws on a null x; the parse would not, so x must be known not null.
                return literalIndex == 0
                    && model.GetTypeInfo(invocation.Instance.Syntax).Nullability.FlowState == NullableFlowState.NotNull
                    ? new StringComparisonShape(false, node => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null)
                    : null;
            }

            /// <summary>No <c>StringComparison</c> argument, or an ordinal one: digits compare the same either way.</summary>
            private static bool IsOrdinal(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method)
            {
                foreach (IArgumentOperation argument in arguments)
                {
                    if (argument.Parameter?.Type is { Name: "StringComparison", ContainingNamespace.Name: "System" })
                    {
                        return argument.Value.ConstantValue is { HasValue: true, Value: int value }
                            && (value == (int)System.StringComparison.Ordinal || value == (int)System.StringComparison.OrdinalIgnoreCase);
                    }
                }

                return method.Parameters.Length <= 2;
            }

            private static ExpressionSyntax? ArgumentOf(ExpressionSyntax node, int index)
                => node is InvocationExpressionSyntax invocation && invocation.ArgumentList.Arguments.Count > index
                    ? invocation.ArgumentList.Arguments[index].Expression
                    : null;

            private static IOperation Unwrap(IOperation operation)
            {
                while (operation is IConversionOperation { IsImplicit: true } conversion)
                {
                    operation = conversion.Operand;
                }

                return operation;
            }

            private static bool IsString(IOperation operation) => Unwrap(operation).Type?.SpecialType == SpecialType.System_String;

            public ExpressionSyntax Rewrite(HangupTable table, HangupCauseInfo cause, string variable, ExpressionSyntax current)
            {
                ExpressionSyntax other = _other(current) ?? throw new System.InvalidOperationException("The comparison changed shape.");
                InvocationExpressionSyntax parse = SyntaxFactory.InvocationExpression(
                    MemberExpression(table.CausesType!, "TryParseCode"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(other.WithoutTrivia()),
                        SyntaxFactory.Argument(SyntaxFactory.DeclarationExpression(
                                SyntaxFactory.IdentifierName("var"),
                                SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(variable))))
                            .WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.OutKeyword)),
                    })));
                ExpressionSyntax test = SyntaxFactory.BinaryExpression(
                    _negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                    SyntaxFactory.IdentifierName(variable),
                    MemberExpression(table.CauseType, cause.Identifier));
                ExpressionSyntax combined = _negated
                    ? SyntaxFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, parse), test)
                    : SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, parse, test);
                return SyntaxFactory.ParenthesizedExpression(combined).WithAdditionalAnnotations(Simplifier.Annotation);
            }
        }

        /// <summary>One replacement: the node to replace and how to build its replacement from its current form.</summary>
        private sealed class Rewrite
        {
            private readonly System.Func<string, ExpressionSyntax, ExpressionSyntax> _build;
            private readonly bool _declaresVariable;
            private string _variable = CauseVariableName;

            public Rewrite(SyntaxNode target, string title, string equivalenceKey, System.Func<string, ExpressionSyntax, ExpressionSyntax> build, bool declaresVariable = false)
            {
                Target = target;
                Title = title;
                EquivalenceKey = equivalenceKey;
                _build = build;
                _declaresVariable = declaresVariable;
            }

            public SyntaxNode Target { get; }

            public string Title { get; }

            public string EquivalenceKey { get; }

            public void ReserveNames(VariableNames names)
            {
                if (_declaresVariable)
                {
                    _variable = names.Reserve(Target, CauseVariableName);
                }
            }

            public SyntaxNode Replace(SyntaxNode current)
                => current is ExpressionSyntax expression ? _build(_variable, expression) : current;
        }

        /// <summary>
        /// Picks names for the variables a fix declares: free in the enclosing member (declared
        /// there or visible from outside) and not given to another fix of the same pass.
        /// </summary>
        private sealed class VariableNames
        {
            private readonly SemanticModel _model;
            private readonly CancellationToken _cancellationToken;
            private readonly Dictionary<SyntaxNode, HashSet<string>> _taken = new Dictionary<SyntaxNode, HashSet<string>>();

            public VariableNames(SemanticModel model, CancellationToken cancellationToken)
            {
                _model = model;
                _cancellationToken = cancellationToken;
            }

            public string Reserve(SyntaxNode at, string baseName)
            {
                SyntaxNode member = at.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax || n is CompilationUnitSyntax)!;
                if (!_taken.TryGetValue(member, out HashSet<string>? taken))
                {
                    taken = new HashSet<string>(DeclaredNames(member));
                    _taken.Add(member, taken);
                }

                foreach (ISymbol symbol in _model.LookupSymbols(at.SpanStart))
                {
                    taken.Add(symbol.Name);
                }

                string name = baseName;
                for (int i = 2; taken.Contains(name); i++)
                {
                    name = baseName + i.ToString(CultureInfo.InvariantCulture);
                }

                taken.Add(name);
                _cancellationToken.ThrowIfCancellationRequested();
                return name;
            }

            private static IEnumerable<string> DeclaredNames(SyntaxNode member)
            {
                foreach (SyntaxNode node in member.DescendantNodesAndSelf())
                {
                    SyntaxToken identifier = node switch
                    {
                        VariableDeclaratorSyntax declarator => declarator.Identifier,
                        SingleVariableDesignationSyntax designation => designation.Identifier,
                        ParameterSyntax parameter => parameter.Identifier,
                        LocalFunctionStatementSyntax function => function.Identifier,
                        ForEachStatementSyntax forEach => forEach.Identifier,
                        CatchDeclarationSyntax @catch => @catch.Identifier,
                        QueryClauseSyntax or QueryContinuationSyntax => QueryIdentifier(node),
                        _ => default,
                    };
                    if (identifier.ValueText.Length > 0)
                    {
                        yield return identifier.ValueText;
                    }
                }
            }

            private static SyntaxToken QueryIdentifier(SyntaxNode node) => node switch
            {
                FromClauseSyntax from => from.Identifier,
                LetClauseSyntax let => let.Identifier,
                JoinClauseSyntax join => join.Identifier,
                JoinIntoClauseSyntax into => into.Identifier,
                QueryContinuationSyntax continuation => continuation.Identifier,
                _ => default,
            };
        }
    }
}

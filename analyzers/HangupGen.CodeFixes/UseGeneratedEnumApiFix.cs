using System;
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

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0007: replaces the <c>Enum</c> API on a generated enum with the generated helper. The
    /// identifier text becomes <c>GetName()</c>; a comparison of it with a string that names a member
    /// becomes a comparison of values (<c>cause == HangupCause.BusyLine</c>, which is what the author
    /// meant and what still holds for the identifier); <c>Enum.TryParse&lt;T&gt;</c> and
    /// <c>Enum.IsDefined</c> of a string become the generated <c>TryParse</c> (and, for hangup codes,
    /// <c>TryParseCode</c> after it, so the documented numbers <c>Enum.TryParse</c> read still parse);
    /// a bound <c>HangupCause</c> parameter becomes a <c>HangupCode</c>. <c>Enum.Parse</c>,
    /// <c>Enum.GetNames</c> and the non-generic <c>TryParse</c> are left to the author.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedEnumApiFix))]
    [Shared]
    public sealed class UseGeneratedEnumApiFix : CodeFixProvider
    {
        /// <summary><c>cause.ToString()</c> → <c>cause.GetName()</c>.</summary>
        public const string UseGetNameKey = "HG0007.UseGetName";

        /// <summary><c>cause.ToString() == "Busy Line"</c> → <c>cause == HangupCause.BusyLine</c>.</summary>
        public const string CompareValuesKey = "HG0007.CompareValues";

        /// <summary><c>Enum.TryParse&lt;HangupCause&gt;(text, out var cause)</c> → <c>HangupCauses.TryParse(text, out var cause)</c>.</summary>
        public const string UseGeneratedParserKey = "HG0007.UseGeneratedParser";

        /// <summary>A bound <c>HangupCause</c> parameter → <c>HangupCode</c>.</summary>
        public const string BindHangupCodeKey = "HG0007.BindHangupCode";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.EnumApiOnGeneratedType);

        /// <summary>Fix All edits each document once, so the <c>using</c> a fix needs is added once.</summary>
        public override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create(async (context, document, diagnostics)
                => await FixDocumentAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            HangupTable? table = model is null ? null : HangupSyntax.Table(context.Document, model);
            if (root is null || model is null || table is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Plan(root, model, table, diagnostic, context.CancellationToken) is not Edit edit)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(edit.Title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), edit.Key, ct), edit.Key),
                    diagnostic);
            }
        }

        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            HangupTable? table = model is null ? null : HangupSyntax.Table(document, model);
            if (root is null || model is null || table is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Plan(root, model, table, diagnostic, cancellationToken) is Edit edit && edit.Key == key && !replacements.ContainsKey(edit.Node))
                {
                    replacements.Add(edit.Node, edit.Rewrite);
                    if (edit.ExtensionNamespace is not null)
                    {
                        namespaces.Add(edit.ExtensionNamespace);
                    }
                }
            }

            if (replacements.Count == 0)
            {
                return document;
            }

            SyntaxNode fixedRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
            fixedRoot = AddUsings(fixedRoot, namespaces);
            return await HangupSyntax.AddImportsAsync(document.WithSyntaxRoot(fixedRoot), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>What fixing <paramref name="diagnostic"/> replaces, and with what; null when no behaviour-keeping edit exists.</summary>
        private static Edit? Plan(SyntaxNode root, SemanticModel model, HangupTable table, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            ImmutableDictionary<string, string?> properties = diagnostic.Properties;
            if (properties.ContainsKey(EnumApiOnGeneratedTypeAnalyzer.NoFixProperty)
                || !properties.TryGetValue(EnumApiOnGeneratedTypeAnalyzer.EnumProperty, out string? enumName)
                || table.GeneratedEnums.FirstOrDefault(e => e.Name == enumName) is not GeneratedEnum generated
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SyntaxNode node)
            {
                return null;
            }

            properties.TryGetValue(EnumApiOnGeneratedTypeAnalyzer.FormProperty, out string? form);
            switch (form)
            {
                case EnumApiOnGeneratedTypeAnalyzer.IdentifierTextForm:
                    return UseGetName(node, model, generated, cancellationToken);
                case EnumApiOnGeneratedTypeAnalyzer.ComparisonForm:
                    return properties.TryGetValue(EnumApiOnGeneratedTypeAnalyzer.MemberProperty, out string? member) && member is not null
                        ? CompareValues(node, generated, member)
                        : null;
                case EnumApiOnGeneratedTypeAnalyzer.ParseForm:
                case EnumApiOnGeneratedTypeAnalyzer.IsDefinedForm:
                    return UseParser(node, model, generated, form == EnumApiOnGeneratedTypeAnalyzer.IsDefinedForm, cancellationToken);
                case EnumApiOnGeneratedTypeAnalyzer.ParameterForm:
                    return BindCode(node, table, generated);
                default:
                    return null;
            }
        }

        /// <summary><c>cause.ToString()</c>, <c>Enum.GetName(cause)</c>, <c>{cause}</c>, <c>"…" + cause</c> → <c>cause.GetName()</c>.</summary>
        private static Edit? UseGetName(SyntaxNode node, SemanticModel model, GeneratedEnum generated, CancellationToken cancellationToken)
        {
            if (!generated.HasGetName || node is not ExpressionSyntax expression)
            {
                return null;
            }

            ExpressionSyntax? value = ValueOf(expression, out bool isToString);
            if (value is null)
            {
                return null;
            }

            string? import = NeedsImport(model, node.SpanStart, generated) ? generated.Type.ContainingNamespace.ToDisplayString() : null;
            if (isToString)
            {
                // Keep the receiver as written (x.ToString(), x?.ToString()): only the name changes.
                return new Edit(node, "Use GetName()", UseGetNameKey, rewritten => RenameCall((InvocationExpressionSyntax)rewritten), import);
            }

            ExpressionSyntax valueInOriginal = value;
            return new Edit(node, "Use GetName()", UseGetNameKey, rewritten =>
            {
                ExpressionSyntax receiver = rewritten == node ? valueInOriginal : ValueOf((ExpressionSyntax)rewritten, out _) ?? valueInOriginal;
                return CallGetName(receiver).WithTriviaFrom(rewritten);
            }, import);
        }

        /// <summary>The enum value a diagnosed expression formats: the receiver of ToString(), the argument of Enum.GetName, or the expression itself.</summary>
        private static ExpressionSyntax? ValueOf(ExpressionSyntax expression, out bool isToString)
        {
            isToString = false;
            if (expression is InvocationExpressionSyntax invocation)
            {
                SimpleNameSyntax? name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name,
                    MemberBindingExpressionSyntax binding => binding.Name,
                    _ => null,
                };
                if (name?.Identifier.ValueText == "ToString")
                {
                    isToString = true;
                    return invocation;
                }

                if (name?.Identifier.ValueText == "GetName")
                {
                    // Enum.GetName(typeof(T), value), Enum.GetName<T>(value): the value is the last argument.
                    return invocation.ArgumentList.Arguments.LastOrDefault()?.Expression;
                }

                return null;
            }

            return expression;
        }

        private static SyntaxNode RenameCall(InvocationExpressionSyntax invocation)
            => invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => invocation.WithExpression(access.WithName(SyntaxFactory.IdentifierName("GetName").WithTriviaFrom(access.Name))),
                MemberBindingExpressionSyntax binding => invocation.WithExpression(binding.WithName(SyntaxFactory.IdentifierName("GetName").WithTriviaFrom(binding.Name))),
                _ => invocation,
            };

        private static ExpressionSyntax CallGetName(ExpressionSyntax value)
            => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Receiver(value.WithoutTrivia()), SyntaxFactory.IdentifierName("GetName")));

        /// <summary><c>cause.ToString() == "Busy Line"</c> → <c>cause == HangupCause.BusyLine</c>; <c>Equals</c> forms likewise.</summary>
        private static Edit? CompareValues(SyntaxNode node, GeneratedEnum generated, string member)
        {
            if (node is not InvocationExpressionSyntax text || ValueOf(text, out bool isToString) is not ExpressionSyntax value
                || (isToString && text.Expression is not MemberAccessExpressionSyntax))
            {
                return null;
            }

            ExpressionSyntax formatted = isToString ? ((MemberAccessExpressionSyntax)text.Expression).Expression : value;
            SyntaxNode operand = text;
            while (operand.Parent is ParenthesizedExpressionSyntax)
            {
                operand = operand.Parent;
            }

            ExpressionSyntax memberAccess = HangupSyntax.Member(generated.Type, member);
            string title = "Compare with " + generated.Name + "." + member;
            switch (operand.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return new Edit(binary, title, CompareValuesKey, rewritten => SyntaxFactory.BinaryExpression(
                            binary.Kind(), formatted.WithoutTrivia(), memberAccess).WithTriviaFrom(rewritten).WithAdditionalAnnotations(Formatter.Annotation), null);
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals", Parent: InvocationExpressionSyntax equals } access when access.Expression == operand:
                    return new Edit(equals, title, CompareValuesKey, rewritten => Equality(formatted, memberAccess).WithTriviaFrom(rewritten), null);
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax equals } }
                    when equals.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" }:
                    return new Edit(equals, title, CompareValuesKey, rewritten => Equality(formatted, memberAccess).WithTriviaFrom(rewritten), null);
                default:
                    return null;
            }
        }

        private static ExpressionSyntax Equality(ExpressionSyntax left, ExpressionSyntax right)
            => SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, left.WithoutTrivia(), right))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        /// <summary>
        /// <c>Enum.TryParse&lt;T&gt;(text[, ignoreCase], out x)</c> → <c>Parser.TryParse(text, out x)</c>, followed by
        /// <c>|| Parser.TryParseCode(text, out x)</c> where the generated <c>TryParse</c> reads no codes and the text can be read twice;
        /// <c>Enum.IsDefined(typeof(T), text)</c> → <c>Parser.TryParse(text, out _)</c>.
        /// </summary>
        private static Edit? UseParser(SyntaxNode node, SemanticModel model, GeneratedEnum generated, bool isDefined, CancellationToken cancellationToken)
        {
            if (generated.Parser is not INamedTypeSymbol parser
                || node is not InvocationExpressionSyntax invocation
                || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            ArgumentSyntax? text = null;
            ArgumentSyntax? result = null;
            foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
            {
                IParameterSymbol? parameter = Parameter(argument, method);
                if (parameter is null)
                {
                    return null;
                }

                if (parameter.RefKind == RefKind.Out)
                {
                    result = argument;
                }
                else if (parameter.Name is "value" or "name" && model.GetTypeInfo(argument.Expression, cancellationToken).Type?.SpecialType == SpecialType.System_String)
                {
                    text = argument;
                }
            }

            // Enum.TryParse(Type, string, out object) gives an object: the generated parser's out is the enum.
            if (text is null || (isDefined ? result is not null : result is null || !method.IsGenericMethod))
            {
                return null;
            }

            ExpressionSyntax textValue = text.Expression.WithoutTrivia();
            ArgumentSyntax outResult = isDefined
                ? SyntaxFactory.Argument(null, SyntaxFactory.Token(SyntaxKind.OutKeyword), SyntaxFactory.IdentifierName("_"))
                : result!.WithoutTrivia();
            ExpressionSyntax call = ParserCall(parser, "TryParse", textValue, outResult);
            string title = "Use " + parser.Name + ".TryParse";
            if (!isDefined && generated.HasTryParseCode && IsReadTwiceSafe(textValue) && SecondOut(outResult) is ArgumentSyntax secondOut)
            {
                call = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(
                        SyntaxKind.LogicalOrExpression, call, ParserCall(parser, "TryParseCode", textValue, secondOut)))
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                title = "Use " + parser.Name + ".TryParse, then " + parser.Name + ".TryParseCode";
            }

            ExpressionSyntax replacement = call;
            return new Edit(invocation, title, UseGeneratedParserKey, rewritten => replacement.WithTriviaFrom(rewritten).WithAdditionalAnnotations(Formatter.Annotation), null);
        }

        private static IParameterSymbol? Parameter(ArgumentSyntax argument, IMethodSymbol method)
        {
            if (argument.NameColon is not null)
            {
                return method.Parameters.FirstOrDefault(p => p.Name == argument.NameColon.Name.Identifier.ValueText);
            }

            int index = ((ArgumentListSyntax)argument.Parent!).Arguments.IndexOf(argument);
            return index < method.Parameters.Length ? method.Parameters[index] : null;
        }

        private static ExpressionSyntax ParserCall(INamedTypeSymbol parser, string method, ExpressionSyntax text, ArgumentSyntax result)
            => SyntaxFactory.InvocationExpression(
                HangupSyntax.Member(parser, method),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(text), result })));

        /// <summary>A name, a literal or a chain of member names: reading it twice reads the same text.</summary>
        private static bool IsReadTwiceSafe(ExpressionSyntax text)
            => text switch
            {
                IdentifierNameSyntax or LiteralExpressionSyntax => true,
                MemberAccessExpressionSyntax access => access.Expression is ThisExpressionSyntax || IsReadTwiceSafe(access.Expression),
                _ => false,
            };

        /// <summary>The <c>out</c> of the second call: the variable the first declared, or the same target.</summary>
        private static ArgumentSyntax? SecondOut(ArgumentSyntax first)
            => first.Expression switch
            {
                DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable }
                    => first.WithExpression(SyntaxFactory.IdentifierName(variable.Identifier.ValueText)),
                DeclarationExpressionSyntax { Designation: DiscardDesignationSyntax } => first.WithExpression(SyntaxFactory.IdentifierName("_")),
                IdentifierNameSyntax => first,
                _ => null,
            };

        /// <summary>A bound <c>HangupCause</c> (or <c>HangupCause?</c>) parameter → <c>HangupCode</c> (or <c>HangupCode?</c>).</summary>
        private static Edit? BindCode(SyntaxNode node, HangupTable table, GeneratedEnum generated)
        {
            if (table.CodeType is not INamedTypeSymbol code
                || !SymbolEqualityComparer.Default.Equals(generated.Type, table.CauseType)
                || node.FirstAncestorOrSelf<ParameterSyntax>() is not { Type: TypeSyntax type })
            {
                return null;
            }

            TypeSyntax target = type is NullableTypeSyntax nullable ? nullable.ElementType : type;
            return new Edit(target, "Bind a " + code.Name, BindHangupCodeKey, rewritten => HangupSyntax.TypeName(code).WithTriviaFrom(rewritten), null);
        }

        /// <summary>Whether <c>GetName()</c> of <paramref name="generated"/> is out of scope at <paramref name="position"/>, so its namespace must be imported.</summary>
        private static bool NeedsImport(SemanticModel model, int position, GeneratedEnum generated)
            => model.LookupSymbols(position, generated.Type, "GetName", includeReducedExtensionMethods: true)
                .OfType<IMethodSymbol>()
                .All(m => m.ReducedFrom is null);

        private static SyntaxNode AddUsings(SyntaxNode root, HashSet<string> namespaces)
        {
            if (root is not CompilationUnitSyntax unit || namespaces.Count == 0)
            {
                return root;
            }

            foreach (string name in namespaces.OrderBy(n => n, StringComparer.Ordinal))
            {
                if (!unit.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == name))
                {
                    unit = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name)).WithAdditionalAnnotations(Formatter.Annotation));
                }
            }

            return unit;
        }

        /// <summary><paramref name="value"/> as the receiver of a call, parenthesized where it would otherwise bind differently.</summary>
        private static ExpressionSyntax Receiver(ExpressionSyntax value)
            => value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or ParenthesizedExpressionSyntax or ThisExpressionSyntax or LiteralExpressionSyntax
                ? value
                : SyntaxFactory.ParenthesizedExpression(value);

        /// <summary>One planned edit: the node to replace, how, and the action it belongs to.</summary>
        private sealed record Edit(SyntaxNode Node, string Title, string Key, Func<SyntaxNode, SyntaxNode> Rewrite, string? ExtensionNamespace);
    }
}

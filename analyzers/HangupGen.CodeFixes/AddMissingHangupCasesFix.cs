using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Switches;
using HangupGen.CodeFixes.MissingCases;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0003: adds a case (statement) or arm (expression) for every missing member, before the
    /// default, grouped by category under a comment line. Each new case carries a one-line comment
    /// with the cause's documented next steps (from the generated <c>HangupCauseNextSteps</c>) and
    /// throws <c>NotImplementedException</c> until it is written: the switch then handles every
    /// member by name, and the exception says which one is still to do.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingHangupCasesFix))]
    [Shared]
    public sealed class AddMissingHangupCasesFix : CodeFixProvider
    {
        /// <summary>One equivalence key for every HG0003 fix, so Fix All applies them together.</summary>
        public const string EquivalenceKey = DiagnosticIds.NonExhaustiveHangupSwitch + ".AddMissingCases";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonExhaustiveHangupSwitch);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is not null && MissingCasesRequest.TryRead(diagnostic, root, out MissingCasesRequest? request))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(request), ct => AddCasesAsync(context.Document, request, ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static string Title(MissingCasesRequest request)
        {
            int count = request.Missing.Length;
            string noun = request.Subject switch
            {
                HangupSwitchSubject.Category => count == 1 ? "category" : "categories",
                HangupSwitchSubject.Code => count == 1 ? "code" : "codes",
                HangupSwitchSubject.Vocabulary => count == 1 ? "value" : "values",
                _ => count == 1 ? "cause" : "causes",
            };
            return count == 1
                ? "Add a case for the missing " + noun + " " + request.Missing[0]
                : "Add cases for the " + count.ToString(CultureInfo.InvariantCulture) + " missing " + noun;
        }

        private static async Task<Document> AddCasesAsync(Document document, MissingCasesRequest request, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || HangupSyntax.Table(document, model) is not HangupTable table)
            {
                return document;
            }

            ImmutableArray<NewCase> cases = NewCases.For(request, table, model, cancellationToken);
            if (cases.IsEmpty)
            {
                return document;
            }

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            TypeSyntax exception = ExceptionType(editor.Generator, model.Compilation);
            editor.ReplaceNode(request.Switch, (current, generator) => NewCaseSyntax.AddTo(current, cases, request.DefaultIndex, generator, exception));
            return editor.GetChangedDocument();
        }

        /// <summary>
        /// <c>System.NotImplementedException</c>, annotated with its symbol so that the clean-up adds
        /// <c>using System;</c> when the file lacks it and simplifies the name to <c>NotImplementedException</c>.
        /// </summary>
        private static TypeSyntax ExceptionType(SyntaxGenerator generator, Compilation compilation)
            => compilation.GetTypeByMetadataName("System.NotImplementedException") is INamedTypeSymbol type
                && generator.TypeExpression(type, addImport: true) is TypeSyntax typeSyntax
                ? typeSyntax
                : SyntaxFactory.ParseTypeName("global::System.NotImplementedException").WithAdditionalAnnotations(Simplifier.Annotation);
    }
}

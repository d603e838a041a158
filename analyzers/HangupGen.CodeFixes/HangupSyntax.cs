using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// Syntax the fixes insert. Names are written fully qualified and annotated, so that the code
    /// action's clean-up adds the <c>using</c> and simplifies them: the user sees
    /// <c>HangupCause.BusyLine</c>, whatever namespace the types are generated in.
    /// </summary>
    internal static class HangupSyntax
    {
        /// <summary>The table of the document's compilation, read the way the analyzers read it.</summary>
        public static HangupTable? Table(Document document, SemanticModel model)
            => HangupTable.Get(model.Compilation, document.Project.AnalyzerOptions);

        /// <summary>
        /// Adds the <c>using</c> directives that the names inserted by this class need. The code
        /// action's clean-up only adds imports for symbol-annotated nodes, so a fix calls this on the
        /// document it returns; the clean-up then shortens <c>global::Ns.Type</c> to <c>Type</c>.
        /// </summary>
        public static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken)
            => ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

        /// <summary><c>global::Ns.Type</c>, to be simplified to <c>Type</c> with a <c>using Ns;</c>.</summary>
        public static TypeSyntax TypeName(ITypeSymbol type)
            => SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary><c>Type.Member</c>, e.g. <c>HangupCause.BusyLine</c>.</summary>
        public static MemberAccessExpressionSyntax Member(ITypeSymbol type, string member)
            => SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    TypeName(type),
                    SyntaxFactory.IdentifierName(member))
                .WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary><c>(int)HangupCause.BusyLine</c>: the member converted to the type a literal had.</summary>
        public static ExpressionSyntax Cast(ITypeSymbol type, ExpressionSyntax expression)
            => SyntaxFactory.CastExpression(TypeName(type), expression).WithAdditionalAnnotations(Simplifier.Annotation);
    }
}

using System.Composition;
using System.Threading;
using HangupGen.Analyzers;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0005: replaces a magic hangup name with its generated constant
    /// (<c>HangupCauseNames.BusyLine</c>, <c>HangupSourceNames.Carrier</c>, <c>HangupReasonNames.CarrierDeclined</c>); the actions and the
    /// spelling rules are <see cref="GeneratedConstantFix"/>'s.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedHangupNameFix))]
    [Shared]
    public sealed class UseGeneratedHangupNameFix : GeneratedConstantFix
    {
        /// <summary>The constant replaces a literal that means the same: exact spelling, or a comparison that ignores case.</summary>
        public const string UseConstantKey = "HG0005.UseGeneratedName";

        /// <summary>The constant replaces a literal spelled in another case in an ordinal comparison: what matches changes.</summary>
        public const string UseDocumentedSpellingKey = "HG0005.UseDocumentedSpelling";

        /// <summary><c>x == "busy line"</c> becomes <c>string.Equals(x, HangupCauseNames.BusyLine, StringComparison.OrdinalIgnoreCase)</c>.</summary>
        public const string CompareIgnoringCaseKey = "HG0005.CompareIgnoringCase";

        /// <summary>Creates the fix.</summary>
        public UseGeneratedHangupNameFix()
            : base(DiagnosticIds.MagicHangupName, UseConstantKey, UseDocumentedSpellingKey, CompareIgnoringCaseKey)
        {
        }

        private protected override string? Title(Request request)
            => ClassName(request) is string className ? className + "." + request.Member : null;

        private protected override ExpressionSyntax? Constant(Request request, HangupTable table, SemanticModel model, CancellationToken cancellationToken)
            => !request.IsNumber && NamesType(request, table) is INamedTypeSymbol names ? HangupSyntax.Member(names, request.Member) : null;

        private static string? ClassName(Request request) => request.Names switch
        {
            MagicHangupNameAnalyzer.CauseNames or MagicHangupNameAnalyzer.SourceNames or MagicHangupNameAnalyzer.ReasonNames => MagicHangupNameAnalyzer.NamesClass(request.Names),
            _ => null,
        };

        /// <summary>The generated class holding the constant, when it has the constant the diagnostic names, with the literal's value.</summary>
        private static INamedTypeSymbol? NamesType(Request request, HangupTable table)
        {
            INamedTypeSymbol? names = request.Names switch
            {
                MagicHangupNameAnalyzer.CauseNames => table.CauseNamesType,
                MagicHangupNameAnalyzer.SourceNames => table.SourceNamesType,
                MagicHangupNameAnalyzer.ReasonNames => table.ReasonVocabulary?.NamesType,
                _ => null,
            };
            return HoldsConstant(names, request) ? names : null;
        }
    }
}

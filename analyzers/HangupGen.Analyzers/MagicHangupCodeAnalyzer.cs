using System;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0001 (a literal equal to a documented code where a hangup code is meant) and HG0002 (a
    /// literal in the same place that is no code of the table). One walk serves both rules.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MagicHangupCodeAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: the <c>HangupCause</c> member the literal stands for (HG0001).</summary>
        public const string IdentifierProperty = "Identifier";

        /// <summary>Property: the <see cref="LiteralUseKind"/> of the literal.</summary>
        public const string UseProperty = "Use";

        /// <summary>Property: "true" when the literal is a numeric string.</summary>
        public const string IsStringProperty = "IsString";

        /// <summary>
        /// Property (HG0002): the documented members of the category whose range holds the unknown
        /// code, comma-separated, closest code first (the lower one first at equal distance). Absent
        /// when the code is in no category's range, or the category documents no code.
        /// </summary>
        public const string CandidatesProperty = "Candidates";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MagicHangupCode, DiagnosticDescriptors.UnknownHangupCode);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
            // An operation action, not a syntax action: nearly every integer literal is an argument, an
            // assignment or an initializer that only the operation tree can place, and a syntax action
            // asking for that tree would be charged for binding the member (docs/analyzer-profile.md).
            => context.RegisterOperationAction(source.Defer(hangup => hangup).Guard<OperationAnalysisContext>(AnalyzeLiteral), OperationKind.Literal);

        private static void AnalyzeLiteral(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            // The value, then the syntax around the literal, before the walk up the operation tree.
            var literal = (ILiteralOperation)context.Operation;
            if (!HangupLiteral.TryGetCode(literal, out long code, out bool isString)
                || (literal.Syntax is LiteralExpressionSyntax syntax && !HangupLiteralSyntax.MayHaveContext(syntax)))
            {
                return;
            }

            LiteralUse? use = HangupLiteralContext.Find(literal, hangup, context.ContainingSymbol);
            if (use is not LiteralUse found || (found.Role & HangupRole.Code) == 0 || IsUnsetDefault(code, found))
            {
                return;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(UseProperty, found.Kind.ToString())
                .Add(IsStringProperty, isString ? "true" : "false");
            Location location = literal.Syntax.GetLocation();
            string text = literal.Syntax.ToString();
            if (hangup.Table.TryGetCause(code, out HangupCauseInfo cause))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MagicHangupCode,
                    location,
                    properties.Add(IdentifierProperty, cause.Identifier),
                    text,
                    cause.Identifier,
                    cause.Name ?? cause.Identifier));
                return;
            }

            HangupCategoryInfo? category = hangup.Table.FindCategory(code);
            if (category is { Members.Count: > 0 })
            {
                properties = properties.Add(CandidatesProperty, Candidates(category, code));
            }

            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownHangupCode, location, properties, text, WhereItFalls(category)));
        }

        /// <summary>
        /// The category's documented members, closest code first. A method of its own: a lambda over
        /// <paramref name="code"/> in <see cref="AnalyzeLiteral"/> made the compiler allocate its closure
        /// at the top of that method, on every literal of the program (docs/analyzer-profile.md, finding 18).
        /// </summary>
        private static string Candidates(HangupCategoryInfo category, long code)
            => string.Join(",", category.Members
                .OrderBy(m => Math.Abs(m.Code - code))
                .ThenBy(m => m.Code)
                .Select(m => m.Identifier));

        /// <summary>" (it falls in the range 3000-3050 of CallRejections, which documents NoAnswer (3000), …)", or nothing.</summary>
        private static string WhereItFalls(HangupCategoryInfo? category)
        {
            if (category is null)
            {
                return string.Empty;
            }

            string documented = category.Members.Count == 0 ? "no code" : string.Join(", ", category.Members);
            return " (it falls in the range " + category.RangeText + " of " + category.Identifier + ", which documents " + documented + ")";
        }

        /// <summary>
        /// <c>int hangupCode = 0;</c> and <c>hangupCode = 0</c> mean "not set yet" far more often than
        /// "Unknown"; only a comparison with 0 is taken as the Unknown cause.
        /// </summary>
        private static bool IsUnsetDefault(long code, LiteralUse use)
            => code == 0 && use.Kind is LiteralUseKind.Initializer or LiteralUseKind.Assignment;
    }
}

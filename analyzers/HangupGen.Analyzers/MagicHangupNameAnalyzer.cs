using System;
using System.Collections.Immutable;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0005: a string literal equal, ignoring case, to a documented cause name ("Busy Line"),
    /// hangup source ("Carrier") or Bolna hangup reason ("Carrier declined"), compared with (<c>==</c>, <c>!=</c>, <c>Equals</c>), or used as a
    /// case label or constant pattern against, a value whose name says it holds that kind of name.
    /// "Unknown" is a cause, a source and a reason: the value it is compared with decides which (a
    /// <c>hangup_reason</c> is Bolna's reason before it is a cause name).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MagicHangupNameAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: <see cref="CauseNames"/>, <see cref="SourceNames"/> or <see cref="ReasonNames"/>, the generated class holding the constant.</summary>
        public const string NamesProperty = "Names";

        /// <summary>Property: the constant (and enum member) identifier, e.g. <c>BusyLine</c>.</summary>
        public const string MemberProperty = "Member";

        /// <summary>Property: the documented spelling, e.g. <c>Busy Line</c>.</summary>
        public const string DocumentedNameProperty = "DocumentedName";

        /// <summary>Property: <see cref="ExactSpelling"/>, <see cref="CaseIgnoredSpelling"/> or <see cref="OtherCaseSpelling"/>.</summary>
        public const string SpellingProperty = "Spelling";

        /// <summary>The literal names a cause: <c>HangupCauseNames</c>.</summary>
        public const string CauseNames = "Cause";

        /// <summary>The literal names a source: <c>HangupSourceNames</c>.</summary>
        public const string SourceNames = "Source";

        /// <summary>The literal names one of Bolna's hangup reasons: <c>HangupReasonNames</c>.</summary>
        public const string ReasonNames = "Reason";

        /// <summary>The literal is the documented name, case included: the constant means the same.</summary>
        public const string ExactSpelling = "Exact";

        /// <summary>The literal's case differs, but the comparison ignores case: the constant means the same.</summary>
        public const string CaseIgnoredSpelling = "CaseIgnored";

        /// <summary>The literal's case differs and the comparison is ordinal: the constant would match other values.</summary>
        public const string OtherCaseSpelling = "OtherCase";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MagicHangupName);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
        {
            DeferredRuleState<NameRule> names = source.Defer(hangup =>
            {
                int longest = Math.Max(LongestName(hangup.Table), hangup.Table.ReasonVocabulary?.LongestName ?? 0);
                return longest > 0 ? new NameRule(hangup, longest) : null;
            });
            if (names.IsKnownEmpty)
            {
                return;
            }

            context.RegisterOperationAction(names.Guard<OperationAnalysisContext>((c, rule) => AnalyzeLiteral(c, rule.Hangup, rule.Longest)), OperationKind.Literal);
        }

        /// <summary>The length of the longest documented cause or source name: longer strings are skipped unread.</summary>
        private static int LongestName(HangupTable table)
        {
            int longest = 0;
            foreach (HangupCauseInfo cause in table.Causes)
            {
                longest = Math.Max(longest, cause.Name?.Length ?? 0);
            }

            foreach (ISymbol member in table.SourceNamesType?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string name })
                {
                    longest = Math.Max(longest, name.Length);
                }
            }

            return longest;
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, HangupAnalysisContext hangup, int longest)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (OperationConstants.AsString(literal) is not string text || text.Length == 0 || text.Length > longest)
            {
                return;
            }

            // A dictionary lookup decides before anything looks at the literal's surroundings.
            bool namesCause = hangup.Table.TryGetCauseByName(text, out HangupCauseInfo cause);
            bool namesSource = hangup.Table.TryGetSourceName(text, out IFieldSymbol source);
            IFieldSymbol? reason = null;
            bool namesReason = hangup.Table.ReasonVocabulary?.TryGetName(text, out reason) == true;
            if (!namesCause && !namesSource && !namesReason)
            {
                return;
            }

            if (HangupLiteralContext.Find(literal, hangup) is not LiteralUse use
                || use.Kind is not (LiteralUseKind.Comparison or LiteralUseKind.CaseLabel or LiteralUseKind.Pattern))
            {
                return;
            }

            string names;
            string member;
            string documented;
            if (namesReason && (use.Role & HangupRole.ReasonName) != 0)
            {
                names = ReasonNames;
                member = reason!.Name;
                documented = (string)reason.ConstantValue!;
            }
            else if (namesCause && (use.Role & HangupRole.CauseName) != 0 && cause.Name is not null)
            {
                names = CauseNames;
                member = cause.Identifier;
                documented = cause.Name;
            }
            else if (namesSource && (use.Role & HangupRole.SourceName) != 0)
            {
                names = SourceNames;
                member = source.Name;
                documented = (string)source.ConstantValue!;
            }
            else
            {
                return;
            }

            string spelling = string.Equals(text, documented, StringComparison.Ordinal) ? ExactSpelling
                : IgnoresCase(use.Anchor) ? CaseIgnoredSpelling
                : OtherCaseSpelling;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(NamesProperty, names)
                .Add(MemberProperty, member)
                .Add(DocumentedNameProperty, documented)
                .Add(SpellingProperty, spelling);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MagicHangupName,
                literal.Syntax.GetLocation(),
                properties,
                text,
                names == CauseNames ? "cause" : names == SourceNames ? "source" : "reason",
                member,
                spelling == ExactSpelling ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.MagicHangupNameSpelledAs, documented),
                NamesClass(names) + "." + member));
        }

        /// <summary>The generated class of name constants a <see cref="NamesProperty"/> value stands for.</summary>
        internal static string NamesClass(string names) => names switch
        {
            CauseNames => GeneratedTypeNames.HangupCauseNames,
            SourceNames => GeneratedTypeNames.HangupSourceNames,
            _ => GeneratedTypeNames.HangupReasonNames,
        };

        /// <summary>
        /// <c>string.Equals(x, "busy line", StringComparison.OrdinalIgnoreCase)</c>,
        /// <c>x.Equals("busy line", StringComparison.CurrentCultureIgnoreCase)</c>,
        /// <c>StringComparer.OrdinalIgnoreCase.Equals(x, "busy line")</c>.
        /// </summary>
        internal static bool IgnoresCase(IOperation anchor)
        {
            if (anchor is not IInvocationOperation invocation)
            {
                return false;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum, Name: nameof(StringComparison), ContainingNamespace.Name: nameof(System) }
                    && argument.Value.ConstantValue is { HasValue: true, Value: int comparison }
                    && (StringComparison)comparison is StringComparison.CurrentCultureIgnoreCase or StringComparison.InvariantCultureIgnoreCase or StringComparison.OrdinalIgnoreCase)
                {
                    return true;
                }
            }

            return invocation.Instance is IPropertyReferenceOperation { Property: { ContainingType.Name: nameof(StringComparer), Name: var comparer } }
                && comparer.EndsWith("IgnoreCase", StringComparison.Ordinal);
        }

        /// <summary>The rule's state in one compilation: the context, and the longest name worth reading.</summary>
        private sealed class NameRule
        {
            public NameRule(HangupAnalysisContext hangup, int longest)
            {
                Hangup = hangup;
                Longest = longest;
            }

            public HangupAnalysisContext Hangup { get; }

            public int Longest { get; }
        }
    }
}

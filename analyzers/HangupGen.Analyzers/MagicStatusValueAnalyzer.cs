using System;
using System.Collections.Immutable;
using System.Globalization;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0006: a string literal equal, ignoring case, to a documented call status ("no-answer"), Dial
    /// status ("failed") or telephony cause ("NORMAL_CLEARING"), or an integer equal to a telephony
    /// cause's Q.850 number (16), compared with, assigned to, passed as or matched against a value
    /// that holds that vocabulary (by its name, <c>CallStatus</c>, <c>dial_status</c>,
    /// <c>DialHangupCause</c>…, or its generated type). Which vocabulary is meant comes from the value,
    /// never from the literal alone: <c>status == "busy"</c> says nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MagicStatusValueAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: the generated enum naming the vocabulary, <c>CallStatus</c>, <c>DialStatus</c> or <c>TelephonyCause</c>.</summary>
        public const string VocabularyProperty = MagicHangupNameAnalyzer.NamesProperty;

        /// <summary>Property: the constant (and enum member) identifier, e.g. <c>NoAnswer</c>.</summary>
        public const string MemberProperty = MagicHangupNameAnalyzer.MemberProperty;

        /// <summary>Property: the documented spelling, e.g. <c>no-answer</c>; for a number, the number.</summary>
        public const string DocumentedNameProperty = MagicHangupNameAnalyzer.DocumentedNameProperty;

        /// <summary>Property: one of the <c>MagicHangupNameAnalyzer.*Spelling</c> values; always exact for a number.</summary>
        public const string SpellingProperty = MagicHangupNameAnalyzer.SpellingProperty;

        /// <summary>Property: <c>"true"</c> when the literal is a Q.850 number, replaced by the enum member rather than a names constant.</summary>
        public const string IsNumberProperty = "IsNumber";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MagicStatusValue);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
        {
            DeferredRuleState<StatusRule> statuses = source.Defer(hangup =>
            {
                ImmutableArray<StatusVocabulary> vocabularies = hangup.Table.StatusVocabularies;
                int longest = 0;
                bool codes = false;
                foreach (StatusVocabulary vocabulary in vocabularies)
                {
                    longest = Math.Max(longest, vocabulary.LongestName);
                    codes |= vocabulary.HasCodes;
                }

                return longest > 0 || codes ? new StatusRule(hangup, vocabularies, longest) : null;
            });
            if (statuses.IsKnownEmpty)
            {
                return;
            }

            // An operation action, as HG0001's: small numbers are telephony causes (16), so many literals pass the lookup.
            context.RegisterOperationAction(statuses.Guard<OperationAnalysisContext>((c, rule) => AnalyzeLiteral(c, rule.Hangup, rule.Vocabularies, rule.Longest)), OperationKind.Literal);
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, HangupAnalysisContext hangup, ImmutableArray<StatusVocabulary> vocabularies, int longest)
        {
            var literal = (ILiteralOperation)context.Operation;
            string? text = OperationConstants.AsString(literal);
            long? number = text is null && OperationConstants.TryGetInteger(literal, out long integer) ? integer : null;
            if (text is not null ? text.Length == 0 || text.Length > longest : number is null)
            {
                return;
            }

            // A dictionary lookup decides before anything looks at the literal's surroundings.
            HangupRole candidates = HangupRole.None;
            foreach (StatusVocabulary vocabulary in vocabularies)
            {
                // Asked without the symbols: most numbers that are a telephony cause's (16, 17) are not one.
                if (text is not null ? vocabulary.HasName(text) : vocabulary.HasMember(number!.Value))
                {
                    candidates |= vocabulary.Role;
                }
            }

            if (candidates == HangupRole.None
                || (literal.Syntax is LiteralExpressionSyntax syntax && !HangupLiteralSyntax.MayHaveContext(syntax))
                || HangupLiteralContext.Find(literal, hangup, context.ContainingSymbol) is not LiteralUse use
                || (use.Role & candidates) == 0
                || use.Kind is not (LiteralUseKind.Comparison or LiteralUseKind.CaseLabel or LiteralUseKind.Pattern
                    or LiteralUseKind.Assignment or LiteralUseKind.Initializer or LiteralUseKind.Argument)
                || (number == 0 && use.Kind is not (LiteralUseKind.Comparison or LiteralUseKind.CaseLabel or LiteralUseKind.Pattern)))
            {
                return;
            }

            foreach (StatusVocabulary vocabulary in vocabularies)
            {
                if ((use.Role & candidates & vocabulary.Role) != 0)
                {
                    Report(context, literal, use, vocabulary, text, number);
                    return;
                }
            }
        }

        private static void Report(OperationAnalysisContext context, ILiteralOperation literal, LiteralUse use, StatusVocabulary vocabulary, string? text, long? number)
        {
            IFieldSymbol field;
            string documented;
            string spelling = MagicHangupNameAnalyzer.ExactSpelling;
            if (text is not null)
            {
                vocabulary.TryGetName(text, out field);
                documented = (string)field.ConstantValue!;
                spelling = string.Equals(text, documented, StringComparison.Ordinal) ? MagicHangupNameAnalyzer.ExactSpelling
                    : MagicHangupNameAnalyzer.IgnoresCase(use.Anchor) ? MagicHangupNameAnalyzer.CaseIgnoredSpelling
                    : MagicHangupNameAnalyzer.OtherCaseSpelling;
            }
            else
            {
                vocabulary.TryGetMember(number!.Value, out field);
                documented = number.Value.ToString(CultureInfo.InvariantCulture);
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(VocabularyProperty, vocabulary.EnumType.Name)
                .Add(MemberProperty, field.Name)
                .Add(DocumentedNameProperty, documented)
                .Add(SpellingProperty, spelling)
                .Add(IsNumberProperty, text is null ? "true" : "false");
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MagicStatusValue,
                literal.Syntax.GetLocation(),
                properties,
                text is null ? documented : "'" + text + "'",
                vocabulary.Description,
                text is null ? "number" : "string",
                spelling == MagicHangupNameAnalyzer.ExactSpelling ? string.Empty : string.Format(CultureInfo.InvariantCulture, DiagnosticDescriptors.MagicStatusValueSpelledAs, documented),
                (text is null ? vocabulary.EnumType.Name : vocabulary.NamesType.Name) + "." + field.Name));
        }

        /// <summary>The rule's state in one compilation: the context, its status vocabularies and the longest name worth reading.</summary>
        private sealed class StatusRule
        {
            public StatusRule(HangupAnalysisContext hangup, ImmutableArray<StatusVocabulary> vocabularies, int longest)
            {
                Hangup = hangup;
                Vocabularies = vocabularies;
                Longest = longest;
            }

            public HangupAnalysisContext Hangup { get; }

            public ImmutableArray<StatusVocabulary> Vocabularies { get; }

            public int Longest { get; }
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Switches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0003: a switch statement or expression over a <c>HangupCause</c>, a <c>HangupCategory</c> or a
    /// hangup-code integer whose cases miss members of the table while its default is absent or only
    /// throws (or, with <see cref="DefaultCountsAsHandledOption"/> set to false, whatever its default does).
    /// Reported on the <c>switch</c> keyword, where the compiler reports CS8509.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonExhaustiveHangupSwitchAnalyzer : HangupAnalyzer
    {
        /// <summary>
        /// The <c>.editorconfig</c> option saying whether a default that does real work makes the switch
        /// exhaustive (<c>true</c>, the default) or not (<c>false</c>: every member must have its case).
        /// </summary>
        public const string DefaultCountsAsHandledOption = "hangupgen.hg0003.default_counts_as_handled";

        /// <summary>Property: what the switch is over, a <see cref="HangupSwitchSubject"/> name.</summary>
        public const string SubjectProperty = "Subject";

        /// <summary>Property: the identifiers of the missing enum members, comma-separated, in table order.</summary>
        public const string MissingProperty = "Missing";

        /// <summary>Property: the index of the section or arm holding the default, or -1 when there is none.</summary>
        public const string DefaultIndexProperty = "DefaultIndex";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NonExhaustiveHangupSwitch);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
            => context.RegisterOperationAction(source.Defer(hangup => hangup).Guard<OperationAnalysisContext>(Analyze), OperationKind.Switch, OperationKind.SwitchExpression);

        private static void Analyze(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            // An unterminated switch is still being typed: there is nothing to report yet, nor anywhere to add cases.
            (IOperation? value, SyntaxToken keyword) = context.Operation switch
            {
                ISwitchOperation { Syntax: SwitchStatementSyntax { CloseBraceToken.IsMissing: false } syntax } statement => (statement.Value, syntax.SwitchKeyword),
                ISwitchExpressionOperation { Syntax: SwitchExpressionSyntax { CloseBraceToken.IsMissing: false } syntax } expression => (expression.Value, syntax.SwitchKeyword),
                _ => (null, default),
            };
            if (value is null || HangupSwitchCoverage.SubjectOf(value, hangup) is not HangupSwitchSubject subject)
            {
                return;
            }

            HangupSwitchCoverage? coverage = HangupSwitchCoverage.Of(context.Operation, subject, hangup.Table);
            if (coverage is null || coverage.IsComplete)
            {
                return;
            }

            if (coverage.Default == HangupSwitchDefault.DoesWork && DefaultCountsAsHandled(hangup.OptionsFor(context.Operation.Syntax.SyntaxTree)))
            {
                return;
            }

            IEnumerable<string> missing = subject switch
            {
                HangupSwitchSubject.Category => coverage.MissingCategories.Select(c => c.Identifier),
                HangupSwitchSubject.Vocabulary => coverage.MissingMembers.Select(m => m.Name),
                _ => coverage.MissingCauses.Select(c => c.Identifier),
            };
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(SubjectProperty, subject.ToString())
                .Add(MissingProperty, string.Join(",", missing))
                .Add(DefaultIndexProperty, coverage.DefaultIndex.ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NonExhaustiveHangupSwitch,
                keyword.GetLocation(),
                properties,
                SubjectText(subject, value.Type, hangup.Table),
                Describe(coverage)));
        }

        private static bool DefaultCountsAsHandled(AnalyzerConfigOptions options)
            => !options.TryGetValue(DefaultCountsAsHandledOption, out string? value)
                || !bool.TryParse(value.Trim(), out bool counts)
                || counts;

        private static string SubjectText(HangupSwitchSubject subject, ITypeSymbol? type, HangupTable table)
            => subject switch
            {
                HangupSwitchSubject.Cause => table.CauseType.Name,
                HangupSwitchSubject.Category => table.CategoryType!.Name,
                HangupSwitchSubject.Vocabulary => table.VocabularyOf(type)!.EnumType.Name,
                _ => "hangup codes",
            };

        /// <summary>
        /// "3 causes: Timeouts: ScheduledHangup, RingTimeoutReached, MediaTimeout", causes grouped by
        /// category in code order; codes carry their value ("MediaTimeout (6020)"); categories are listed.
        /// </summary>
        private static string Describe(HangupSwitchCoverage coverage)
        {
            var text = new StringBuilder();
            if (coverage.Subject == HangupSwitchSubject.Category)
            {
                text.Append(Count(coverage.MissingCategories.Length, "category", "categories")).Append(": ");
                text.Append(string.Join(", ", coverage.MissingCategories.Select(c => c.Identifier)));
                return text.ToString();
            }

            if (coverage.Subject == HangupSwitchSubject.Vocabulary)
            {
                text.Append(Count(coverage.MissingMembers.Length, "value", "values")).Append(": ");
                text.Append(string.Join(", ", coverage.MissingMembers.Select(m => m.Name)));
                return text.ToString();
            }

            bool codes = coverage.Subject == HangupSwitchSubject.Code;
            text.Append(Count(coverage.MissingCauses.Length, codes ? "code" : "cause", codes ? "codes" : "causes")).Append(": ");
            HangupCategoryInfo? group = null;
            for (int i = 0; i < coverage.MissingCauses.Length; i++)
            {
                HangupCauseInfo cause = coverage.MissingCauses[i];
                bool newGroup = i == 0 || !ReferenceEquals(cause.Category, group);
                if (i > 0)
                {
                    text.Append(newGroup ? "; " : ", ");
                }

                if (newGroup && cause.Category is not null)
                {
                    text.Append(cause.Category.Identifier).Append(": ");
                }

                group = cause.Category;
                text.Append(cause.Identifier);
                if (codes)
                {
                    text.Append(" (").Append(cause.Code.ToString(CultureInfo.InvariantCulture)).Append(')');
                }
            }

            return text.ToString();
        }

        private static string Count(int count, string singular, string plural)
            => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
    }
}

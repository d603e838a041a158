using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Switches
{
    /// <summary>
    /// Which members of the hangup table the cases of a switch handle for certain. Each unguarded
    /// case label or arm pattern is evaluated against every member's value: constant patterns
    /// (<c>HangupCause.BusyLine</c>, <c>3010</c>, <c>(int)HangupCause.BusyLine</c>), relational patterns
    /// (<c>&gt;= 6000</c>), <c>and</c>/<c>or</c>/<c>not</c>. A case with a <c>when</c> clause handles nothing
    /// for certain. A catch-all (<c>default:</c>, <c>_</c>, <c>var x</c>, a type pattern, <c>{ }</c>,
    /// <c>not null</c>) handles no member by name: it is the switch's default, described separately.
    /// Shared by HG0003 (reports what is missing) and HGSP0001 (suppresses CS8524 when nothing is).
    /// </summary>
    internal sealed class HangupSwitchCoverage
    {
        private HangupSwitchCoverage(
            HangupSwitchSubject subject,
            ImmutableArray<HangupCauseInfo> missingCauses,
            ImmutableArray<HangupCategoryInfo> missingCategories,
            ImmutableArray<IFieldSymbol> missingMembers,
            HangupSwitchDefault @default,
            int defaultIndex)
        {
            MissingMembers = missingMembers;
            Subject = subject;
            MissingCauses = missingCauses;
            MissingCategories = missingCategories;
            Default = @default;
            DefaultIndex = defaultIndex;
        }

        public HangupSwitchSubject Subject { get; }

        /// <summary>The causes no unguarded case handles, in code order (empty for a switch over categories).</summary>
        public ImmutableArray<HangupCauseInfo> MissingCauses { get; }

        /// <summary>The categories no unguarded case handles, in range order (empty unless the subject is a category).</summary>
        public ImmutableArray<HangupCategoryInfo> MissingCategories { get; }

        public HangupSwitchDefault Default { get; }

        /// <summary>The index of the section (statement) or arm (expression) holding the default, or -1.</summary>
        public int DefaultIndex { get; }

        /// <summary>The members of a vocabulary enum no unguarded case handles, in value order (empty unless the subject is a vocabulary).</summary>
        public ImmutableArray<IFieldSymbol> MissingMembers { get; }

        public int MissingCount => Subject switch
        {
            HangupSwitchSubject.Category => MissingCategories.Length,
            HangupSwitchSubject.Vocabulary => MissingMembers.Length,
            _ => MissingCauses.Length,
        };

        /// <summary>Every member of the table is handled by an unguarded case.</summary>
        public bool IsComplete => MissingCount == 0;

        /// <summary>The subject of a switch over <paramref name="value"/>, or null when it is no hangup value.</summary>
        public static HangupSwitchSubject? SubjectOf(IOperation value, HangupAnalysisContext context)
        {
            if (EnumSubjectOf(value.Type, context.Table) is HangupSwitchSubject subject)
            {
                return subject;
            }

            return Integers.IsIntegral(Integers.WithoutNullable(value.Type)) && (context.RoleOf(value) & HangupRole.Code) != 0 ? HangupSwitchSubject.Code : null;
        }

        /// <summary>The subject of a switch over a value of type <paramref name="type"/>, when it is one of the generated enums.</summary>
        public static HangupSwitchSubject? EnumSubjectOf(ITypeSymbol? type, HangupTable table)
        {
            if (table.IsCauseType(type))
            {
                return HangupSwitchSubject.Cause;
            }

            if (table.IsCategoryType(type) && !table.Categories.IsEmpty)
            {
                return HangupSwitchSubject.Category;
            }

            return table.VocabularyOf(type) is not null ? HangupSwitchSubject.Vocabulary : null;
        }

        /// <summary>The coverage of a switch statement or switch expression; null for any other operation.</summary>
        public static HangupSwitchCoverage? Of(IOperation operation, HangupSwitchSubject subject, HangupTable table)
        {
            IOperation? switched = operation switch
            {
                ISwitchOperation statement => statement.Value,
                ISwitchExpressionOperation expression => expression.Value,
                _ => null,
            };
            ImmutableArray<HangupCauseInfo> causes = subject is HangupSwitchSubject.Category or HangupSwitchSubject.Vocabulary ? ImmutableArray<HangupCauseInfo>.Empty : CausesOf(subject, switched, table);
            ImmutableArray<IFieldSymbol> members = subject == HangupSwitchSubject.Vocabulary
                ? table.VocabularyOf(switched?.Type)?.Members ?? ImmutableArray<IFieldSymbol>.Empty
                : ImmutableArray<IFieldSymbol>.Empty;
            long[] values = subject switch
            {
                HangupSwitchSubject.Category => CategoryValues(table),
                HangupSwitchSubject.Vocabulary => members.Select(m => Integers.TryGetInt64(m.ConstantValue, out long value) ? value : long.MinValue).ToArray(),
                _ => Codes(causes),
            };
            bool[] handled = new bool[values.Length];
            HangupSwitchDefault @default = HangupSwitchDefault.None;
            int defaultIndex = -1;
            switch (operation)
            {
                case ISwitchOperation statement:
                    for (int index = 0; index < statement.Cases.Length; index++)
                    {
                        ISwitchCaseOperation section = statement.Cases[index];
                        foreach (ICaseClauseOperation clause in section.Clauses)
                        {
                            if (SwitchDefaults.IsCatchAll(clause) && defaultIndex < 0)
                            {
                                defaultIndex = index;
                                @default = SwitchDefaults.OnlyThrows(section) ? HangupSwitchDefault.OnlyThrows : HangupSwitchDefault.DoesWork;
                            }
                            else
                            {
                                Mark(clause, values, handled);
                            }
                        }
                    }

                    break;
                case ISwitchExpressionOperation expression:
                    for (int index = 0; index < expression.Arms.Length; index++)
                    {
                        ISwitchExpressionArmOperation arm = expression.Arms[index];
                        if (SwitchDefaults.IsGuarded(arm.Guard))
                        {
                            continue;
                        }

                        if (SwitchDefaults.IsCatchAll(arm.Pattern))
                        {
                            if (defaultIndex < 0)
                            {
                                defaultIndex = index;
                                @default = SwitchDefaults.IsThrow(arm.Value) ? HangupSwitchDefault.OnlyThrows : HangupSwitchDefault.DoesWork;
                            }

                            continue;
                        }

                        Mark(arm.Pattern, values, handled);
                    }

                    break;
                default:
                    return null;
            }

            var missingCauses = ImmutableArray.CreateBuilder<HangupCauseInfo>();
            var missingCategories = ImmutableArray.CreateBuilder<HangupCategoryInfo>();
            var missingMembers = ImmutableArray.CreateBuilder<IFieldSymbol>();
            for (int i = 0; i < handled.Length; i++)
            {
                if (handled[i])
                {
                    continue;
                }

                if (subject == HangupSwitchSubject.Category)
                {
                    missingCategories.Add(table.Categories[i]);
                }
                else if (subject == HangupSwitchSubject.Vocabulary)
                {
                    missingMembers.Add(members[i]);
                }
                else
                {
                    missingCauses.Add(causes[i]);
                }
            }

            return new HangupSwitchCoverage(subject, missingCauses.ToImmutable(), missingCategories.ToImmutable(), missingMembers.ToImmutable(), @default, defaultIndex);
        }

        /// <summary>
        /// The causes a switch can name: every one over a <c>HangupCause</c>; over an integer, those
        /// whose code its type can hold (a <c>byte</c> or <c>sbyte</c> holds 0 and no other documented
        /// code, so <c>case 3010:</c> would not compile there).
        /// </summary>
        private static ImmutableArray<HangupCauseInfo> CausesOf(HangupSwitchSubject subject, IOperation? switched, HangupTable table)
        {
            if (subject != HangupSwitchSubject.Code
                || !Integers.TryGetRange(Integers.WithoutNullable(switched?.Type), out long min, out long max)
                || table.Causes.All(c => c.Code >= min && c.Code <= max))
            {
                return table.Causes;
            }

            return table.Causes.Where(c => c.Code >= min && c.Code <= max).ToImmutableArray();
        }

        private static long[] CategoryValues(HangupTable table)
        {
            var categories = new long[table.Categories.Length];
            for (int i = 0; i < categories.Length; i++)
            {
                categories[i] = Integers.TryGetInt64(table.Categories[i].Field.ConstantValue, out long category) ? category : long.MinValue;
            }

            return categories;
        }

        private static long[] Codes(ImmutableArray<HangupCauseInfo> causes)
        {
            var codes = new long[causes.Length];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = causes[i].Code;
            }

            return codes;
        }

        private static void Mark(ICaseClauseOperation clause, long[] values, bool[] handled)
        {
            switch (clause)
            {
                case ISingleValueCaseClauseOperation single:
                    for (int i = 0; i < values.Length; i++)
                    {
                        handled[i] |= SwitchPatternEvaluator.Equal(single.Value, values[i]) == PatternMatch.Yes;
                    }

                    break;
                case IPatternCaseClauseOperation pattern when !SwitchDefaults.IsGuarded(pattern.Guard):
                    Mark(pattern.Pattern, values, handled);
                    break;
            }
        }

        private static void Mark(IPatternOperation pattern, long[] values, bool[] handled)
        {
            for (int i = 0; i < values.Length; i++)
            {
                handled[i] |= SwitchPatternEvaluator.Evaluate(pattern, values[i]) == PatternMatch.Yes;
            }
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0004: a relational range over hangup codes — two bounds joined by <c>&amp;&amp;</c>
    /// (<c>code &gt;= 3000 &amp;&amp; code &lt; 4000</c>) or by <c>and</c> in a pattern (<c>is &gt;= 3000 and &lt;= 3050</c>,
    /// a switch arm or case label). The message compares the documented codes inside the range
    /// with the categories: one whole category, several, a split one, or none. One-sided
    /// comparisons are not ranges and are left alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HangupCodeRangeAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: the whole categories the range holds, comma-separated, in code order; absent unless the range is exactly whole categories.</summary>
        public const string CategoriesProperty = "Categories";

        /// <summary>Property: what the fix tests, when it can: <see cref="CodeOperand"/> or <see cref="CauseOperand"/>.</summary>
        public const string OperandProperty = "Operand";

        /// <summary>Property: what the fix replaces, when it can: <see cref="ConjunctsForm"/>, <see cref="IsPatternForm"/> or <see cref="NegatedIsPatternForm"/>.</summary>
        public const string FormProperty = "Form";

        /// <summary>An <c>int</c> (or narrower) hangup code, <c>(int)cause</c> included: the fix passes it to <c>HangupCauses.IsInCategory</c>.</summary>
        public const string CodeOperand = "Code";

        /// <summary>
        /// A <c>HangupCause</c>: the fix passes <c>(int)cause</c> to <c>HangupCauses.IsInCategory</c>.
        /// (<c>GetCategory()</c> would throw for a value outside the table, which the range never did.)
        /// </summary>
        public const string CauseOperand = "Cause";

        /// <summary>Two adjacent conjuncts of an <c>&amp;&amp;</c> chain; the diagnostic spans both.</summary>
        public const string ConjunctsForm = "Conjuncts";

        /// <summary>The whole pattern of an <c>is</c> expression; the diagnostic spans the pattern.</summary>
        public const string IsPatternForm = "IsPattern";

        /// <summary>The operand of the <c>not</c> that is the whole pattern of an <c>is</c> expression.</summary>
        public const string NegatedIsPatternForm = "NegatedIsPattern";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HangupCodeRange);

        private protected override void Register(CompilationStartAnalysisContext context, HangupAnalysisContext hangup)
        {
            if (hangup.Table.Categories.IsEmpty)
            {
                return;
            }

            INamedTypeSymbol? expressionType = ExpressionTrees.ExpressionType(context.Compilation);
            context.RegisterOperationAction(c => AnalyzeConjunction(c, hangup, expressionType), OperationKind.Binary);
            context.RegisterOperationAction(c => AnalyzePatternConjunction(c, hangup), OperationKind.BinaryPattern);
        }

        /// <summary><c>lower &amp;&amp; upper</c>, or the last two conjuncts of <c>… &amp;&amp; lower &amp;&amp; upper</c>.</summary>
        private static void AnalyzeConjunction(OperationAnalysisContext context, HangupAnalysisContext hangup, INamedTypeSymbol? expressionType)
        {
            var and = (IBinaryOperation)context.Operation;
            if (and.OperatorKind != BinaryOperatorKind.ConditionalAnd)
            {
                return;
            }

            IOperation previous = and.LeftOperand is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } chain ? chain.RightOperand : and.LeftOperand;
            if (previous is not IBinaryOperation first
                || and.RightOperand is not IBinaryOperation second
                || !TryGetBound(first, out IOperation? firstOperand, out Bound firstBound)
                || !TryGetBound(second, out IOperation? secondOperand, out Bound secondBound)
                || !TryMakeRange(firstBound, secondBound, out CodeRange range)
                || !IsStable(firstOperand)
                || !SyntaxFactory.AreEquivalent(firstOperand.Syntax, secondOperand.Syntax)
                || (hangup.RoleOf(firstOperand) & HangupRole.Code) == 0)
            {
                return;
            }

            SyntaxNode start = WithEnclosingParentheses(first.Syntax);
            SyntaxNode end = WithEnclosingParentheses(second.Syntax);
            Location location = Location.Create(and.Syntax.SyntaxTree, TextSpan.FromBounds(start.SpanStart, end.Span.End));
            FixShape? fix = ExpressionTrees.IsInExpressionTree(and, expressionType) ? null : FixShapeOf(firstOperand, ConjunctsForm, hangup.Table);
            Report(context, hangup.Table, location, range, fix);
        }

        /// <summary><c>&gt;= 3000 and &lt;= 3050</c> wherever a pattern matches a hangup code.</summary>
        private static void AnalyzePatternConjunction(OperationAnalysisContext context, HangupAnalysisContext hangup)
        {
            var and = (IBinaryPatternOperation)context.Operation;
            if (and.OperatorKind != BinaryOperatorKind.And)
            {
                return;
            }

            IPatternOperation previous = and.LeftPattern is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } chain ? chain.RightPattern : and.LeftPattern;
            if (previous is not IRelationalPatternOperation first
                || and.RightPattern is not IRelationalPatternOperation second
                || !TryGetBound(first.OperatorKind, Constant(first.Value), operandOnLeft: true, out Bound firstBound)
                || !TryGetBound(second.OperatorKind, Constant(second.Value), operandOnLeft: true, out Bound secondBound)
                || !TryMakeRange(firstBound, secondBound, out CodeRange range))
            {
                return;
            }

            IOperation? matched = MatchedValue(and, out IIsPatternOperation? isPattern, out bool negated);
            if (matched is null || (hangup.RoleOf(matched) & HangupRole.Code) == 0)
            {
                return;
            }

            SyntaxNode start = WithEnclosingParentheses(first.Syntax);
            SyntaxNode end = WithEnclosingParentheses(second.Syntax);
            Location location = Location.Create(and.Syntax.SyntaxTree, TextSpan.FromBounds(start.SpanStart, end.Span.End));
            FixShape? fix = isPattern is null || previous != and.LeftPattern
                ? null
                : FixShapeOf(matched, negated ? NegatedIsPatternForm : IsPatternForm, hangup.Table);
            Report(context, hangup.Table, location, range, fix);
        }

        private static void Report(OperationAnalysisContext context, HangupTable table, Location location, CodeRange range, FixShape? fix)
        {
            string? verdict = Verdict(table, range, out ImmutableArray<HangupCategoryInfo> wholeCategories);
            if (verdict is null)
            {
                return;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (!wholeCategories.IsDefaultOrEmpty)
            {
                properties = properties.Add(CategoriesProperty, string.Join(",", wholeCategories.Select(c => c.Identifier)));
                if (fix is FixShape shape)
                {
                    properties = properties.Add(OperandProperty, shape.Operand).Add(FormProperty, shape.Form);
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HangupCodeRange,
                location,
                properties,
                range.ToString(),
                verdict));
        }

        /// <summary>
        /// The verdict on the documented codes inside <paramref name="range"/>, and the whole
        /// categories when that is all the range holds. Null when the table cannot tell (a code
        /// outside every category).
        /// </summary>
        private static string? Verdict(HangupTable table, CodeRange range, out ImmutableArray<HangupCategoryInfo> wholeCategories)
        {
            wholeCategories = default;
            var touched = new List<(HangupCategoryInfo Category, List<HangupCauseInfo> Inside)>();
            foreach (HangupCauseInfo cause in table.Causes)
            {
                if (!range.Contains(cause.Code))
                {
                    continue;
                }

                if (cause.Category is not HangupCategoryInfo category)
                {
                    return null;
                }

                if (touched.Count == 0 || touched[touched.Count - 1].Category != category)
                {
                    touched.Add((category, new List<HangupCauseInfo>()));
                }

                touched[touched.Count - 1].Inside.Add(cause);
            }

            if (touched.Count == 0)
            {
                HangupCategoryInfo? around = table.Categories.FirstOrDefault(c => c.FirstCode <= range.Lower && range.Upper <= c.LastCode);
                string within = around is null
                    ? string.Empty
                    : Format(DiagnosticDescriptors.HangupCodeRangeWithin, around.Identifier, around.RangeText);
                return Format(DiagnosticDescriptors.HangupCodeRangeHoldsNothing, within);
            }

            string names = EnglishText.JoinAnd(touched.Select(t => t.Category.Identifier));
            if (touched.All(t => t.Inside.Count == t.Category.Members.Count))
            {
                wholeCategories = touched.Select(t => t.Category).ToImmutableArray();
                return touched.Count == 1
                    ? Format(DiagnosticDescriptors.HangupCodeRangeIsCategory, names)
                    : Format(DiagnosticDescriptors.HangupCodeRangeLumpsCategories, names);
            }

            if (touched.Count == 1)
            {
                (HangupCategoryInfo category, List<HangupCauseInfo> inside) = touched[0];
                return Format(
                    DiagnosticDescriptors.HangupCodeRangeSplitsCategory,
                    category.Identifier,
                    inside.Count,
                    category.Members.Count,
                    Identifiers(inside),
                    Identifiers(category.Members.Except(inside)));
            }

            IEnumerable<string> parts = touched.Select(t => t.Inside.Count == t.Category.Members.Count
                ? Format(DiagnosticDescriptors.HangupCodeRangeWholePart, t.Category.Identifier, Codes(t.Inside.Count))
                : Format(
                    DiagnosticDescriptors.HangupCodeRangeSplitPart,
                    t.Category.Identifier,
                    t.Inside.Count,
                    t.Category.Members.Count,
                    Identifiers(t.Inside),
                    Identifiers(t.Category.Members.Except(t.Inside))));
            return Format(DiagnosticDescriptors.HangupCodeRangeStraddlesCategories, names, EnglishText.JoinAnd(parts));
        }

        private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

        private static string Codes(int count) => count == 1 ? "1 code" : count.ToString(CultureInfo.InvariantCulture) + " codes";

        private static string Identifiers(IEnumerable<HangupCauseInfo> causes) => string.Join(", ", causes.Select(c => c.Identifier));

        /// <summary>A relational comparison with a constant integer on one side: the bound it sets on the other side.</summary>
        private static bool TryGetBound(IBinaryOperation comparison, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IOperation? operand, out Bound bound)
        {
            operand = null;
            bound = default;
            IOperation left = Constant(comparison.LeftOperand);
            IOperation right = Constant(comparison.RightOperand);
            if (left.ConstantValue.HasValue == right.ConstantValue.HasValue)
            {
                return false;
            }

            bool onLeft = right.ConstantValue.HasValue;
            operand = onLeft ? comparison.LeftOperand : comparison.RightOperand;
            return TryGetBound(comparison.OperatorKind, onLeft ? right : left, onLeft, out bound);
        }

        /// <summary>The constant under the implicit conversion a lifted comparison adds (<c>code &gt;= 3000</c> with an <c>int?</c> code).</summary>
        private static IOperation Constant(IOperation operation)
        {
            while (!operation.ConstantValue.HasValue && operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary><c>x &gt;= c</c> is the inclusive lower bound c, <c>x &gt; c</c> is c + 1; <c>c &lt;= x</c> reads as <c>x &gt;= c</c>.</summary>
        private static bool TryGetBound(BinaryOperatorKind kind, IOperation constant, bool operandOnLeft, out Bound bound)
        {
            bound = default;
            if (!constant.ConstantValue.HasValue || !Integers.TryGetInt64(constant.ConstantValue.Value, out long value))
            {
                return false;
            }

            if (!operandOnLeft)
            {
                kind = kind switch
                {
                    BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                    BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
                    BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                    BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                    _ => kind,
                };
            }

            switch (kind)
            {
                case BinaryOperatorKind.GreaterThanOrEqual:
                    bound = new Bound(value, isLower: true);
                    return true;
                case BinaryOperatorKind.GreaterThan when value < long.MaxValue:
                    bound = new Bound(value + 1, isLower: true);
                    return true;
                case BinaryOperatorKind.LessThanOrEqual:
                    bound = new Bound(value, isLower: false);
                    return true;
                case BinaryOperatorKind.LessThan when value > long.MinValue:
                    bound = new Bound(value - 1, isLower: false);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>One lower and one upper bound that leave at least one value: a range. Two lower bounds, or an empty range, are not.</summary>
        private static bool TryMakeRange(Bound first, Bound second, out CodeRange range)
        {
            range = default;
            if (first.IsLower == second.IsLower)
            {
                return false;
            }

            Bound lower = first.IsLower ? first : second;
            Bound upper = first.IsLower ? second : first;
            if (lower.Value > upper.Value)
            {
                return false;
            }

            range = new CodeRange(lower.Value, upper.Value);
            return true;
        }

        /// <summary>
        /// Whether both sides of an <c>&amp;&amp;</c> read the same value when they read this expression: locals,
        /// parameters, fields, properties and indexers with stable arguments. A call could answer
        /// differently each time, so <c>Next() &gt;= 3000 &amp;&amp; Next() &lt;= 3050</c> is no range.
        /// </summary>
        private static bool IsStable(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return false;
                case { ConstantValue.HasValue: true }:
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IInstanceReferenceOperation:
                case IConditionalAccessInstanceOperation:
                    return true;
                case IConversionOperation conversion:
                    return conversion.OperatorMethod is null && IsStable(conversion.Operand);
                case IFieldReferenceOperation field:
                    return field.Instance is null || IsStable(field.Instance);
                case IPropertyReferenceOperation property:
                    return (property.Instance is null || IsStable(property.Instance)) && property.Arguments.All(a => IsStable(a.Value));
                case IArrayElementReferenceOperation element:
                    return IsStable(element.ArrayReference) && element.Indices.All(IsStable);
                case IConditionalAccessOperation access:
                    return IsStable(access.Operation) && IsStable(access.WhenNotNull);
                default:
                    return false;
            }
        }

        /// <summary>The value a pattern matches: of an <c>is</c>, a switch expression or statement, or a property pattern.</summary>
        private static IOperation? MatchedValue(IPatternOperation pattern, out IIsPatternOperation? wholeIsPattern, out bool negated)
        {
            wholeIsPattern = pattern.Parent as IIsPatternOperation;
            negated = false;
            if (pattern.Parent is INegatedPatternOperation { Parent: IIsPatternOperation negatedIsPattern })
            {
                wholeIsPattern = negatedIsPattern;
                negated = true;
            }

            if (wholeIsPattern is not null)
            {
                return wholeIsPattern.Value;
            }

            IOperation root = pattern;
            while (root.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                root = root.Parent;
            }

            return root.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation @switch } => @switch.Value,
                IPropertySubpatternOperation subpattern => subpattern.Member,
                _ => null,
            };
        }

        /// <summary>What the fix needs to rewrite the range as a category test, when the operand allows one.</summary>
        private static FixShape? FixShapeOf(IOperation operand, string form, HangupTable table)
        {
            IOperation value = operand;
            while (value is IConversionOperation { IsImplicit: true } implicitConversion)
            {
                value = implicitConversion.Operand;
            }

            // A HangupCause? (like an int?) has no category test that keeps "false for null" without a second read.
            if (table.IsCauseType(value.Type))
            {
                return value.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? null : new FixShape(CauseOperand, form);
            }

            return value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
                ? new FixShape(CodeOperand, form)
                : null;
        }

        /// <summary>The node with the parentheses around it: where a span that starts or ends at it starts or ends.</summary>
        private static SyntaxNode WithEnclosingParentheses(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax or ParenthesizedPatternSyntax)
            {
                node = node.Parent;
            }

            return node;
        }

        private readonly struct Bound
        {
            public Bound(long value, bool isLower)
            {
                Value = value;
                IsLower = isLower;
            }

            public long Value { get; }

            public bool IsLower { get; }
        }

        private readonly struct FixShape
        {
            public FixShape(string operand, string form)
            {
                Operand = operand;
                Form = form;
            }

            public string Operand { get; }

            public string Form { get; }
        }

        /// <summary>An inclusive range of codes, as the comparisons accept it.</summary>
        private readonly struct CodeRange
        {
            public CodeRange(long lower, long upper)
            {
                Lower = lower;
                Upper = upper;
            }

            public long Lower { get; }

            public long Upper { get; }

            public bool Contains(long code) => code >= Lower && code <= Upper;

            public override string ToString() => Lower.ToString(CultureInfo.InvariantCulture) + "-" + Upper.ToString(CultureInfo.InvariantCulture);
        }
    }
}

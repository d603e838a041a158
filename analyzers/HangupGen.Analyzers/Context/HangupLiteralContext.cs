using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Finds where a literal stands and what it is compared with, assigned to, passed as,
    /// returned as, cast to or matched against — the "where a hangup code is meant" of the rules.
    /// Bounds of relational comparisons and patterns are left to HG0004, so one mistake gets one
    /// finding. Values flow through conversions, <c>?:</c>, <c>??</c>, switch expression arms and
    /// array or collection initializers to where they land.
    /// </summary>
    internal static class HangupLiteralContext
    {
        public static LiteralUse? Find(IOperation literal, HangupAnalysisContext context)
        {
            IOperation current = literal;
            bool element = false;
            while (current.Parent is IOperation parent)
            {
                switch (parent)
                {
                    case IConversionOperation conversion:
                        if (!conversion.IsImplicit && context.Table.IsCauseType(conversion.Type))
                        {
                            return new LiteralUse(HangupRole.Code, LiteralUseKind.Cast, conversion);
                        }

                        current = conversion;
                        continue;
                    case IConditionalOperation conditional when conditional.Condition != current:
                    case ICoalesceOperation coalesce when coalesce.WhenNull == current:
                        current = parent;
                        continue;
                    case ISwitchExpressionArmOperation arm when arm.Value == current && arm.Parent is not null:
                        current = arm.Parent;
                        continue;
                    case IArrayInitializerOperation:
                    case IArrayCreationOperation:
                    case IObjectOrCollectionInitializerOperation when element:
                        element = true;
                        current = parent;
                        continue;
                    case IObjectCreationOperation when element:
                        current = parent;
                        continue;
                    case IBinaryOperation binary:
                        return binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                            ? new LiteralUse(context.RoleOf(binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand), LiteralUseKind.Comparison, binary)
                            : null;
                    case IInvocationOperation { TargetMethod.Name: "Equals" } receiver when receiver.Instance == current && receiver.Arguments.Length > 0:
                        // "Busy Line".Equals(hangupCauseName): compared with the first argument.
                        return new LiteralUse(context.RoleOf(receiver.Arguments[0].Value), LiteralUseKind.Comparison, receiver);
                    case IArgumentOperation { Parent: IInvocationOperation { Instance: not null, TargetMethod.Name: "Equals", Arguments.Length: 2 } equals } compared
                        when equals.Arguments[0] == compared && equals.Arguments[1].Value.Type is { TypeKind: TypeKind.Enum, Name: "StringComparison" }:
                        // hangupCauseName.Equals("busy line", StringComparison.OrdinalIgnoreCase): compared with the receiver.
                        return new LiteralUse(context.RoleOf(equals.Instance), LiteralUseKind.Comparison, equals);
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        return new LiteralUse(context.RoleOf(assignment.Target), Kind(element, LiteralUseKind.Assignment), assignment);
                    case IVariableInitializerOperation initializer:
                        return FromInitializer(initializer, element, context);
                    case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } }:
                        // An element of a collection initializer: it flows to wherever the collection goes.
                        element = true;
                        current = initializer;
                        continue;
                    case IArgumentOperation argument:
                        return FromArgument(argument, context);
                    case IReturnOperation @return:
                        return FromReturn(@return, element, context);
                    case ISingleValueCaseClauseOperation clause when clause.Value == current:
                        return FromSwitch(clause.Parent?.Parent as ISwitchOperation, LiteralUseKind.CaseLabel, context);
                    case IConstantPatternOperation pattern when pattern.Value == current:
                        return FromPattern(pattern, context);
                    default:
                        return null;
                }
            }

            return null;
        }

        private static LiteralUseKind Kind(bool element, LiteralUseKind kind) => element ? LiteralUseKind.CollectionElement : kind;

        private static LiteralUse? FromInitializer(IVariableInitializerOperation initializer, bool element, HangupAnalysisContext context)
        {
            HangupNameMatcher names = context.NamesFor(initializer.Syntax.SyntaxTree);
            HangupRole role = initializer switch
            {
                IFieldInitializerOperation field => RoleOfNames(names, field.InitializedFields, f => f.Name, f => f.Type, context),
                IPropertyInitializerOperation property => RoleOfNames(names, property.InitializedProperties, p => p.Name, p => p.Type, context),
                IParameterInitializerOperation => HangupRole.None,
                _ when initializer.Parent is IVariableDeclaratorOperation declarator
                    => names.RoleOf(declarator.Symbol.Name) | (context.Table.IsCauseType(declarator.Symbol.Type) ? HangupRole.Code : HangupRole.None),
                _ => HangupRole.None,
            };
            return role == HangupRole.None ? null : new LiteralUse(role, Kind(element, LiteralUseKind.Initializer), initializer);
        }

        private static HangupRole RoleOfNames<T>(
            HangupNameMatcher names,
            System.Collections.Immutable.ImmutableArray<T> symbols,
            System.Func<T, string> name,
            System.Func<T, ITypeSymbol> type,
            HangupAnalysisContext context)
        {
            HangupRole role = HangupRole.None;
            foreach (T symbol in symbols)
            {
                role |= names.RoleOf(name(symbol)) | (context.Table.IsCauseType(type(symbol)) ? HangupRole.Code : HangupRole.None);
            }

            return role;
        }

        /// <summary>
        /// An argument: of <c>Equals</c> (a comparison), of an indexer (a key), or of a call (by the
        /// sibling key or the parameter's name and type).
        /// </summary>
        private static LiteralUse? FromArgument(IArgumentOperation argument, HangupAnalysisContext context)
        {
            HangupNameMatcher names = context.NamesFor(argument.Syntax.SyntaxTree);
            switch (argument.Parent)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Equals":
                    IOperation? other = invocation.Instance is not null && invocation.Arguments.Length == 1
                        ? invocation.Instance
                        : OtherOfFirstTwo(invocation.Arguments, argument);
                    return other is null ? null : new LiteralUse(context.RoleOf(other), LiteralUseKind.Comparison, invocation);
                case IPropertyReferenceOperation indexer when indexer.Property.IsIndexer:
                    HangupRole indexed = context.RoleOf(indexer.Instance);
                    return indexed == HangupRole.None ? null : new LiteralUse(indexed, LiteralUseKind.IndexerKey, indexer);
                case IInvocationOperation or IObjectCreationOperation:
                    System.Collections.Immutable.ImmutableArray<IArgumentOperation> siblings = argument.Parent is IInvocationOperation call
                        ? call.Arguments
                        : ((IObjectCreationOperation)argument.Parent).Arguments;
                    HangupRole role = HangupOperands.KeyRole(siblings.Remove(argument), names);
                    if (role == HangupRole.None && argument.Parameter is IParameterSymbol parameter)
                    {
                        role = names.RoleOf(parameter.Name) | (context.Table.IsCauseType(parameter.Type) ? HangupRole.Code : HangupRole.None);
                    }

                    return role == HangupRole.None ? null : new LiteralUse(role, LiteralUseKind.Argument, argument.Parent);
                default:
                    return null;
            }
        }

        private static IOperation? OtherOfFirstTwo(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IArgumentOperation argument)
        {
            if (arguments.Length < 2)
            {
                return null;
            }

            return arguments[0] == argument ? arguments[1].Value : arguments[1] == argument ? arguments[0].Value : null;
        }

        private static LiteralUse? FromReturn(IReturnOperation @return, bool element, HangupAnalysisContext context)
        {
            ISymbol? symbol = @return.SemanticModel?.GetEnclosingSymbol(@return.Syntax.SpanStart);
            if (symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                symbol = property;
            }

            HangupNameMatcher names = context.NamesFor(@return.Syntax.SyntaxTree);
            HangupRole role = symbol switch
            {
                IMethodSymbol method => names.RoleOf(method.Name) | (context.Table.IsCauseType(method.ReturnType) ? HangupRole.Code : HangupRole.None),
                IPropertySymbol prop => names.RoleOf(prop.Name) | (context.Table.IsCauseType(prop.Type) ? HangupRole.Code : HangupRole.None),
                _ => HangupRole.None,
            };
            return role == HangupRole.None ? null : new LiteralUse(role, Kind(element, LiteralUseKind.Return), @return);
        }

        private static LiteralUse? FromSwitch(ISwitchOperation? @switch, LiteralUseKind kind, HangupAnalysisContext context)
        {
            if (@switch is null)
            {
                return null;
            }

            HangupRole role = context.RoleOf(@switch.Value);
            return role == HangupRole.None ? null : new LiteralUse(role, kind, @switch);
        }

        /// <summary>A constant pattern, possibly inside <c>or</c>/<c>and</c>/<c>not</c>: its role is the matched value's.</summary>
        private static LiteralUse? FromPattern(IPatternOperation pattern, HangupAnalysisContext context)
        {
            IOperation root = pattern;
            while (root.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                root = root.Parent;
            }

            IOperation? matched = root.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation @switch } => @switch.Value,
                IPropertySubpatternOperation subpattern => subpattern.Member,
                _ => null,
            };
            HangupRole role = context.RoleOf(matched);
            return matched is null || role == HangupRole.None ? null : new LiteralUse(role, LiteralUseKind.Pattern, root.Parent!);
        }
    }
}

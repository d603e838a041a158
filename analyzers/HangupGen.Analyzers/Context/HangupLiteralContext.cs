using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Finds where a literal stands and what it is compared with, assigned to, passed as,
    /// returned as, cast to or matched against — the "where a hangup code is meant" of the rules.
    /// Bounds of relational comparisons and patterns are left to HG0004, so one mistake gets one
    /// finding. Values flow through conversions, <c>?:</c>, <c>??</c>, switch expression arms and
    /// array, collection and collection-expression initializers to where they land. The walk only
    /// reads the operation tree: no semantic-model work unless a <c>return</c> has no containing
    /// symbol to name it.
    /// </summary>
    internal static class HangupLiteralContext
    {
        /// <summary>
        /// Where <paramref name="literal"/> stands, or null when it is in no context the rules know.
        /// A non-null result may still have <see cref="HangupRole.None"/> (a comparison with an
        /// unrelated value).
        /// </summary>
        /// <param name="literal">The literal (or any value) to place.</param>
        /// <param name="context">The compilation's hangup context.</param>
        /// <param name="containingSymbol">The member the operation is in (<c>OperationAnalysisContext.ContainingSymbol</c>), used to name a <c>return</c>.</param>
        public static LiteralUse? Find(IOperation literal, HangupAnalysisContext context, ISymbol? containingSymbol = null)
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
                        element = true;
                        current = parent;
                        continue;
                    case IArrayCreationOperation creation when creation.Initializer == current:
                    case IObjectOrCollectionInitializerOperation when element:
                    case IObjectCreationOperation creationWithInitializer when element && creationWithInitializer.Initializer == current:
                        current = parent;
                        continue;
                    case { Syntax: CollectionExpressionSyntax }:
                        // [3010, 3020]: an element, whatever operation the compiler in use gives the expression.
                        element = true;
                        current = parent;
                        continue;
                    case IBinaryOperation binary:
                        return binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                            ? new LiteralUse(context.RoleOf(binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand), LiteralUseKind.Comparison, binary)
                            : null;
                    case IInvocationOperation receiver when receiver.Instance == current:
                        // 3010.Equals(hangupCode)
                        return IsEquals(receiver.TargetMethod) && receiver.Arguments.Length > 0
                            ? new LiteralUse(context.RoleOf(receiver.Arguments[0].Value), LiteralUseKind.Comparison, receiver)
                            : null;
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        return new LiteralUse(context.RoleOf(assignment.Target), Kind(element, LiteralUseKind.Assignment), assignment);
                    case ISymbolInitializerOperation initializer:
                        return FromInitializer(initializer, element, context);
                    case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } add } argument:
                        // An element of a collection initializer, { 3010, 3020 } or the key of { { 3010, "busy" } }:
                        // it flows to wherever the collection goes. Next to a string key, the key names it.
                        HangupRole addRole = ArgumentRole(argument, add.Arguments, context.NamesFor(argument.Syntax.SyntaxTree), context);
                        if (addRole != HangupRole.None)
                        {
                            return new LiteralUse(addRole, LiteralUseKind.Argument, add);
                        }

                        if (add.Arguments.IsEmpty || add.Arguments[0] != argument)
                        {
                            return null;
                        }

                        element = true;
                        current = initializer;
                        continue;
                    case IArgumentOperation argument:
                        return FromArgument(argument, context);
                    case IReturnOperation @return:
                        return FromReturn(@return, current, element, context, containingSymbol);
                    case ISingleValueCaseClauseOperation clause when clause.Value == current:
                        return FromSwitch(clause.Parent?.Parent as ISwitchOperation, context);
                    case IConstantPatternOperation pattern when pattern.Value == current:
                        return FromPattern(pattern, context);
                    default:
                        return null;
                }
            }

            return null;
        }

        private static LiteralUseKind Kind(bool element, LiteralUseKind kind) => element ? LiteralUseKind.CollectionElement : kind;

        private static HangupRole RoleOfSymbol(string name, ITypeSymbol? type, HangupNameMatcher names, HangupAnalysisContext context)
            => names.RoleOf(name) | (context.Table.IsCauseType(type) ? HangupRole.Code : HangupRole.None);

        /// <summary><c>int hangupCode = 3010;</c>, a field, property or parameter default value.</summary>
        private static LiteralUse? FromInitializer(ISymbolInitializerOperation initializer, bool element, HangupAnalysisContext context)
        {
            HangupNameMatcher names = context.NamesFor(initializer.Syntax.SyntaxTree);
            HangupRole role = HangupRole.None;
            switch (initializer)
            {
                case IFieldInitializerOperation field:
                    foreach (IFieldSymbol symbol in field.InitializedFields)
                    {
                        role |= RoleOfSymbol(symbol.Name, symbol.Type, names, context);
                    }

                    break;
                case IPropertyInitializerOperation property:
                    foreach (IPropertySymbol symbol in property.InitializedProperties)
                    {
                        role |= RoleOfSymbol(symbol.Name, symbol.Type, names, context);
                    }

                    break;
                case IParameterInitializerOperation parameter:
                    role = RoleOfSymbol(parameter.Parameter.Name, parameter.Parameter.Type, names, context);
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    role = RoleOfSymbol(declarator.Symbol.Name, declarator.Symbol.Type, names, context);
                    break;
            }

            return role == HangupRole.None ? null : new LiteralUse(role, Kind(element, LiteralUseKind.Initializer), initializer);
        }

        /// <summary>
        /// An argument: of <c>Equals</c> (a comparison), of a keyed indexer (a key), or of a call (by
        /// the parameter's name and type, or a sibling key where the parameter's name says nothing).
        /// </summary>
        private static LiteralUse? FromArgument(IArgumentOperation argument, HangupAnalysisContext context)
        {
            HangupNameMatcher names = context.NamesFor(argument.Syntax.SyntaxTree);
            switch (argument.Parent)
            {
                case IInvocationOperation invocation when IsEquals(invocation.TargetMethod):
                    IOperation? other = OtherOperand(invocation, argument);
                    return other is null ? null : new LiteralUse(context.RoleOf(other), LiteralUseKind.Comparison, invocation);
                case IPropertyReferenceOperation indexer when indexer.Property.IsIndexer:
                    if (!IsKey(argument.Parameter, names))
                    {
                        return null;
                    }

                    HangupRole indexed = context.RoleOf(indexer.Instance);
                    return indexed == HangupRole.None ? null : new LiteralUse(indexed, LiteralUseKind.IndexerKey, indexer);
                case IInvocationOperation or IObjectCreationOperation:
                    ImmutableArray<IArgumentOperation> siblings = argument.Parent is IInvocationOperation call
                        ? call.Arguments
                        : ((IObjectCreationOperation)argument.Parent).Arguments;
                    HangupRole role = ArgumentRole(argument, siblings, names, context);
                    return role == HangupRole.None ? null : new LiteralUse(role, LiteralUseKind.Argument, argument.Parent);
                default:
                    return null;
            }
        }

        /// <summary>
        /// What an argument of a call holds. The parameter speaks first, by its name and type:
        /// <c>Cache("hangup_code", code, 3000)</c> passes 3000 as <c>timeoutMs</c>, whatever key stands
        /// next to it. Only a parameter whose name says nothing about its value (<c>value</c>,
        /// <c>item</c>, <c>args</c>…), a <c>params</c> array or an <c>object</c> lets a constant key among
        /// the other arguments name it: <c>dict.Add("hangup_code", 3010)</c>,
        /// <c>new KeyValuePair&lt;string, string&gt;("HangupCauseCode", "3010")</c>.
        /// </summary>
        private static HangupRole ArgumentRole(IArgumentOperation argument, ImmutableArray<IArgumentOperation> siblings, HangupNameMatcher names, HangupAnalysisContext context)
        {
            if (argument.Parameter is IParameterSymbol parameter)
            {
                HangupRole role = RoleOfSymbol(parameter.Name, parameter.Type, names, context);
                if (role != HangupRole.None)
                {
                    return role;
                }

                if (IsGeneratedCodeParameter(parameter, context))
                {
                    return HangupRole.Code;
                }

                if (!parameter.IsParams && parameter.Type.SpecialType != SpecialType.System_Object && !IsPlaceholderName(parameter.Name))
                {
                    return HangupRole.None;
                }
            }

            return HangupOperands.KeyRole(siblings, names, except: argument);
        }

        /// <summary>Parameter names that say what shape a value has, not what it means: a key next to them names it.</summary>
        private static bool IsPlaceholderName(string name)
            => name is "value" or "values" or "val" or "v" or "item" or "items" or "obj" or "o" or "arg" or "args"
                or "argument" or "arguments" or "element" or "elements" or "elem" or "data" or "content" or "contents"
                or "input" or "payload" or "body" or "param" or "parameters";

        /// <summary><c>Equals</c> returning bool with one to three parameters: instance, static and comparer forms.</summary>
        private static bool IsEquals(IMethodSymbol method)
            => method.Name == "Equals" && method.ReturnType.SpecialType == SpecialType.System_Boolean && method.Parameters.Length is >= 1 and <= 3;

        /// <summary>
        /// What an argument of <c>Equals</c> is compared with: the receiver of <c>x.Equals(3010)</c>
        /// and <c>x.Equals("3010", StringComparison.Ordinal)</c>; the other of the two compared
        /// arguments of <c>Equals(x, 3010)</c>, <c>string.Equals(x, "3010", …)</c> and
        /// <c>comparer.Equals(x, 3010)</c>.
        /// </summary>
        private static IOperation? OtherOperand(IInvocationOperation invocation, IArgumentOperation argument)
        {
            ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
            ImmutableArray<IParameterSymbol> parameters = invocation.TargetMethod.Parameters;
            bool comparesTwoArguments = invocation.Instance is null
                || (parameters.Length >= 2 && SymbolEqualityComparer.Default.Equals(parameters[0].Type, parameters[1].Type));
            if (!comparesTwoArguments)
            {
                return arguments.Length > 0 && arguments[0] == argument ? invocation.Instance : null;
            }

            if (arguments.Length < 2)
            {
                return null;
            }

            return arguments[0] == argument ? arguments[1].Value : arguments[1] == argument ? arguments[0].Value : null;
        }

        /// <summary>
        /// Whether an indexer argument is a key (<c>Dictionary&lt;TKey, …&gt;</c>, a parameter named for
        /// a hangup code) rather than a position (<c>list[0]</c>, <c>text[3]</c>).
        /// </summary>
        private static bool IsKey(IParameterSymbol? parameter, HangupNameMatcher names)
        {
            if (parameter is null)
            {
                return false;
            }

            IParameterSymbol original = parameter.OriginalDefinition;
            if (original.Type is ITypeParameterSymbol || (names.RoleOf(original.Name) & HangupRole.Code) != 0)
            {
                return true;
            }

            return original.Name is not ("index" or "idx" or "i" or "position" or "pos" or "offset" or "startIndex")
                && original.Type.SpecialType != SpecialType.None;
        }

        /// <summary>The <c>code</c> parameter of the generated helpers: <c>HangupCauses.FromCode(3010)</c>.</summary>
        private static bool IsGeneratedCodeParameter(IParameterSymbol parameter, HangupAnalysisContext context)
            => parameter.Name == "code"
                && context.Table.CausesType is INamedTypeSymbol causes
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingType, causes);

        /// <summary><c>return 3010;</c> from a method, property, local function or lambda named for or typed as a hangup code.</summary>
        private static LiteralUse? FromReturn(IReturnOperation @return, IOperation returned, bool element, HangupAnalysisContext context, ISymbol? containingSymbol)
        {
            ISymbol? symbol = null;
            for (IOperation? parent = @return.Parent; parent is not null && symbol is null; parent = parent.Parent)
            {
                symbol = parent switch
                {
                    ILocalFunctionOperation localFunction => localFunction.Symbol,
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    _ => null,
                };
            }

            symbol ??= containingSymbol ?? @return.SemanticModel?.GetEnclosingSymbol(@return.Syntax.SpanStart);
            if (symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                symbol = property;
            }

            HangupNameMatcher names = context.NamesFor(@return.Syntax.SyntaxTree);
            HangupRole role = (context.Table.IsCauseType(returned.Type) ? HangupRole.Code : HangupRole.None) | symbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => HangupRole.None,
                IMethodSymbol method => names.RoleOf(method.Name),
                IPropertySymbol prop => names.RoleOf(prop.Name),
                _ => HangupRole.None,
            };
            return role == HangupRole.None ? null : new LiteralUse(role, Kind(element, LiteralUseKind.Return), @return);
        }

        private static LiteralUse? FromSwitch(ISwitchOperation? @switch, HangupAnalysisContext context)
        {
            if (@switch is null)
            {
                return null;
            }

            HangupRole role = context.RoleOf(@switch.Value);
            return role == HangupRole.None ? null : new LiteralUse(role, LiteralUseKind.CaseLabel, @switch);
        }

        /// <summary>
        /// A constant pattern, possibly inside <c>or</c>/<c>and</c>/<c>not</c> or a list pattern: its
        /// role is the matched value's (for a list pattern, the list's).
        /// </summary>
        private static LiteralUse? FromPattern(IPatternOperation pattern, HangupAnalysisContext context)
        {
            IOperation root = pattern;
            while (root.Parent is IBinaryPatternOperation or INegatedPatternOperation or IListPatternOperation)
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

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// HG0007: the <c>Enum</c> API used on a generated enum where it is wrong. The identifier text of
    /// a value (<c>ToString()</c>, <c>Enum.GetName</c>, interpolation, concatenation) compared with a
    /// string, or flowing into something named for a hangup name, code or status; <c>Enum.Parse</c>
    /// and <c>Enum.TryParse</c>; <c>Enum.IsDefined</c> of a string; <c>Enum.GetNames</c>; and a
    /// generated enum bound as a minimal-API or MVC action parameter. Which uses count, and why
    /// logging never does, is on the rule's page.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EnumApiOnGeneratedTypeAnalyzer : HangupAnalyzer
    {
        /// <summary>Property: what was found, one of the <c>*Form</c> values.</summary>
        public const string FormProperty = "Form";

        /// <summary>Property: the generated enum, e.g. <c>HangupCause</c>.</summary>
        public const string EnumProperty = "Enum";

        /// <summary>Property: the member a compared string names, e.g. <c>BusyLine</c> (<see cref="ComparisonForm"/> only).</summary>
        public const string MemberProperty = "Member";

        /// <summary>Property: <c>"true"</c> when the fix must not touch the code (inside an expression tree).</summary>
        public const string NoFixProperty = "NoFix";

        /// <summary>The identifier text of a value where its documented name is meant: the fix calls <c>GetName()</c>.</summary>
        public const string IdentifierTextForm = "IdentifierText";

        /// <summary><c>x.ToString() == "Busy Line"</c>: the fix compares the values, <c>x == HangupCause.BusyLine</c>.</summary>
        public const string ComparisonForm = "Comparison";

        /// <summary><c>Enum.Parse</c> or <c>Enum.TryParse</c>: the fix calls the generated parser.</summary>
        public const string ParseForm = "Parse";

        /// <summary><c>Enum.IsDefined(typeof(T), text)</c>: the fix calls the generated parser.</summary>
        public const string IsDefinedForm = "IsDefined";

        /// <summary><c>Enum.GetNames</c>: no fix, the message says what to use.</summary>
        public const string GetNamesForm = "GetNames";

        /// <summary>A bound endpoint or action parameter: the fix binds a <c>HangupCode</c>.</summary>
        public const string ParameterForm = "Parameter";

        /// <summary>What holds a documented name; a value named for a code only (<c>hangupCauseCode</c>) wants the number, not <c>GetName()</c>.</summary>
        private const HangupRole NameRoles = HangupRole.CauseName | HangupRole.SourceName | HangupRole.CallStatus | HangupRole.DialStatus | HangupRole.TelephonyCause | HangupRole.ReasonName;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EnumApiOnGeneratedType);

        private protected override void Register(CompilationStartAnalysisContext context, HangupContextSource source)
        {
            Compilation compilation = context.Compilation;
            DeferredRuleState<Rule> rule = source.Defer(hangup => new Rule(hangup, compilation));
            context.RegisterOperationAction(rule.Guard<OperationAnalysisContext>(static (c, r) => r.AnalyzeInvocation(c)), OperationKind.Invocation);
            context.RegisterOperationAction(rule.Guard<OperationAnalysisContext>(static (c, r) => r.AnalyzeInterpolation(c)), OperationKind.Interpolation);
            context.RegisterOperationAction(rule.Guard<OperationAnalysisContext>(static (c, r) => r.AnalyzeConcatenation(c)), OperationKind.Binary);

            // An MVC action is found by its declaration: every method costs a look at its parameter types, and
            // only one that takes a generated enum has its class checked for being a controller. When the table
            // waits for its first use, whether MVC is there at all is asked on the first method too: a lookup by
            // metadata name at compilation start is the first to merge the compilation's declarations
            // (docs/analyzer-profile.md, finding 19). Otherwise the types were looked up already, and a
            // compilation without MVC registers nothing for it.
            if (source.IsDeferred || rule.Value?.HasMvc == true)
            {
                context.RegisterSymbolAction(rule.Guard<SymbolAnalysisContext>(static (c, r) => r.AnalyzeAction(c)), SymbolKind.Method);
            }
        }

        /// <summary>The rule's callbacks for one compilation.</summary>
        private sealed class Rule
        {
            private readonly HangupAnalysisContext _hangup;
            private readonly Compilation _compilation;
            private StrongBox<Mvc?>? _mvc;

            public Rule(HangupAnalysisContext hangup, Compilation compilation)
            {
                _hangup = hangup;
                _compilation = compilation;
            }

            /// <summary>Whether the compilation has MVC's controller types (looked up on first use).</summary>
            public bool HasMvc => MvcTypes.IsPresent;

            /// <summary>The compilation's MVC types, looked up on first use (both null without MVC; a race looks them up twice, to the same symbols).</summary>
            private Mvc MvcTypes
                => FirstUse.Get(ref _mvc, _compilation, static compilation => new Mvc(
                    compilation.GetTypeByMetadataName(AspNetCoreNames.ControllerBase),
                    compilation.GetTypeByMetadataName(AspNetCoreNames.ApiControllerAttribute)))!;

            private HangupTable Table => _hangup.Table;

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "ToString":
                        // Only ToString() without a format: "D" and "X" give numbers, not identifiers.
                        if (method.Parameters.IsEmpty && Table.GeneratedEnumOf(UnwrapOrNull(invocation.Instance)?.Type) is GeneratedEnum formatted)
                        {
                            AnalyzeIdentifierText(context, invocation, invocation, formatted, "ToString() of a " + formatted.Name, wholeValue: true);
                        }

                        return;
                    case "Parse":
                    case "TryParse":
                    case "IsDefined":
                    case "GetName":
                    case "GetNames":
                        if (method.ContainingType?.SpecialType == SpecialType.System_Enum)
                        {
                            AnalyzeEnumCall(context, invocation, method);
                        }

                        return;
                    default:
                        if (method.Name.StartsWith("Map", StringComparison.Ordinal) && method.IsExtensionMethod && AspNetCoreNames.IsEndpointMapping(method))
                        {
                            AnalyzeEndpoint(context, invocation);
                        }

                        return;
                }
            }

            public void AnalyzeInterpolation(OperationAnalysisContext context)
            {
                var hole = (IInterpolationOperation)context.Operation;
                if (Table.GeneratedEnumOf(Unwrap(hole.Expression).Type) is not GeneratedEnum generated
                    || (hole.FormatString?.ConstantValue is { HasValue: true, Value: string format } && format is not ("G" or "g" or "F" or "f"))
                    || hole.Parent is not IInterpolatedStringOperation { Type.SpecialType: SpecialType.System_String } text)
                {
                    return;
                }

                AnalyzeIdentifierText(context, text, Unwrap(hole.Expression), generated, "Interpolating a " + generated.Name + " writes", wholeValue: false);
            }

            public void AnalyzeConcatenation(OperationAnalysisContext context)
            {
                var binary = (IBinaryOperation)context.Operation;
                if (binary.OperatorKind != BinaryOperatorKind.Add || binary.Type?.SpecialType != SpecialType.System_String)
                {
                    return;
                }

                foreach (IOperation operand in new[] { binary.LeftOperand, binary.RightOperand })
                {
                    IOperation value = Unwrap(operand);
                    if (value != operand && Table.GeneratedEnumOf(value.Type) is GeneratedEnum generated)
                    {
                        IOperation whole = binary;
                        while (whole.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } outer)
                        {
                            whole = outer;
                        }

                        AnalyzeIdentifierText(context, whole, value, generated, "Concatenating a " + generated.Name + " writes", wholeValue: false);
                    }
                }
            }

            public void AnalyzeAction(SymbolAnalysisContext context)
            {
                var method = (IMethodSymbol)context.Symbol;
                if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.IsStatic || method.IsGenericMethod)
                {
                    return;
                }

                Mvc mvc = MvcTypes;
                if (!mvc.IsPresent)
                {
                    return;
                }

                // The parameters answer first: almost no method takes a generated enum.
                bool any = false;
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    any |= BoundEnum(parameter) is not null;
                }

                if (!any
                    || !AspNetCoreNames.IsController(method.ContainingType, mvc.ControllerBase, mvc.ApiController)
                    || AspNetCoreNames.HasAttribute(method, AspNetCoreNames.NonActionAttribute))
                {
                    return;
                }

                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    ReportParameter(context.ReportDiagnostic, parameter, null);
                }
            }

            private void AnalyzeEndpoint(OperationAnalysisContext context, IInvocationOperation invocation)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Type is not { Name: "Delegate", ContainingNamespace.Name: "System" }
                        || Unwrap(argument.Value) is not IDelegateCreationOperation creation)
                    {
                        continue;
                    }

                    ImmutableArray<IParameterSymbol> parameters = creation.Target switch
                    {
                        IAnonymousFunctionOperation lambda => lambda.Symbol.Parameters,
                        IMethodReferenceOperation reference => reference.Method.Parameters,
                        _ => ImmutableArray<IParameterSymbol>.Empty,
                    };
                    foreach (IParameterSymbol parameter in parameters)
                    {
                        ReportParameter(context.ReportDiagnostic, parameter, argument);
                    }
                }
            }

            /// <summary>The generated enum a parameter binds (itself or its nullable), unless it is not bound from the request's text.</summary>
            private GeneratedEnum? BoundEnum(IParameterSymbol parameter)
            {
                ITypeSymbol type = parameter.Type;
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    type = nullable.TypeArguments[0];
                }

                return Table.GeneratedEnumOf(type) is GeneratedEnum generated && !AspNetCoreNames.IsNotBoundFromText(parameter) ? generated : null;
            }

            private void ReportParameter(Action<Diagnostic> report, IParameterSymbol parameter, IArgumentOperation? handler)
            {
                if (BoundEnum(parameter) is not GeneratedEnum generated)
                {
                    return;
                }

                // The parameter's type is what is wrong and what the fix replaces; a method group declared in
                // another file is reported at the argument that binds it.
                Location? location = null;
                if (parameter.DeclaringSyntaxReferences.Length > 0
                    && parameter.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax declaration
                    && (handler is null || declaration.SyntaxTree == handler.Syntax.SyntaxTree))
                {
                    location = declaration.Type?.GetLocation() ?? declaration.Identifier.GetLocation();
                }

                location ??= handler?.Syntax.GetLocation();
                if (location is null)
                {
                    return;
                }

                bool isCause = SymbolEqualityComparer.Default.Equals(generated.Type, Table.CauseType);
                string advice = isCause && Table.CodeType is not null
                    ? "bind a " + Table.CodeType.Name
                    : generated.Parser is null
                        ? "bind a string and compare it with the GetName() of each member"
                        : "bind a string and parse it with " + generated.Parser.Name + "." + (isCause && generated.HasTryParseCode ? "TryParseCode" : "TryParse");
                report(Diagnostic.Create(
                    DiagnosticDescriptors.EnumApiOnGeneratedType,
                    location,
                    Properties(ParameterForm, generated, noFix: false),
                    Format(DiagnosticDescriptors.EnumApiBoundParameter, parameter.Name, generated.Name, UndefinedNumber(generated), NeverDocumentedName(generated), advice)));
            }

            private void AnalyzeEnumCall(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol method)
            {
                ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
                ITypeSymbol? enumType = method.IsGenericMethod
                    ? method.TypeArguments[0]
                    : arguments.Length > 0 && arguments[0].Value is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;
                if (Table.GeneratedEnumOf(enumType) is not GeneratedEnum generated)
                {
                    return;
                }

                bool noFix = ExpressionTrees.IsInExpressionTree(invocation, _compilation);
                switch (method.Name)
                {
                    case "GetName":
                        IOperation? value = Argument(invocation, method.IsGenericMethod ? 0 : 1);
                        if (value is not null)
                        {
                            AnalyzeIdentifierText(context, invocation, Unwrap(value), generated, "Enum.GetName of a " + generated.Name, wholeValue: true);
                        }

                        return;
                    case "GetNames":
                        string example = generated.Example is null ? string.Empty : " (" + generated.Example.Name + ")";
                        string? name = generated.Example is null ? null : generated.DocumentedName(generated.Example.Name);
                        string list = generated.HasAll && generated.Parser is not null ? "GetName() of each of " + generated.Parser.Name + ".All" : "GetName() of each member";
                        Report(context, invocation.Syntax.GetLocation(), Properties(GetNamesForm, generated, noFix: true),
                            Format(DiagnosticDescriptors.EnumApiGetNames, generated.Name, example, name is null ? string.Empty : " (\"" + name + "\")", list));
                        return;
                    case "IsDefined":
                        // Of a value or a number, Enum.IsDefined answers right: only a string is checked against the identifiers.
                        IOperation? checkedValue = Argument(invocation, method.IsGenericMethod ? 0 : 1);
                        if (method.IsGenericMethod || checkedValue is null || Unwrap(checkedValue).Type?.SpecialType != SpecialType.System_String)
                        {
                            return;
                        }

                        Report(context, invocation.Syntax.GetLocation(), Properties(IsDefinedForm, generated, noFix),
                            Format(DiagnosticDescriptors.EnumApiIsDefined, generated.Name, NeverDocumentedName(generated), ParserAdvice(generated, withCodes: false)));
                        return;
                    default:
                        Report(context, invocation.Syntax.GetLocation(), Properties(ParseForm, generated, noFix),
                            Format(DiagnosticDescriptors.EnumApiParse, "Enum." + method.Name, UndefinedNumber(generated), generated.Name, NeverDocumentedName(generated), ParserAdvice(generated, withCodes: true)));
                        return;
                }
            }

            /// <summary>
            /// The identifier of a value, as text (<paramref name="text"/>, which holds <paramref name="value"/>): reported when
            /// compared with a string, or when it flows into something named for a hangup name, code or status.
            /// </summary>
            private void AnalyzeIdentifierText(OperationAnalysisContext context, IOperation text, IOperation value, GeneratedEnum generated, string subject, bool wholeValue)
            {
                IOperation flowing = text;
                while (flowing.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
                {
                    flowing = flowing.Parent;
                }

                string? compared = null;
                switch (flowing.Parent)
                {
                    // Matched against string constants: `is null`, `is { Length: > 0 }` compare with no name.
                    case ISwitchOperation @switch when @switch.Value == flowing:
                        if (!@switch.Cases.Any(c => c.Clauses.Any(HasStringConstant)))
                        {
                            return;
                        }

                        break;
                    case ISwitchExpressionOperation switchExpression when switchExpression.Value == flowing:
                        if (!switchExpression.Arms.Any(a => HasStringConstant(a.Pattern)))
                        {
                            return;
                        }

                        break;
                    case IIsPatternOperation isPattern when isPattern.Value == flowing:
                        if (!HasStringConstant(isPattern.Pattern))
                        {
                            return;
                        }

                        break;
                    default:
                        if (HangupLiteralContext.Find(text, _hangup, context.ContainingSymbol) is not LiteralUse use)
                        {
                            return;
                        }

                        if (use.Kind == LiteralUseKind.Comparison)
                        {
                            if (OtherOperand(use.Anchor, flowing) is not IOperation other || !IsComparableString(other))
                            {
                                return;
                            }

                            compared = other.ConstantValue.HasValue ? other.ConstantValue.Value as string : null;
                        }
                        else if ((use.Role & NameRoles) == HangupRole.None
                            || use.Kind is not (LiteralUseKind.Assignment or LiteralUseKind.Initializer or LiteralUseKind.Argument
                                or LiteralUseKind.Return or LiteralUseKind.CollectionElement or LiteralUseKind.IndexerKey))
                        {
                            return;
                        }

                        break;
                }

                bool noFix = ExpressionTrees.IsInExpressionTree(text, _compilation);
                Location location = (wholeValue ? text : value).Syntax.GetLocation();
                if (wholeValue && compared is not null && generated.TryGetMember(compared, out IFieldSymbol member))
                {
                    string memberAccess = generated.Name + "." + member.Name;
                    ImmutableDictionary<string, string?> properties = Properties(ComparisonForm, generated, noFix).Add(MemberProperty, member.Name);
                    Report(context, location, properties, string.Equals(compared, member.Name, StringComparison.Ordinal)
                        ? Format(DiagnosticDescriptors.EnumApiComparedWithIdentifier, subject, compared, memberAccess)
                        : Format(DiagnosticDescriptors.EnumApiNeverMatches, subject, compared, member.Name, memberAccess));
                    return;
                }

                string verb = wholeValue ? subject + " gives" : subject;
                string example = generated.Example is null ? string.Empty : " (" + generated.Example.Name + ")";
                string? name = generated.Example is null ? null : generated.DocumentedName(generated.Example.Name);
                Report(context, location, Properties(IdentifierTextForm, generated, noFix),
                    Format(DiagnosticDescriptors.EnumApiIdentifierText, verb, example, name is null ? string.Empty : " (\"" + name + "\")"));
            }

            private static bool HasStringConstant(IOperation operation)
                => operation.DescendantsAndSelf().Any(o => o is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } });

            /// <summary>What the text is compared with: the other operand of <c>==</c>, or of an <c>Equals</c> call.</summary>
            private static IOperation? OtherOperand(IOperation anchor, IOperation flowing)
            {
                switch (anchor)
                {
                    case IBinaryOperation binary:
                        return Contains(binary.LeftOperand, flowing) ? binary.RightOperand : binary.LeftOperand;
                    case IInvocationOperation invocation:
                        if (invocation.Instance is not null && !Contains(invocation.Instance, flowing))
                        {
                            return invocation.Instance;
                        }

                        foreach (IArgumentOperation argument in invocation.Arguments)
                        {
                            if (!Contains(argument.Value, flowing) && argument.Value.Type?.SpecialType == SpecialType.System_String)
                            {
                                return argument.Value;
                            }
                        }

                        return null;
                    default:
                        return null;
                }
            }

            private static bool Contains(IOperation operand, IOperation flowing)
                => operand == flowing || (operand.Syntax.Span.Contains(flowing.Syntax.Span) && operand.Syntax.SyntaxTree == flowing.Syntax.SyntaxTree);

            /// <summary>
            /// A string the identifier is compared with, that is not itself an identifier: <c>a.ToString() == b.ToString()</c>
            /// compares two identifiers and is right.
            /// </summary>
            private bool IsComparableString(IOperation other)
            {
                IOperation value = Unwrap(other);
                // nameof(HangupCause.BusyLine) is an identifier too.
                if (value.Type?.SpecialType != SpecialType.System_String || value.ConstantValue is { HasValue: true, Value: null } || value is INameOfOperation)
                {
                    return false;
                }

                return value switch
                {
                    IInvocationOperation { TargetMethod.Name: "ToString", TargetMethod.Parameters.IsEmpty: true } toString
                        => Table.GeneratedEnumOf(UnwrapOrNull(toString.Instance)?.Type) is null,
                    IInvocationOperation { TargetMethod: { Name: "GetName", ContainingType.SpecialType: SpecialType.System_Enum } }
                        => false,
                    _ => true,
                };
            }

            private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == ordinal)
                    {
                        return argument.Value;
                    }
                }

                return null;
            }

            private static string ParserAdvice(GeneratedEnum generated, bool withCodes)
                => generated.Parser is null
                    ? "a comparison with the GetName() of each member"
                    : withCodes && generated.HasTryParseCode
                        ? generated.Parser.Name + ".TryParse (names) or " + generated.Parser.Name + ".TryParseCode (codes)"
                        : generated.Parser.Name + ".TryParse";

            private static string NeverDocumentedName(GeneratedEnum generated)
                => generated.Example is not null && generated.DocumentedName(generated.Example.Name) is string name && name != generated.Example.Name
                    ? Format(DiagnosticDescriptors.EnumApiNeverDocumentedName, name)
                    : string.Empty;

            /// <summary>A number no member has, near the example's value: 3015 next to BusyLine (3010).</summary>
            private static string UndefinedNumber(GeneratedEnum generated)
            {
                long candidate = generated.Example is { ConstantValue: object value } ? Convert.ToInt64(value, CultureInfo.InvariantCulture) + 5 : 5;
                while (generated.Members.Any(m => Convert.ToInt64(m.ConstantValue, CultureInfo.InvariantCulture) == candidate))
                {
                    candidate++;
                }

                return candidate.ToString(CultureInfo.InvariantCulture);
            }

            private static ImmutableDictionary<string, string?> Properties(string form, GeneratedEnum generated, bool noFix)
            {
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(FormProperty, form)
                    .Add(EnumProperty, generated.Name);
                return noFix ? properties.Add(NoFixProperty, "true") : properties;
            }

            private static void Report(OperationAnalysisContext context, Location location, ImmutableDictionary<string, string?> properties, string message)
                => context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EnumApiOnGeneratedType, location, properties, message));

            private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);

            private static IOperation? UnwrapOrNull(IOperation? operation) => operation is null ? null : Unwrap(operation);

            /// <summary>The value under implicit conversions (boxing to <c>object</c> or <c>Enum</c>) and parentheses.</summary>
            private static IOperation Unwrap(IOperation operation)
            {
                while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
                {
                    operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
                }

                return operation;
            }
        }

        /// <summary>The MVC types that make a class a controller, or nulls when the compilation has no MVC.</summary>
        private sealed class Mvc
        {
            public Mvc(INamedTypeSymbol? controllerBase, INamedTypeSymbol? apiController)
            {
                ControllerBase = controllerBase;
                ApiController = apiController;
            }

            public INamedTypeSymbol? ControllerBase { get; }

            public INamedTypeSymbol? ApiController { get; }

            /// <summary>Whether either type is there: without both, no class is a controller.</summary>
            public bool IsPresent => ControllerBase is not null || ApiController is not null;
        }
    }
}

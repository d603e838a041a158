using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Tells what an expression holds in hangup terms: a <c>HangupCause</c> by its type, anything
    /// else by the name it is read from — a variable, field, property, parameter or method name, or
    /// the constant key of an indexer or accessor (<c>form["HangupCauseCode"]</c>,
    /// <c>json.GetProperty("hangup_cause_code").GetInt32()</c>). Conversions, parsing and
    /// <c>ToString()</c>/<c>Trim()</c>/<c>.Value</c> pass the role through.
    /// </summary>
    internal static class HangupOperands
    {
        private const int MaxDepth = 8;
        private const int MaxKeyLength = 64;

        public static HangupRole RoleOf(IOperation? operation, HangupAnalysisContext context)
        {
            if (operation is null)
            {
                return HangupRole.None;
            }

            // Every operation of the walk is in the one tree, which has one matcher.
            HangupNameMatcher names = context.NamesFor(operation.Syntax.SyntaxTree);
            bool text = false;
            for (int depth = 0; operation is not null && depth < MaxDepth; depth++)
            {
                if (context.Table.IsCauseType(operation.Type))
                {
                    return HangupRole.Code;
                }

                // A status enum holds its vocabulary as a value; its ToString() is the identifier, not the documented spelling.
                HangupRole statusType = text ? HangupRole.None : context.Table.StatusRoleOfType(operation.Type);
                if (statusType != HangupRole.None)
                {
                    return statusType;
                }

                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case ILocalReferenceOperation local:
                        return names.RoleOf(local.Local.Name);
                    case IParameterReferenceOperation parameter:
                        return names.RoleOf(parameter.Parameter.Name);
                    case IFieldReferenceOperation field:
                        return names.RoleOf(field.Field.Name);
                    case IPropertyReferenceOperation property when property.Property.IsIndexer:
                        return KeyRole(property.Arguments, names) | RoleOf(property.Instance, context);
                    case IPropertyReferenceOperation { Property.Name: "Value" } nullableValue when nullableValue.Instance is not null:
                        operation = nullableValue.Instance;
                        continue;
                    case IPropertyReferenceOperation property:
                        return names.RoleOf(property.Property.Name);
                    case IArrayElementReferenceOperation element:
                        operation = element.ArrayReference;
                        continue;
                    case IInvocationOperation { TargetMethod: { Name: "GetName", IsExtensionMethod: true, Parameters.Length: 1 } } getName
                        when context.Table.StatusRoleOfType(getName.TargetMethod.Parameters[0].Type) is var documented && documented != HangupRole.None:
                        // status.GetName() is the documented spelling, as sent on the wire.
                        return documented;
                    case IInvocationOperation invocation:
                        HangupRole role = names.RoleOf(invocation.TargetMethod.Name) | KeyRole(invocation.Arguments, names);
                        if (role != HangupRole.None)
                        {
                            return role;
                        }

                        text |= invocation.TargetMethod.Name is "ToString" or "Trim" or "TrimStart" or "TrimEnd" or "ToLower" or "ToUpper" or "ToLowerInvariant" or "ToUpperInvariant";
                        operation = PassedThrough(invocation);
                        continue;
                    case IConditionalAccessOperation conditional:
                        operation = conditional.WhenNotNull;
                        continue;
                    case IConditionalAccessInstanceOperation instance:
                        operation = FindConditionalAccess(instance)?.Operation;
                        continue;
                    case ICoalesceOperation coalesce:
                        operation = coalesce.Value;
                        continue;
                    default:
                        return HangupRole.None;
                }
            }

            return HangupRole.None;
        }

        /// <summary>
        /// The role named by a constant string key among <paramref name="arguments"/>, leaving out
        /// <paramref name="except"/> (the argument being placed). Only strings shaped like a key count
        /// (<c>"HangupCauseCode"</c>, <c>"hangup_cause_code"</c>, <c>"@hangup_code"</c>): a message such
        /// as <c>"Hangup code {Code} on port {Port}"</c> names no value.
        /// </summary>
        public static HangupRole KeyRole(ImmutableArray<IArgumentOperation> arguments, HangupNameMatcher names, IArgumentOperation? except = null)
        {
            HangupRole role = HangupRole.None;
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument != except && argument.Value.ConstantValue is { HasValue: true, Value: string key } && IsKey(key))
                {
                    role |= names.RoleOf(key);
                }
            }

            return role;
        }

        private static bool IsKey(string text)
        {
            if (text.Length == 0 || text.Length > MaxKeyLength)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '-' && c != '.' && c != '@' && c != '$' && c != ':')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The value a conversion-like call reads: the receiver of <c>x.ToString()</c>, the argument of <c>int.Parse(x)</c>.</summary>
        private static IOperation? PassedThrough(IInvocationOperation invocation)
        {
            switch (invocation.TargetMethod.Name)
            {
                case "ToString":
                case "Trim":
                case "TrimStart":
                case "TrimEnd":
                case "ToLower":
                case "ToUpper":
                case "ToLowerInvariant":
                case "ToUpperInvariant":
                case "GetInt16":
                case "GetInt32":
                case "GetInt64":
                case "GetString":
                case "GetValueOrDefault":
                case "Parse":
                case "ToInt16":
                case "ToInt32":
                case "ToInt64":
                    if (invocation.Instance is not null)
                    {
                        return invocation.Instance;
                    }

                    return invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
                default:
                    return null;
            }
        }

        private static IConditionalAccessOperation? FindConditionalAccess(IConditionalAccessInstanceOperation instance)
        {
            for (IOperation? parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access;
                }
            }

            return null;
        }
    }
}

using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// The value a string holds when it is a code's decimal text: the number of <c>code.ToString()</c>
    /// (or <c>Convert.ToString(code)</c>), or the string itself (<c>HangupCauseCode</c> as a form sends
    /// it). The text of an enum is its member's name, never the code, so <c>cause.ToString()</c> is none.
    /// Whether the value is a hangup code is the caller's question.
    /// </summary>
    internal static class CodeText
    {
        public static IOperation? ValueOf(IOperation text)
        {
            text = RangeOperations.WithoutImplicitConversions(text);

            // Trim() and case changes keep the digits a code's text starts with; TrimStart('3') would not.
            while (text is IInvocationOperation { Instance: not null, TargetMethod.ContainingType.SpecialType: SpecialType.System_String } keeping
                && (keeping.TargetMethod.Name is "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant"
                    || (keeping.TargetMethod.Name is "Trim" or "TrimStart" or "TrimEnd" && keeping.Arguments.IsEmpty)))
            {
                text = keeping.Instance;
            }

            if (text is IInvocationOperation { TargetMethod.Name: "ToString" } toString)
            {
                return Formatted(toString);
            }

            // Any other string method (TrimStart('3'), Substring(1)) makes other text.
            return text.Type?.SpecialType == SpecialType.System_String && text is not IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String }
                ? text
                : null;
        }

        /// <summary>The number (or string) a <c>ToString</c> call writes, when it writes it plainly: no format string, at most an <c>IFormatProvider</c>.</summary>
        private static IOperation? Formatted(IInvocationOperation toString)
        {
            IOperation? value = toString.Instance;
            int skipped = 0;
            if (value is null)
            {
                // Convert.ToString(code), Convert.ToString(code, CultureInfo.InvariantCulture)
                if (toString.Arguments.IsEmpty || toString.TargetMethod.ContainingType?.Name != "Convert")
                {
                    return null;
                }

                value = RangeOperations.WithoutImplicitConversions(toString.Arguments[0].Value);
                skipped = 1;
            }

            for (int i = skipped; i < toString.Arguments.Length; i++)
            {
                if (toString.Arguments[i].Parameter?.Type.Name != "IFormatProvider")
                {
                    return null;
                }
            }

            ITypeSymbol? type = Integers.WithoutNullable(value.Type);
            return Integers.IsIntegral(type) || type?.SpecialType == SpecialType.System_String || type?.Name == "StringValues" ? value : null;
        }
    }
}

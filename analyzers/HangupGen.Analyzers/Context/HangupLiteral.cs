using System.Globalization;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>Reads a would-be hangup code from a literal: an integer, or a string of digits as Plivo posts it.</summary>
    internal static class HangupLiteral
    {
        /// <summary>The longest code text considered (int.MaxValue has ten digits).</summary>
        private const int MaxDigits = 10;

        /// <summary>
        /// The value of <paramref name="literal"/> when it is a non-negative integer literal, or a
        /// string literal of ASCII digits written as Plivo sends a code (<c>"3010"</c>, <c>"0"</c>; no
        /// leading zero, sign or space). Negated literals (<c>-1</c>) are never codes, and neither are
        /// the literals the compiler makes up (the size of <c>new[] { … }</c>).
        /// </summary>
        public static bool TryGetCode(ILiteralOperation literal, out long code, out bool isString)
        {
            code = 0;
            isString = false;
            if (literal.IsImplicit || literal.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus })
            {
                return false;
            }

            // Read without boxing: this runs on every literal of the program (OperationConstants).
            if (OperationConstants.AsString(literal) is string text)
            {
                return TryGetCode(text, out code, out isString);
            }

            return OperationConstants.TryGetInteger(literal, out code) && code >= 0;
        }

        /// <summary>
        /// The code a literal's value reads as: a non-negative integer, or a string of digits without a
        /// leading zero. (The fixes read the literal token they rewrite with it.)
        /// </summary>
        public static bool TryGetCode(object? value, out long code, out bool isString)
        {
            if (value is string text)
            {
                code = 0;
                isString = IsDigits(text);
                return isString && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code);
            }

            isString = false;
            return Integers.TryGetInt64(value, out code) && code >= 0;
        }

        /// <summary>Digits only, without a leading zero: the one spelling of a code that a string comparison can match.</summary>
        private static bool IsDigits(string text)
        {
            if (text.Length == 0 || text.Length > MaxDigits || (text.Length > 1 && text[0] == '0'))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Reads operations' constants without boxing integer literals. <c>IOperation.ConstantValue</c>
    /// boxes an integer on every read, <c>HasValue</c> included (Roslyn keeps only 0 and 1 boxed), and
    /// the rules read every literal and every comparison of a program: on the 1,000-file benchmark
    /// project that was most of what HangupGen's analyzers allocated on code with no hangup handling
    /// (docs/analyzer-profile.md, finding 18). A literal of decimal digits only (<c>3010</c>, nearly
    /// every one) is read from its token, whose text C# gives that value; anything else from its constant.
    /// </summary>
    internal static class OperationConstants
    {
        /// <summary>The most decimal digits read from a token: 18 always fit a long; longer literals are read from their constant.</summary>
        private const int MaxTokenDigits = 18;

        /// <summary>
        /// The value of a string literal; null for any other literal, whose value is not read. A quoted
        /// string's value is its token's: the constant would make its string again and keep it behind a
        /// weak reference, allocated on the first read.
        /// </summary>
        public static string? AsString(ILiteralOperation literal)
        {
            if (literal.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            return literal.Syntax is LiteralExpressionSyntax syntax && syntax.Token.IsKind(SyntaxKind.StringLiteralToken)
                ? syntax.Token.Value as string
                : literal.ConstantValue.Value as string;
        }

        /// <summary><c>operation.ConstantValue.HasValue</c>.</summary>
        public static bool HasValue(IOperation operation)
            => TryReadToken(operation, out _) || operation.ConstantValue.HasValue;

        /// <summary>The integer constant of <paramref name="operation"/>, as <see cref="Integers.TryGetInt64"/> reads it.</summary>
        public static bool TryGetInteger(IOperation operation, out long value)
        {
            if (TryReadToken(operation, out value))
            {
                return true;
            }

            Optional<object?> constant = operation.ConstantValue;
            return constant.HasValue && Integers.TryGetInt64(constant.Value, out value);
        }

        /// <summary>An integer literal spelled with decimal digits only, read from its token.</summary>
        private static bool TryReadToken(IOperation operation, out long value)
        {
            value = 0;
            if (operation is not ILiteralOperation { Syntax: LiteralExpressionSyntax syntax }
                || !syntax.Token.IsKind(SyntaxKind.NumericLiteralToken))
            {
                return false;
            }

            string text = syntax.Token.Text;
            if (text.Length == 0 || text.Length > MaxTokenDigits)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    value = 0;
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}

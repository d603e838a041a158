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
    /// (docs/analyzer-profile.md, finding 18). A literal written in the source with decimal digits
    /// only (<c>3010</c>, nearly every one) or as one plain character is read from its token, whose
    /// text C# gives that value; anything else from its constant.
    /// </summary>
    internal static class OperationConstants
    {
        /// <summary>The most decimal digits read from a token: 18 always fit a long; longer literals are read from their constant.</summary>
        private const int MaxTokenDigits = 18;

        /// <summary>
        /// The value of a string literal; null for a literal of any other type, whose value is not read.
        /// A quoted string written in the source is read from its token: the constant's first read of
        /// its value allocates a weak reference to it.
        /// </summary>
        public static string? AsString(ILiteralOperation literal)
        {
            if (literal.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            return TryGetSourceToken(literal, SyntaxKind.StringLiteralToken, out SyntaxToken token)
                ? token.Value as string
                : literal.ConstantValue.Value as string;
        }

        /// <summary><c>operation.ConstantValue.HasValue</c>, without boxing a written literal's value to ask.</summary>
        public static bool HasValue(IOperation operation)
            => TryReadWritten(operation, out _, out _) || operation.ConstantValue.HasValue;

        /// <summary>The integer constant of <paramref name="operation"/>, as <see cref="Integers.TryGetInt64"/> reads it.</summary>
        public static bool TryGetInteger(IOperation operation, out long value)
        {
            if (TryReadWritten(operation, out value, out bool isInteger))
            {
                // A character literal is read but is no integer: its code is not handed out as a value.
                value = isInteger ? value : 0;
                return isInteger;
            }

            Optional<object?> constant = operation.ConstantValue;
            return constant.HasValue && Integers.TryGetInt64(constant.Value, out value);
        }

        /// <summary>
        /// The value of a literal the source writes with decimal digits only (<c>3010</c>) or as one plain
        /// character (<c>'a'</c>, not an integer), or of the implicit widening of one to an integer type that
        /// a comparison adds (<c>stock &gt;= 3000</c> with a <c>long</c> stock, <c>c &gt;= 'a'</c>): the value
        /// is the literal's, which C# spells in its token.
        /// </summary>
        private static bool TryReadWritten(IOperation operation, out long value, out bool isInteger)
        {
            if (operation is IConversionOperation { IsImplicit: true, Conversion: { IsImplicit: true, IsNumeric: true }, Operand: ILiteralOperation literal } conversion
                && Integers.IsIntegral(conversion.Type))
            {
                isInteger = true;
                return TryReadLiteral(literal, out value, out _);
            }

            return TryReadLiteral(operation, out value, out isInteger);
        }

        private static bool TryReadLiteral(IOperation operation, out long value, out bool isInteger)
        {
            value = 0;
            isInteger = false;
            if (TryGetSourceToken(operation, SyntaxKind.CharacterLiteralToken, out SyntaxToken character))
            {
                // 'a': three characters, none an escape; '\n' and '\u0041' are read from the constant.
                string quoted = character.Text;
                if (quoted.Length != 3 || quoted[1] == '\\')
                {
                    return false;
                }

                value = quoted[1];
                return true;
            }

            if (!TryGetSourceToken(operation, SyntaxKind.NumericLiteralToken, out SyntaxToken number)
                || number.Text.Length == 0
                || number.Text.Length > MaxTokenDigits)
            {
                return false;
            }

            foreach (char c in number.Text)
            {
                if (c < '0' || c > '9')
                {
                    value = 0;
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            isInteger = true;
            return true;
        }

        /// <summary>
        /// The token of a literal the source writes. Not of an implicit literal: the compiler gives the
        /// literals it makes up (a default argument of the <c>Add</c> a collection initializer calls, a
        /// <c>params</c> array's size) the syntax of the element they come with, whose token is another value.
        /// </summary>
        private static bool TryGetSourceToken(IOperation operation, SyntaxKind kind, out SyntaxToken token)
        {
            if (operation is ILiteralOperation { IsImplicit: false, Syntax: LiteralExpressionSyntax syntax } && syntax.Token.IsKind(kind))
            {
                token = syntax.Token;
                return true;
            }

            token = default;
            return false;
        }
    }
}

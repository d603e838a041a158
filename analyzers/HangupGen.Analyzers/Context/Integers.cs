using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.Context
{
    /// <summary>Integer constants and integer types, read the one way every rule and fix reads them.</summary>
    internal static class Integers
    {
        /// <summary>
        /// An integral constant as a long: a value of any of the eight integer types, which is also
        /// what an enum member's constant is (its underlying value). Not a <c>char</c> (<c>'A'</c> is no
        /// code), a <c>bool</c>, a floating-point number, or a <c>ulong</c> above <see cref="long.MaxValue"/>.
        /// </summary>
        public static bool TryGetInt64(object? value, out long result)
        {
            switch (value)
            {
                case int i:
                    result = i;
                    return true;
                case long l:
                    result = l;
                    return true;
                case short s:
                    result = s;
                    return true;
                case sbyte sb:
                    result = sb;
                    return true;
                case byte b:
                    result = b;
                    return true;
                case ushort us:
                    result = us;
                    return true;
                case uint ui:
                    result = ui;
                    return true;
                case ulong ul when ul <= long.MaxValue:
                    result = (long)ul;
                    return true;
                default:
                    result = 0;
                    return false;
            }
        }

        /// <summary>Whether <paramref name="type"/> is one of the eight integer types (not <c>char</c>, not a nullable one).</summary>
        public static bool IsIntegral(ITypeSymbol? type)
            => TryGetRange(type, out _, out _);

        /// <summary>
        /// The values an integer type can hold; false for any other type. <c>ulong</c> is capped at
        /// <see cref="long.MaxValue"/>, the largest value a code is read as.
        /// </summary>
        public static bool TryGetRange(ITypeSymbol? type, out long min, out long max)
        {
            min = 0;
            max = 0;
            switch (type?.SpecialType)
            {
                case SpecialType.System_SByte:
                    (min, max) = (sbyte.MinValue, sbyte.MaxValue);
                    return true;
                case SpecialType.System_Byte:
                    max = byte.MaxValue;
                    return true;
                case SpecialType.System_Int16:
                    (min, max) = (short.MinValue, short.MaxValue);
                    return true;
                case SpecialType.System_UInt16:
                    max = ushort.MaxValue;
                    return true;
                case SpecialType.System_Int32:
                    (min, max) = (int.MinValue, int.MaxValue);
                    return true;
                case SpecialType.System_UInt32:
                    max = uint.MaxValue;
                    return true;
                case SpecialType.System_Int64:
                    (min, max) = (long.MinValue, long.MaxValue);
                    return true;
                case SpecialType.System_UInt64:
                    max = long.MaxValue;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary><c>T</c> for a <c>T?</c> value type; any other type as it is.</summary>
        public static ITypeSymbol? WithoutNullable(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;
    }
}

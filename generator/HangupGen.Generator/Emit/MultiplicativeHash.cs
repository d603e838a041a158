using System.Globalization;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// The multiplicative hash both generated lookups use (<see cref="MemberIndexWriter"/> for values,
    /// <see cref="NameLookupWriter"/> for names): a key's bucket is the top bits of the key times an odd
    /// multiplier searched at generation time. One place computes it and writes it as C#, so the generator's
    /// buckets and the generated code's cannot drift apart.
    /// </summary>
    internal static class MultiplicativeHash
    {
        /// <summary>Odd multipliers from Knuth's golden-ratio constant, deterministic so the output is too.</summary>
        public static uint Multiplier(int attempt) => unchecked((2654435761u * (uint)(attempt + 1)) | 1u);

        /// <summary>The bucket of <paramref name="key"/> among 2^<paramref name="bits"/>.</summary>
        public static int Bucket(uint key, uint multiplier, int bits) => (int)(unchecked(key * multiplier) >> (32 - bits));

        /// <summary>The fewest bits (one at least, <paramref name="maxBits"/> at most) for twice as many buckets as <paramref name="count"/> keys: chains stay short.</summary>
        public static int BitsForTwice(int count, int maxBits)
        {
            int bits = 1;
            while (bits < maxBits && (1 << bits) < count * 2)
            {
                bits++;
            }

            return bits;
        }

        /// <summary>The C# of <see cref="Bucket"/> over <paramref name="key"/>, a <c>uint</c> expression of the generated code.</summary>
        public static string Expression(string key, uint multiplier, int bits)
            => "(int)(unchecked(" + key + " * " + multiplier.ToString(CultureInfo.InvariantCulture) + "u) >> " + CSharpText.Literal(32 - bits) + ")";
    }
}

using System.Collections.Generic;
using System.Linq;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>private static int IndexOf(int value)</c>: the position of a member's value in the
    /// table (the order every lookup array of the class follows), or -1 for a value that is not a
    /// member. The lookups are then one array read, which is as fast as a lookup can be.
    /// </summary>
    /// <remarks>
    /// Values that run without a gap (the vocabularies, the categories) index by subtraction.
    /// Values with gaps within a short range (the telephony causes 0–624) index through a slot per
    /// value of the range: one comparison and one read, where a hash costs a multiplication and two.
    /// Sparse values (the hangup codes 0–9110) go through a multiplicative hash into a bucket array
    /// of at least twice as many slots as values: the multiplier is searched at generation time
    /// so that no two values share a bucket (one probe, no loop). Where no such multiplier turns up
    /// within the search (very large tables), buckets chain through a <c>next</c> array.
    /// </remarks>
    internal sealed class MemberIndexWriter
    {
        /// <summary>Multipliers tried per bucket-array size; the real tables need under 30.</summary>
        private const int MultipliersTried = 512;

        /// <summary>
        /// The widest range indexed by a slot per value: a kilobyte of bytes at most, about what the
        /// hash's buckets and values take for a table of a hundred values.
        /// </summary>
        private const long SlotRangeLimit = 1024;

        private readonly IReadOnlyList<int> _values;
        private readonly IndexLayout _layout;
        private readonly int _bits;
        private readonly uint _multiplier;
        private readonly int[] _buckets;
        private readonly int[]? _next;

        private MemberIndexWriter(IReadOnlyList<int> values, IndexLayout layout, int bits, uint multiplier, int[] buckets, int[]? next)
        {
            _values = values;
            _layout = layout;
            _bits = bits;
            _multiplier = multiplier;
            _buckets = buckets;
            _next = next;
        }

        /// <summary>The layout for <paramref name="values"/>, the members' values in the order of the lookup arrays (distinct).</summary>
        public static MemberIndexWriter For(IReadOnlyList<int> values)
        {
            if (IsRun(values))
            {
                return new MemberIndexWriter(values, IndexLayout.Run, 0, 0, new int[0], null);
            }

            if (SlotsOverRange(values) is int[] slots)
            {
                return new MemberIndexWriter(values, IndexLayout.Slots, 0, 0, slots, null);
            }

            // At least two slots per value keeps chains short; 2^bits slots so that a shift picks one.
            int bits = MultiplicativeHash.BitsForTwice(values.Count, 31);

            // n values fall into m slots without a collision with a chance of about e^(-n²/2m): search
            // only where that is not hopeless (the real tables), so a 10,000-row table costs no search.
            if ((long)values.Count * values.Count <= 16L << (bits + 2))
            {
                for (int extraBits = 0; extraBits < 3; extraBits++)
                {
                    int[] buckets = new int[1 << (bits + extraBits)];
                    for (int attempt = 0; attempt < MultipliersTried; attempt++)
                    {
                        uint multiplier = MultiplicativeHash.Multiplier(attempt);
                        if (TryPlaceWithoutCollision(values, bits + extraBits, multiplier, buckets))
                        {
                            return new MemberIndexWriter(values, IndexLayout.Hash, bits + extraBits, multiplier, buckets, null);
                        }
                    }
                }
            }

            return Chained(values, bits, MultiplicativeHash.Multiplier(0));
        }

        /// <summary>Writes the <c>IndexOf</c> method and its arrays into the class being written.</summary>
        public void Write(SourceWriter writer)
        {
            writer.WriteLine();
            if (_layout == IndexLayout.Run)
            {
                writer.OpenBlock("private static int IndexOf(int value)");
                writer.WriteLine("uint index = unchecked((uint)(", Offset(_values.Count == 0 ? 0 : _values[0]), "));");
                writer.WriteLine("return index < ", CSharpText.Literal(_values.Count), "u ? (int)index : -1;");
                writer.CloseBlock();
                return;
            }

            // Slots and buckets hold a position plus one, so that the zero-filled default means "empty".
            string bucketType = _values.Count < byte.MaxValue ? "byte" : _values.Count < ushort.MaxValue ? "ushort" : "int";
            if (_layout == IndexLayout.Slots)
            {
                writer.StartLine().Write("private static readonly ").Write(bucketType).Write("[] s_indexSlots = ").WriteIntArray(_buckets).Write(";").EndLine();
                writer.WriteLine();
                writer.OpenBlock("private static int IndexOf(int value)");
                writer.WriteLine("uint slot = unchecked((uint)(", Offset(_values.Min()), "));");
                writer.WriteLine("return slot < (uint)s_indexSlots.Length ? s_indexSlots[slot] - 1 : -1;");
                writer.CloseBlock();
                return;
            }

            writer.StartLine().Write("private static readonly int[] s_indexValues = ").WriteIntArray(_values).Write(";").EndLine();
            writer.StartLine().Write("private static readonly ").Write(bucketType).Write("[] s_indexBuckets = ").WriteIntArray(_buckets).Write(";").EndLine();
            if (_next is not null)
            {
                writer.StartLine().Write("private static readonly int[] s_indexNext = ").WriteIntArray(_next).Write(";").EndLine();
            }

            writer.WriteLine();
            writer.OpenBlock("private static int IndexOf(int value)");
            writer.WriteLine("int index = s_indexBuckets[", MultiplicativeHash.Expression("(uint)value", _multiplier, _bits), "] - 1;");
            if (_next is null)
            {
                writer.WriteLine("return index >= 0 && s_indexValues[index] == value ? index : -1;");
            }
            else
            {
                writer.OpenBlock("while (index >= 0 && s_indexValues[index] != value)");
                writer.WriteLine("index = s_indexNext[index];");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine("return index;");
            }

            writer.CloseBlock();
        }

        /// <summary>The slots of the range from the smallest value to the largest, each the position of its value plus one; null when the range is too wide.</summary>
        private static int[]? SlotsOverRange(IReadOnlyList<int> values)
        {
            int minimum = values.Min();
            int maximum = values.Max();
            if ((long)maximum - minimum >= SlotRangeLimit)
            {
                return null;
            }

            int[] slots = new int[maximum - minimum + 1];
            for (int i = 0; i < values.Count; i++)
            {
                slots[values[i] - minimum] = i + 1;
            }

            return slots;
        }

        /// <summary>The distance of <c>value</c> from <paramref name="origin"/>, as C#: wrapped to a uint by the caller, so a value below it is out of range.</summary>
        private static string Offset(int origin) => origin == 0 ? "value" : "value - " + Parenthesized(origin);

        private static bool IsRun(IReadOnlyList<int> values)
        {
            for (int i = 1; i < values.Count; i++)
            {
                if ((long)values[i] - values[0] != i)
                {
                    return false;
                }
            }

            return true;
        }


        private static bool TryPlaceWithoutCollision(IReadOnlyList<int> values, int bits, uint multiplier, int[] buckets)
        {
            System.Array.Clear(buckets, 0, buckets.Length);
            for (int i = 0; i < values.Count; i++)
            {
                int bucket = MultiplicativeHash.Bucket(unchecked((uint)values[i]), multiplier, bits);
                if (buckets[bucket] != 0)
                {
                    return false;
                }

                buckets[bucket] = i + 1;
            }

            return true;
        }

        private static MemberIndexWriter Chained(IReadOnlyList<int> values, int bits, uint multiplier)
        {
            int[] buckets = new int[1 << bits];
            int[] next = new int[values.Count];
            for (int i = values.Count - 1; i >= 0; i--)
            {
                int bucket = MultiplicativeHash.Bucket(unchecked((uint)values[i]), multiplier, bits);
                next[i] = buckets[bucket] - 1;
                buckets[bucket] = i + 1;
            }

            return new MemberIndexWriter(values, IndexLayout.Hash, bits, multiplier, buckets, next);
        }

        private static string Parenthesized(int value) => value < 0 ? "(" + CSharpText.Literal(value) + ")" : CSharpText.Literal(value);
    }
}

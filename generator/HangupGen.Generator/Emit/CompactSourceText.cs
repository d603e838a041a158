using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// A generated file's text held one byte per character: the generated C# is ASCII but for the
    /// table's own text (a ’ or → in a description), so a string would spend two bytes on each of its
    /// half a million characters, and the compiler keeps the text for as long as the compilation lives.
    /// Characters above U+00FF (and U+0000) are kept beside the bytes, by position (the byte holds 0
    /// there). Written by <see cref="CompactTextBuilder"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The text is the same to the compiler as <c>SourceText.From(text, Encoding.UTF8)</c>: the same
    /// characters, encoding and checksum algorithm, so the same checksum in the PDB. The compiler reads it
    /// through <see cref="CopyTo"/> (the lexer fills its window a block at a time) and the indexer.
    /// </para>
    /// <para>
    /// The bytes are in chunks of <see cref="ChunkSize"/>, all full but the last, so that a large file is
    /// never copied to grow it or to trim it (docs/analyzer-profile.md, finding 16).
    /// </para>
    /// </remarks>
    internal sealed class CompactSourceText : SourceText
    {
        /// <summary>The size of every chunk but the last: 128 KB, which the runtime allocates on the large-object heap, where collections do not copy it.</summary>
        public const int ChunkSize = 1 << ChunkBits;

        private const int ChunkBits = 17;
        private const int ChunkMask = ChunkSize - 1;

        private static readonly Encoding Utf8 = Encoding.UTF8;

        private readonly byte[][] _chunks;
        private readonly int _length;
        private readonly int[] _widePositions;
        private readonly char[] _wideCharacters;

        /// <param name="chunks">The characters, one byte each (0 where the character is kept beside), <see cref="ChunkSize"/> to a chunk but the last.</param>
        /// <param name="widePositions">The positions of the characters kept beside, ascending.</param>
        /// <param name="wideCharacters">The characters at <paramref name="widePositions"/>.</param>
        public CompactSourceText(byte[][] chunks, int[] widePositions, char[] wideCharacters)
            : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
        {
            _chunks = chunks;
            _length = ((chunks.Length - 1) * ChunkSize) + chunks[chunks.Length - 1].Length;
            _widePositions = widePositions;
            _wideCharacters = wideCharacters;
        }

        public override Encoding Encoding => Utf8;

        public override int Length => _length;

        public override char this[int position]
        {
            get
            {
                // A position outside the text fails on the arrays' bounds, as a string's indexer fails.
                byte narrow = _chunks[position >> ChunkBits][position & ChunkMask];
                return narrow != 0 ? (char)narrow : _wideCharacters[Array.BinarySearch(_widePositions, position)];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            if (destinationIndex < 0 || destinationIndex > destination.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(destinationIndex));
            }

            // Chunk by chunk: the range may cross from one into the next.
            for (int copied = 0; copied < count;)
            {
                int position = sourceIndex + copied;
                byte[] chunk = _chunks[position >> ChunkBits];
                int offset = position & ChunkMask;
                int run = Math.Min(count - copied, chunk.Length - offset);
                for (int i = 0; i < run; i++)
                {
                    destination[destinationIndex + copied + i] = (char)chunk[offset + i];
                }

                copied += run;
            }

            // The wide characters in the range, from the first at or after sourceIndex.
            int wide = Array.BinarySearch(_widePositions, sourceIndex);
            for (wide = wide < 0 ? ~wide : wide; wide < _widePositions.Length && _widePositions[wide] < sourceIndex + count; wide++)
            {
                destination[destinationIndex + _widePositions[wide] - sourceIndex] = _wideCharacters[wide];
            }
        }
    }
}

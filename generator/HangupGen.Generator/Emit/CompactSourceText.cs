using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// A generated file's text held one byte per character: the generated C# is ASCII but for the
    /// table's own text (a ’ or → in a description), so a string would spend two bytes on each of its
    /// half a million characters, and the compiler keeps the text for as long as the compilation lives.
    /// Characters above U+00FF are kept beside the bytes, by position (the byte holds 0 there).
    /// </summary>
    /// <remarks>
    /// The text is the same to the compiler as <c>SourceText.From(text, Encoding.UTF8)</c>: the same
    /// characters, encoding and checksum algorithm, so the same checksum in the PDB. The compiler reads it
    /// through <see cref="CopyTo"/> (the lexer fills its window a block at a time) and the indexer.
    /// </remarks>
    internal sealed class CompactSourceText : SourceText
    {
        // At one wide character in eight or more, what is kept beside the bytes (6 bytes each: its
        // position and the character) brings the text close to a string's 2 bytes per character.
        private const int CharactersPerWideCharacter = 8;

        private static readonly Encoding Utf8 = Encoding.UTF8;

        [ThreadStatic]
        private static char[]? t_block;

        private readonly byte[] _narrow;
        private readonly int[] _widePositions;
        private readonly char[] _wideCharacters;

        private CompactSourceText(byte[] narrow, int[] widePositions, char[] wideCharacters)
            : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
        {
            _narrow = narrow;
            _widePositions = widePositions;
            _wideCharacters = wideCharacters;
        }

        public override Encoding Encoding => Utf8;

        public override int Length => _narrow.Length;

        public override char this[int position]
        {
            get
            {
                byte narrow = _narrow[position];
                return narrow != 0 ? (char)narrow : _wideCharacters[Array.BinarySearch(_widePositions, position)];
            }
        }

        /// <summary>
        /// The text of <paramref name="builder"/>, held compactly; a string's <see cref="SourceText"/> when
        /// the text holds U+0000 (the byte that marks a wide character) or too many wide characters to gain.
        /// </summary>
        public static SourceText From(StringBuilder builder)
        {
            int length = builder.Length;
            var narrow = new byte[length];
            List<int>? widePositions = null;
            List<char>? wideCharacters = null;
            char[] block = t_block ??= new char[4096];
            for (int start = 0; start < length; start += block.Length)
            {
                int count = Math.Min(block.Length, length - start);
                builder.CopyTo(start, block, 0, count);
                for (int i = 0; i < count; i++)
                {
                    char c = block[i];
                    if (c != 0 && c <= '\u00FF')
                    {
                        narrow[start + i] = (byte)c;
                        continue;
                    }

                    if (c == 0 || (widePositions?.Count ?? 0) >= length / CharactersPerWideCharacter)
                    {
                        return SourceText.From(builder.ToString(), Utf8);
                    }

                    (widePositions ??= new List<int>()).Add(start + i);
                    (wideCharacters ??= new List<char>()).Add(c);
                }
            }

            return widePositions is null
                ? new CompactSourceText(narrow, Array.Empty<int>(), Array.Empty<char>())
                : new CompactSourceText(narrow, widePositions.ToArray(), wideCharacters!.ToArray());
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (sourceIndex < 0 || count < 0 || sourceIndex > _narrow.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            if (destinationIndex < 0 || destinationIndex > destination.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(destinationIndex));
            }

            byte[] narrow = _narrow;
            for (int i = 0; i < count; i++)
            {
                destination[destinationIndex + i] = (char)narrow[sourceIndex + i];
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

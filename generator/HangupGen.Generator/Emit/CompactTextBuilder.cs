using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Builds a generated file's text in the form <see cref="CompactSourceText"/> keeps it: one byte per
    /// character in chunks, the characters above U+00FF (and U+0000) beside the bytes by position.
    /// </summary>
    /// <remarks>
    /// Writing the bytes at once, instead of a <see cref="StringBuilder"/> read back at the end, halves
    /// what a file holds while it is written, and the reading back walked the builder's chunks from the
    /// end for every block: quadratic in the file's length, a third of a 10,000-row run. Full chunks go
    /// to the text as they are; only the last is copied to its length (docs/analyzer-profile.md,
    /// finding 16). The chunk being written is handed from one file to the next (a run writes dozens),
    /// and one is kept between runs.
    /// </remarks>
    internal sealed class CompactTextBuilder
    {
        // At one wide character in eight or more, what is kept beside the bytes (6 bytes each: its
        // position and the character) brings the text close to a string's 2 bytes per character.
        private const int CharactersPerWideCharacter = 8;

        private const int ChunkSize = CompactSourceText.ChunkSize;

        private static readonly Encoding Utf8 = Encoding.UTF8;

        private static byte[]? s_spare;

        private readonly List<byte[]> _fullChunks = new();
        private byte[] _chunk = Interlocked.Exchange(ref s_spare, null) ?? new byte[ChunkSize];
        private int _chunkLength;
        private List<int>? _widePositions;
        private List<char>? _wideCharacters;

        /// <summary>The number of characters written.</summary>
        public int Length => (_fullChunks.Count * ChunkSize) + _chunkLength;

        public void Append(char c)
        {
            ThrowIfFinished();
            if (_chunkLength == ChunkSize)
            {
                NextChunk();
            }

            Put(c);
        }

        public void Append(string text) => Append(text, 0, text.Length);

        /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
        public void Append(string text, int start, int count)
        {
            ThrowIfFinished();
            int end = start + count;
            while (start < end)
            {
                if (_chunkLength == ChunkSize)
                {
                    NextChunk();
                }

                // As much as the chunk holds, narrow characters straight in (the length in a local: this
                // loop writes every character of every generated file).
                byte[] chunk = _chunk;
                int length = _chunkLength;
                int stop = start + Math.Min(end - start, ChunkSize - length);
                for (; start < stop; start++)
                {
                    char c = text[start];
                    if (c != 0 && c <= '\u00FF')
                    {
                        chunk[length++] = (byte)c;
                    }
                    else
                    {
                        _chunkLength = length;
                        Put(c);
                        length = _chunkLength;
                    }
                }

                _chunkLength = length;
            }
        }

        /// <summary>Appends <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, escaped as <see cref="CSharpText.Xml"/> escapes them.</summary>
        public void AppendXml(string text, int start, int length)
        {
            // Runs of characters that stay themselves go in whole.
            int run = start;
            for (int i = start; i < start + length; i++)
            {
                if (CSharpText.XmlEscape(text[i]) is string escaped)
                {
                    Append(text, run, i - run);
                    Append(escaped);
                    run = i + 1;
                }
            }

            Append(text, run, start + length - run);
        }

        /// <summary>Appends <paramref name="value"/> as <see cref="CSharpText.Literal(int)"/> writes it, without a temporary string.</summary>
        public void AppendInt(int value)
        {
            if (value < 0)
            {
                // int.MinValue has no positive counterpart: its text is a constant.
                if (value == int.MinValue)
                {
                    Append("-2147483648");
                    return;
                }

                Append('-');
                value = -value;
            }

            int divisor = 1;
            while (value / divisor >= 10)
            {
                divisor *= 10;
            }

            for (; divisor > 0; divisor /= 10)
            {
                Append((char)('0' + (value / divisor % 10)));
            }
        }

        /// <summary>
        /// The text written, held compactly (a string's <see cref="SourceText"/> when too many of its
        /// characters are wide to gain), with the same checksum as <c>SourceText.From(text, Encoding.UTF8)</c>.
        /// The chunk being written goes back for the next file: the builder is done.
        /// </summary>
        public SourceText ToSourceText()
        {
            ThrowIfFinished();
            int wide = _widePositions?.Count ?? 0;
            SourceText text;
            if (wide > Length / CharactersPerWideCharacter)
            {
                text = SourceText.From(ToString(), Utf8);
                GiveBack(_chunk);
            }
            else
            {
                var chunks = new byte[_fullChunks.Count + 1][];
                _fullChunks.CopyTo(chunks);
                if (_chunkLength == ChunkSize)
                {
                    chunks[_fullChunks.Count] = _chunk;
                }
                else
                {
                    var last = new byte[_chunkLength];
                    Buffer.BlockCopy(_chunk, 0, last, 0, _chunkLength);
                    chunks[_fullChunks.Count] = last;
                    GiveBack(_chunk);
                }

                text = wide == 0
                    ? new CompactSourceText(chunks, Array.Empty<int>(), Array.Empty<char>())
                    : new CompactSourceText(chunks, _widePositions!.ToArray(), _wideCharacters!.ToArray());
            }

            // The chunk may be the next file's now: writing on would write into it.
            _chunk = null!;
            return text;
        }

        public override string ToString()
        {
            ThrowIfFinished();
            var characters = new char[Length];
            for (int i = 0; i < _fullChunks.Count; i++)
            {
                Widen(_fullChunks[i], ChunkSize, characters, i * ChunkSize);
            }

            Widen(_chunk, _chunkLength, characters, _fullChunks.Count * ChunkSize);
            for (int i = 0; i < (_widePositions?.Count ?? 0); i++)
            {
                characters[_widePositions![i]] = _wideCharacters![i];
            }

            return new string(characters);
        }

        /// <summary>Keeps <paramref name="chunk"/> for the next file, unless another run gave one back first.</summary>
        private static void GiveBack(byte[] chunk) => Interlocked.CompareExchange(ref s_spare, chunk, null);

        private void ThrowIfFinished()
        {
            if (_chunk is null)
            {
                throw new InvalidOperationException("The text was finished (ToSourceText): its last chunk may be another file's now.");
            }
        }

        private static void Widen(byte[] chunk, int length, char[] destination, int start)
        {
            for (int i = 0; i < length; i++)
            {
                destination[start + i] = (char)chunk[i];
            }
        }

        /// <summary>Writes <paramref name="c"/> where the chunk has room for it.</summary>
        private void Put(char c)
        {
            if (c != 0 && c <= '\u00FF')
            {
                _chunk[_chunkLength++] = (byte)c;
                return;
            }

            // The byte 0 says "look beside"; the chunk may hold an earlier file's bytes there.
            (_widePositions ??= new List<int>()).Add(Length);
            (_wideCharacters ??= new List<char>()).Add(c);
            _chunk[_chunkLength++] = 0;
        }

        /// <summary>The chunk is full: it goes to the text as it is, and writing goes on in a new one.</summary>
        private void NextChunk()
        {
            _fullChunks.Add(_chunk);
            _chunk = new byte[ChunkSize];
            _chunkLength = 0;
        }
    }
}

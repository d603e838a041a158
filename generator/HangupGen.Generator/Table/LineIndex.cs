using System.Collections.Generic;

namespace HangupGen.Generator.Table
{
    /// <summary>Turns offsets in a text into zero-based lines and columns (CRLF, LF and CR all end a line).</summary>
    internal sealed class LineIndex
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public LineIndex(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c == '\r' || c == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The zero-based line and column of <paramref name="offset"/>.</summary>
        public (int Line, int Column) Locate(int offset)
        {
            int index = _lineStarts.BinarySearch(offset);
            int line = index >= 0 ? index : ~index - 1;
            return (line, offset - _lineStarts[line]);
        }
    }
}

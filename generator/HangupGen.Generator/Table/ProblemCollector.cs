using System.Collections.Generic;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// Collects the problems of one table file, locating each by offset. Lines are the editor's
    /// (<see cref="SourceText.Lines"/>: CRLF, LF, CR, U+0085, U+2028 and U+2029 all end one), so an
    /// HG1xxx position is where the IDE shows the file's line and column.
    /// </summary>
    internal sealed class ProblemCollector
    {
        private readonly string _path;
        private readonly TextLineCollection _lines;
        private readonly List<GeneratorProblem> _problems = new List<GeneratorProblem>();

        public ProblemCollector(string path, string text)
        {
            _path = path;
            _lines = SourceText.From(text).Lines;
        }

        public IReadOnlyList<GeneratorProblem> Problems => _problems;

        public int Count => _problems.Count;

        /// <summary>Records problem <paramref name="id"/> over the span [<paramref name="start"/>, +<paramref name="length"/>).</summary>
        public void Add(string id, int start, int length, params string[] arguments)
        {
            LinePosition begin = _lines.GetLinePosition(start);
            LinePosition end = _lines.GetLinePosition(start + length);
            _problems.Add(new GeneratorProblem(id, _path, start, length, begin.Line, begin.Character, end.Line, end.Character, arguments.ToEquatableArray()));
        }

        /// <summary>Records a problem over a field.</summary>
        public void Add(string id, CsvField field, params string[] arguments) => Add(id, field.Start, field.Length, arguments);

        /// <summary>The line number (one-based, as editors show it) of an offset, for messages that refer to another row.</summary>
        public int DisplayLine(int offset) => _lines.GetLinePosition(offset).Line + 1;
    }
}

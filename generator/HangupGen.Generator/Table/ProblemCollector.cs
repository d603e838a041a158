using System.Collections.Generic;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Collects the problems of one table file, locating each by offset.</summary>
    internal sealed class ProblemCollector
    {
        private readonly string _path;
        private readonly LineIndex _lines;
        private readonly List<GeneratorProblem> _problems = new List<GeneratorProblem>();

        public ProblemCollector(string path, string text)
        {
            _path = path;
            _lines = new LineIndex(text);
        }

        public IReadOnlyList<GeneratorProblem> Problems => _problems;

        public int Count => _problems.Count;

        /// <summary>Records problem <paramref name="id"/> over the span [<paramref name="start"/>, +<paramref name="length"/>).</summary>
        public void Add(string id, int start, int length, params string[] arguments)
        {
            (int line, int column) = _lines.Locate(start);
            (int endLine, int endColumn) = _lines.Locate(start + length);
            _problems.Add(new GeneratorProblem(id, _path, start, length, line, column, endLine, endColumn, arguments.ToEquatableArray()));
        }

        /// <summary>Records a problem over a field.</summary>
        public void Add(string id, CsvField field, params string[] arguments) => Add(id, field.Start, field.Length, arguments);

        /// <summary>The line number (one-based, as editors show it) of an offset, for messages that refer to another row.</summary>
        public int DisplayLine(int offset) => _lines.Locate(offset).Line + 1;
    }
}

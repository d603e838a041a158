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

        // The file's quoting problems are listed before the others, as they were when the whole file
        // was read before its rows; the rows are now read as the records come (TableRows.Read).
        private readonly List<GeneratorProblem> _quoting = new List<GeneratorProblem>();

        public ProblemCollector(string path, string text)
        {
            _path = path;
            _lines = SourceText.From(text).Lines;
        }

        /// <summary>The problems: the quoting ones first, then the others, each in the order found.</summary>
        public IReadOnlyList<GeneratorProblem> Problems
        {
            get
            {
                if (_quoting.Count == 0)
                {
                    return _problems;
                }

                var all = new List<GeneratorProblem>(_quoting.Count + _problems.Count);
                all.AddRange(_quoting);
                all.AddRange(_problems);
                return all;
            }
        }

        /// <summary>Records problem <paramref name="id"/> over the span [<paramref name="start"/>, +<paramref name="length"/>).</summary>
        public void Add(string id, int start, int length, params string[] arguments) => _problems.Add(Problem(id, start, length, arguments));

        /// <summary>Records a quoting problem of the CSV itself (HG1001, HG1002), listed before the others.</summary>
        public void AddQuoting(string id, int start, int length, params string[] arguments) => _quoting.Add(Problem(id, start, length, arguments));

        /// <summary>Records a problem over a field.</summary>
        public void Add(string id, CsvField field, params string[] arguments) => Add(id, field.Start, field.Length, arguments);

        private GeneratorProblem Problem(string id, int start, int length, string[] arguments)
        {
            LinePosition begin = _lines.GetLinePosition(start);
            LinePosition end = _lines.GetLinePosition(start + length);
            return new GeneratorProblem(id, _path, start, length, begin.Line, begin.Character, end.Line, end.Character, arguments.ToEquatableArray());
        }

        /// <summary>The line number (one-based, as editors show it) of an offset, for messages that refer to another row.</summary>
        public int DisplayLine(int offset) => _lines.GetLinePosition(offset).Line + 1;
    }
}

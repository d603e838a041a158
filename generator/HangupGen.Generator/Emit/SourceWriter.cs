using System.Text;
using System.Threading;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// A minimal indented text writer for generated C#. Lines always end with LF, so the output is
    /// byte-for-byte the same on every platform.
    /// </summary>
    /// <remarks>
    /// The builder is handed from one file to the next (<see cref="Finish"/>): a generator run writes
    /// dozens of files, and a fresh builder for each would allocate its text twice (chunks, then the
    /// string). One spare builder of at most <see cref="MaxSpareCapacity"/> characters is kept
    /// between runs, so the compiler server and the IDE reuse it too.
    /// </remarks>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private const int InitialCapacity = 16 * 1024;
        private const int MaxSpareCapacity = 256 * 1024;

        private static StringBuilder? s_spare;

        private StringBuilder _builder = Interlocked.Exchange(ref s_spare, null) ?? new StringBuilder(InitialCapacity);
        private int _indent;

        // Set by an opening brace: a blank line right after one is dropped (SA1505), so that a writer can
        // start every member with a blank line whether or not it comes first.
        private bool _blockJustOpened;

        public void WriteLine(string line) => WriteLine(string.Empty, line);

        private void WriteLine(string prefix, string line)
        {
            _blockJustOpened = false;
            if (prefix.Length + line.Length > 0)
            {
                for (int i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(prefix).Append(line);
            }

            _builder.Append('\n');
        }

        public void WriteLine()
        {
            if (!_blockJustOpened)
            {
                _builder.Append('\n');
            }
        }

        /// <summary>Writes <paramref name="header"/> and an opening brace, then indents.</summary>
        public void OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _indent++;
            _blockJustOpened = true;
        }

        /// <summary>Outdents and writes a closing brace.</summary>
        public void CloseBlock()
        {
            _indent--;
            WriteLine("}");
        }

        /// <summary>Indents the lines that follow by one level.</summary>
        public void Indent() => _indent++;

        /// <summary>Undoes <see cref="Indent"/>.</summary>
        public void Outdent() => _indent--;

        /// <summary>Writes each line of a <c>///</c> documentation comment.</summary>
        public void WriteDoc(params string[] lines)
        {
            foreach (string line in lines)
            {
                WriteLine("/// ", line);
            }
        }

        /// <summary>Returns the text written and gives the builder back for the next file; the writer is done.</summary>
        public string Finish()
        {
            string text = _builder.ToString();
            if (_builder.Capacity <= MaxSpareCapacity)
            {
                _builder.Clear();
                s_spare = _builder;
            }

            _builder = null!;
            return text;
        }

        public override string ToString() => _builder.ToString();
    }
}

using System.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// A minimal indented text writer for generated C#. Lines always end with LF, so the output is
    /// byte-for-byte the same on every platform.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void WriteLine(string line)
        {
            if (line.Length > 0)
            {
                for (int i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(line);
            }

            _builder.Append('\n');
        }

        public void WriteLine() => _builder.Append('\n');

        /// <summary>Writes <paramref name="header"/> and an opening brace, then indents.</summary>
        public void OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _indent++;
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
                WriteLine("/// " + line);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}

using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// A minimal indented text writer for generated C#. Lines always end with LF, so the output is
    /// byte-for-byte the same on every platform.
    /// </summary>
    /// <remarks>
    /// The text goes straight into the form the compiler is handed (<see cref="CompactTextBuilder"/>),
    /// whose buffer is handed from one file to the next.
    /// </remarks>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";

        private readonly CompactTextBuilder _builder = new();
        private int _indent;

        // Set by an opening brace: a blank line right after one is dropped (SA1505), so that a writer can
        // start every member with a blank line whether or not it comes first.
        private bool _blockJustOpened;

        /// <summary>Writes <paramref name="line"/> at the current indentation; an empty line gets no indentation.</summary>
        public void WriteLine(string line)
        {
            _blockJustOpened = false;
            if (line.Length > 0)
            {
                StartLine().Write(line);
            }

            EndLine();
        }

        /// <summary>
        /// Writes the line made of the parts at the current indentation, without joining them into a
        /// temporary string first: <c>WriteLine("case ", label, ":")</c>.
        /// </summary>
        public void WriteLine(string part1, string part2, string part3 = "", string part4 = "", string part5 = "", string part6 = "", string part7 = "", string part8 = "", string part9 = "")
            => StartLine().Write(part1).Write(part2).Write(part3).Write(part4).Write(part5).Write(part6).Write(part7).Write(part8).Write(part9).EndLine();

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

        /// <summary>Writes the header made of the parts (as <see cref="WriteLine(string, string, string, string, string, string, string, string, string)"/>) and an opening brace, then indents.</summary>
        public void OpenBlock(string part1, string part2, string part3 = "", string part4 = "", string part5 = "", string part6 = "", string part7 = "", string part8 = "", string part9 = "")
        {
            WriteLine(part1, part2, part3, part4, part5, part6, part7, part8, part9);
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
                StartDocLine().Write(line).EndLine();
            }
        }

        /// <summary>
        /// Starts a line at the current indentation; <see cref="Write(string)"/> and the other
        /// <c>Write</c> methods add to it and <see cref="EndLine"/> ends it. A line written in parts
        /// costs no temporary string: the table's text goes straight into the file.
        /// </summary>
        public SourceWriter StartLine()
        {
            _blockJustOpened = false;
            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            return this;
        }

        /// <summary>Writes one line of a <c>///</c> documentation comment made of the parts, as <see cref="WriteLine(string, string, string, string, string, string, string, string, string)"/> writes a line.</summary>
        public void WriteDocLine(string part1, string part2 = "", string part3 = "", string part4 = "", string part5 = "", string part6 = "", string part7 = "", string part8 = "", string part9 = "")
            => StartDocLine().Write(part1).Write(part2).Write(part3).Write(part4).Write(part5).Write(part6).Write(part7).Write(part8).Write(part9).EndLine();

        /// <summary>Starts a line of a <c>///</c> documentation comment (<see cref="StartLine"/>).</summary>
        public SourceWriter StartDocLine() => StartLine().Write("/// ");

        /// <summary>Adds <paramref name="text"/> to the line.</summary>
        public SourceWriter Write(string text)
        {
            _builder.Append(text);
            return this;
        }

        /// <summary>Adds <paramref name="text"/> to the line, escaped for XML documentation (<see cref="CSharpText.Xml"/>).</summary>
        public SourceWriter WriteXml(string text)
        {
            _builder.AppendXml(text, 0, text.Length);
            return this;
        }

        /// <summary>
        /// Adds <paramref name="text"/> to the line as a C# string literal, exactly as
        /// <see cref="CSharpText.Literal(string)"/> writes it: printable ASCII goes straight into the file
        /// (with <c>\"</c> and <c>\\</c> escaped), any other character as the compiler displays it alone
        /// (<c>\n</c>, <c>\u0085</c>, or the character itself: ’ and → are printable). Text with a
        /// surrogate takes the compiler's escaping of the whole string, which keeps a valid pair together.
        /// </summary>
        public SourceWriter WriteLiteral(string text)
        {
            foreach (char c in text)
            {
                if (char.IsSurrogate(c))
                {
                    return Write(CSharpText.Literal(text));
                }
            }

            // Runs of printable ASCII that need no escape go in whole.
            _builder.Append('"');
            int run = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
                {
                    continue;
                }

                _builder.Append(text, run, i - run);
                if (c == '"' || c == '\\')
                {
                    _builder.Append('\\');
                    _builder.Append(c);
                }
                else
                {
                    _builder.Append(SymbolDisplay.FormatLiteral(c, quote: false));
                }

                run = i + 1;
            }

            _builder.Append(text, run, text.Length - run);
            _builder.Append('"');
            return this;
        }

        /// <summary>Adds <paramref name="value"/> to the line as a C# integer literal (<see cref="CSharpText.Literal(int)"/>).</summary>
        public SourceWriter WriteInt(int value)
        {
            _builder.AppendInt(value);
            return this;
        }

        /// <summary>Adds <c>{ a, b, … }</c> to the line: an array initializer of <paramref name="values"/>.</summary>
        public SourceWriter WriteIntArray(IEnumerable<int> values)
        {
            _builder.Append("{ ");
            bool first = true;
            foreach (int value in values)
            {
                if (!first)
                {
                    _builder.Append(", ");
                }

                _builder.AppendInt(value);
                first = false;
            }

            _builder.Append(" }");
            return this;
        }

        /// <summary>Ends the line started by <see cref="StartLine"/>.</summary>
        public void EndLine() => _builder.Append('\n');

        /// <summary>
        /// Writes one <c>///</c> line <c>&lt;para&gt;</c><paramref name="prefix"/>…<c>&lt;/para&gt;</c> per
        /// paragraph of <paramref name="text"/> (paragraphs are separated by blank lines and trimmed;
        /// empty ones are left out), escaped for XML.
        /// </summary>
        public void WriteDocParagraphs(string text, string prefix = "")
        {
            int position = 0;
            while (position < text.Length)
            {
                int separator = text.IndexOf("\n\n", position, StringComparison.Ordinal);
                int end = separator < 0 ? text.Length : separator;
                int start = position;
                int last = end - 1;
                while (start <= last && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (last >= start && char.IsWhiteSpace(text[last]))
                {
                    last--;
                }

                if (last >= start)
                {
                    StartDocLine().Write("<para>").Write(prefix);
                    _builder.AppendXml(text, start, last - start + 1);
                    Write("</para>").EndLine();
                }

                position = separator < 0 ? text.Length : separator + 2;
            }
        }

        /// <summary>Returns the text written (<see cref="CompactTextBuilder.ToSourceText"/>) and gives the buffer back for the next file; the writer is done.</summary>
        public SourceText Finish() => _builder.ToSourceText();

        public override string ToString() => _builder.ToString();
    }
}

using System;
using System.Linq;
using System.Text;
using HangupGen.Generator.Emit;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generated files' text, held one byte per character (<see cref="CompactSourceText"/>), is the
/// same text to the compiler as <c>SourceText.From(text, Encoding.UTF8)</c>: every character, every
/// range copied, the lines, the checksum written to the PDB and the syntax tree parsed from it.
/// </summary>
public sealed class CompactSourceTextTests
{
    public static readonly TheoryData<string> Texts = new(
        "",
        "x",
        "namespace N { class C { } }\n",
        "Latin-1 stays narrow: caf\u00E9 \u00FC \u00FF \u00A0 end",
        "// the table's own text: \u2019quoted\u2019 \u2022 bullet \u2192 arrow\nclass C { }\n",
        "\u2192 at the start and at the end \u2192",
        "a surrogate pair \U0001F4DE stays two characters",
        "line ends: CRLF\r\nCR\rLF\nNEL\u0085LS\u2028PS\u2029end");

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_text_reads_back_character_for_character(string text)
    {
        SourceText compact = Compact(text);
        SourceText plain = SourceText.From(text, Encoding.UTF8);

        Assert.IsType<CompactSourceText>(compact);
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.ToString());
        for (int i = 0; i < text.Length; i++)
        {
            Assert.Equal(text[i], compact[i]);
        }

        Assert.True(compact.ContentEquals(plain));
        Assert.Same(plain.Encoding, compact.Encoding);
        Assert.Equal(plain.ChecksumAlgorithm, compact.ChecksumAlgorithm);
        Assert.Equal(plain.GetChecksum().ToArray(), compact.GetChecksum().ToArray());
        Assert.Equal(plain.Lines.Select(l => l.SpanIncludingLineBreak), compact.Lines.Select(l => l.SpanIncludingLineBreak));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_range_copies_what_the_string_holds(string text)
    {
        SourceText compact = Compact(text);
        for (int start = 0; start <= text.Length; start++)
        {
            for (int count = 0; count <= text.Length - start; count++)
            {
                var destination = new char[count + 2];
                destination[0] = '#';
                destination[^1] = '#';
                compact.CopyTo(start, destination, 1, count);

                Assert.Equal("#" + text.Substring(start, count) + "#", new string(destination));
            }
        }
    }

    [Fact]
    public void Wide_characters_on_either_side_of_the_chunks_boundaries_are_kept()
    {
        // The bytes are held in chunks: wide characters on the boundaries, written as a string that
        // crosses one and character by character across it.
        int size = CompactSourceText.ChunkSize;
        char[] characters = new string('a', (2 * size) + (size / 2)).ToCharArray();
        foreach (int position in new[] { 0, size - 1, size, size + 1, (2 * size) - 1, 2 * size, characters.Length - 1 })
        {
            characters[position] = '\u2192';
        }

        string text = new(characters);
        var builder = new CompactTextBuilder();
        builder.Append(text.Substring(0, size - 5));
        foreach (char c in text.Substring(size - 5, 10))
        {
            builder.Append(c);
        }

        builder.Append(text.Substring(size + 5));
        SourceText compact = builder.ToSourceText();

        Assert.IsType<CompactSourceText>(compact);
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.ToString());
        foreach (int boundary in new[] { size, 2 * size })
        {
            Assert.Equal(text.Substring(boundary - 3, 6), compact.ToString(new TextSpan(boundary - 3, 6)));
            Assert.Equal(text.Substring(boundary - 1, 2), compact.GetSubText(new TextSpan(boundary - 1, 2)).ToString());
            Assert.Equal(text[boundary - 1], compact[boundary - 1]);
            Assert.Equal(text[boundary], compact[boundary]);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(CompactSourceText.ChunkSize)]
    public void A_text_ending_at_or_next_to_a_chunks_end_reads_back_and_ends_where_it_ends(int beyondOneChunk)
    {
        string text = string.Concat(Enumerable.Range(0, CompactSourceText.ChunkSize + beyondOneChunk).Select(i => (char)('a' + (i % 26))));

        SourceText compact = Compact(text);

        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.ToString());
        Assert.Equal(text[^1], compact[text.Length - 1]);
        Assert.ThrowsAny<IndexOutOfRangeException>(() => compact[text.Length]);
        Assert.ThrowsAny<IndexOutOfRangeException>(() => compact[-1]);
    }

    [Fact]
    public void A_nul_character_is_kept_beside_the_bytes_like_a_wide_one()
    {
        // The byte 0 marks a character kept beside; U+0000 itself is one of those.
        string text = "a\0b" + new string('c', 100) + "\0";

        SourceText compact = Compact(text);

        Assert.IsType<CompactSourceText>(compact);
        Assert.Equal(text, compact.ToString());
        Assert.Equal('\0', compact[1]);
        Assert.Equal('\0', compact[text.Length - 1]);
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E")]
    public void Text_that_would_not_be_smaller_is_kept_as_a_string(string text)
    {
        // A text of one wide character in eight or more (a short one with U+0000, Devanagari) would cost
        // more beside the bytes than as a string.
        SourceText kept = Compact(text);

        Assert.IsNotType<CompactSourceText>(kept);
        Assert.Equal(text, kept.ToString());
        Assert.Same(Encoding.UTF8, kept.Encoding);
    }

    [Fact]
    public void A_text_of_several_chunks_with_too_many_wide_characters_is_kept_as_a_string()
    {
        // The fallback reads back every full chunk as well as the last.
        string text = string.Concat(Enumerable.Range(0, (2 * CompactSourceText.ChunkSize) + 100).Select(i => i % 4 == 0 ? '\u2192' : (char)('a' + (i % 26))));

        SourceText kept = Compact(text);

        Assert.IsNotType<CompactSourceText>(kept);
        Assert.Equal(text, kept.ToString());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(CompactSourceText.ChunkSize)]
    public void Writing_to_a_finished_text_is_refused(int length)
    {
        // Its last chunk may be the next file's; a text that filled it exactly is refused the same way.
        var builder = new CompactTextBuilder();
        builder.Append(new string('x', length));
        SourceText finished = builder.ToSourceText();

        Assert.Throws<InvalidOperationException>(() => builder.Append('y'));
        Assert.Throws<InvalidOperationException>(() => builder.Append("y"));
        Assert.Throws<InvalidOperationException>(() => builder.ToString());
        Assert.Throws<InvalidOperationException>(() => builder.ToSourceText());
        Assert.Equal(new string('x', length), finished.ToString());
    }

    [Fact]
    public void A_copy_outside_the_text_is_refused()
    {
        SourceText compact = Compact("class C { }");
        var destination = new char[4];

        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(-1, destination, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(9, destination, 0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(0, destination, 1, 4));
        Assert.Throws<ArgumentNullException>(() => compact.CopyTo(0, null!, 0, 1));
    }

    [Fact]
    public void Every_generated_file_of_the_embedded_tables_is_held_compactly_and_parses_as_its_string()
    {
        GeneratorRunResult result = GeneratorHarness.Run(table: null);

        Assert.Equal(GeneratorHarness.GeneratedFiles.Length, result.GeneratedSources.Length);
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            Assert.IsType<CompactSourceText>(source.SourceText);
            string text = source.SourceText.ToString();
            SyntaxTree fromString = CSharpSyntaxTree.ParseText(text, GeneratorHarness.LatestParseOptions);
            Assert.True(fromString.IsEquivalentTo(source.SyntaxTree), source.HintName);
            Assert.Equal(text, source.SyntaxTree.ToString());
            Assert.Equal(SourceText.From(text, Encoding.UTF8).GetChecksum().ToArray(), source.SyntaxTree.GetText().GetChecksum().ToArray());
        }
    }

    [Fact]
    public void Every_generated_file_can_be_embedded_in_the_pdb_as_the_compiler_embeds_generated_files()
    {
        // csc embeds every generated file in the PDB (EmbeddedText.FromSource), so a text that cannot be
        // embedded would fail the build; the embedded bytes decode back to the file's text.
        GeneratorRunResult result = GeneratorHarness.Run(table: null);

        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            EmbeddedText embedded = EmbeddedText.FromSource(source.HintName, source.SourceText);
            EmbeddedText fromString = EmbeddedText.FromSource(source.HintName, SourceText.From(source.SourceText.ToString(), Encoding.UTF8));

            Assert.Equal(fromString.Checksum.ToArray(), embedded.Checksum.ToArray());
            Assert.Equal(fromString.ChecksumAlgorithm, embedded.ChecksumAlgorithm);
        }
    }

    internal static SourceText Compact(string text)
    {
        var builder = new CompactTextBuilder();
        builder.Append(text);
        return builder.ToSourceText();
    }
}

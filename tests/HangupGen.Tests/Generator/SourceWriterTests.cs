using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HangupGen.Generator.Emit;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The writer's parts API (<c>StartLine</c>, <c>Write…</c>, <c>EndLine</c>, and lines given in parts),
/// which the emitters use so that a line costs no temporary string: each part writes exactly what the
/// string helpers it replaced gave (<see cref="CSharpText.Xml"/>, <see cref="CSharpText.Literal(int)"/>,
/// <see cref="CSharpText.Literal(string)"/>, a paragraph split on blank lines and trimmed). The baselines check the same on the real tables; these check the edges the
/// tables do not have (negative numbers, <c>int.MinValue</c>, runs of blank lines, text that is all space).
/// </summary>
public sealed class SourceWriterTests
{
    public static readonly TheoryData<int> Integers = new(0, 1, 7, 9, 10, 99, 100, 3010, 65535, 1_000_000_000, int.MaxValue, -1, -10, -3010, int.MinValue + 1, int.MinValue);

    public static readonly TheoryData<string> Texts = new(
        "",
        "one paragraph",
        "first\n\nsecond",
        "\n\n\nthird after a run of blank lines\n\n",
        "a\n\n\n\nb",
        "  padded  \n\n   \n\n\ttabbed\t",
        "windows\r\n\r\nline ends stay one paragraph",
        "escapes & <tags> > and a\nline break",
        "control \u0001 and \uFFFF and \u2028 separators",
        "   ",
        "\n\n");

    [Theory]
    [MemberData(nameof(Integers))]
    public void An_integer_is_written_as_its_invariant_literal(int value)
    {
        var writer = new SourceWriter();
        writer.StartLine().WriteInt(value).EndLine();

        Assert.Equal(value.ToString(CultureInfo.InvariantCulture) + "\n", writer.Finish().ToString());
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), CSharpText.Literal(value));
        Assert.Equal(CSharpText.Literal(value).Length, CSharpText.LiteralLength(value));
    }

    [Fact]
    public void An_integer_array_is_an_initializer_of_invariant_literals()
    {
        int[] values = [0, -1, 3010, int.MinValue, int.MaxValue];
        var writer = new SourceWriter();
        writer.StartLine().Write("x = ").WriteIntArray(values).Write(";").EndLine();

        Assert.Equal("x = { 0, -1, 3010, -2147483648, 2147483647 };\n", writer.Finish().ToString());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Xml_text_is_escaped_as_the_string_helper_escapes_it(string text)
    {
        var writer = new SourceWriter();
        writer.StartLine().WriteXml(text).EndLine();

        Assert.Equal(CSharpText.Xml(text) + "\n", writer.Finish().ToString());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Paragraphs_are_the_blank_line_separated_trimmed_parts(string text)
    {
        var writer = new SourceWriter();
        writer.WriteDocParagraphs(text, "Note: ");

        string expected = string.Concat(SplitParagraphs(text).Select(p => "/// <para>Note: " + CSharpText.Xml(p) + "</para>\n"));
        Assert.Equal(expected, writer.Finish().ToString());
    }

    [Fact]
    public void Paragraphs_are_what_the_documentation_shows()
    {
        var writer = new SourceWriter();
        writer.WriteDocParagraphs(" Busy line.\n\n\n\nTry again <later> & then\nagain. \n\n ");

        Assert.Equal("/// <para>Busy line.</para>\n/// <para>Try again &lt;later&gt; &amp; then<br/>again.</para>\n", writer.Finish().ToString());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    [InlineData("printable ASCII: Busy Line (486) ~!@#$%^&*()_+-=[]{}|;':,./<>?`")]
    [InlineData("quotes \" and backslashes \\ and both \\\"")]
    [InlineData("the table's own text: \u2019 \u2022 \u2192 caf\u00E9")]
    [InlineData("a tab\tand DEL \u007F and NEL \u0085")]
    [InlineData("a surrogate pair \U0001F4DE and a lone \uD83D surrogate")]
    [InlineData("apostrophe ' NUL \0 NBSP \u00A0 soft hyphen \u00AD zero width \u200B BOM \uFEFF")]
    [InlineData("unassigned \u0378, replacement \uFFFD, non-characters \uFFFE \uFFFF, private use \uE000")]
    [InlineData("Devanagari \u0928\u092E\u0938\u094D\u0924\u0947 and CJK \u4F60\u597D")]
    public void A_string_literal_is_written_as_the_compiler_displays_it(string text)
    {
        var writer = new SourceWriter();
        writer.StartLine().WriteLiteral(text).EndLine();
        writer.WriteLine("x", " = ", "y", ";");
        writer.WriteDocLine("<c>", "z", "</c>");

        Assert.Equal(CSharpText.Literal(text) + "\nx = y;\n/// <c>z</c>\n", writer.Finish().ToString());
        Assert.Equal(CSharpText.Literal(text).Length, CSharpText.LiteralLength(text));
    }

    [Fact]
    public void A_line_in_parts_is_indented_and_ends_the_block_opening()
    {
        var writer = new SourceWriter();
        writer.OpenBlock("class C");
        writer.WriteLine();
        writer.StartDocLine().Write("<summary>").WriteXml("A & B").Write("</summary>").EndLine();
        writer.StartLine().Write("int X = ").WriteInt(-5).Write(";").EndLine();
        writer.WriteLine();
        writer.CloseBlock();

        // The blank line right after the brace is dropped, as for whole lines; one after a part line is kept.
        Assert.Equal("class C\n{\n    /// <summary>A &amp; B</summary>\n    int X = -5;\n\n}\n", writer.Finish().ToString());
    }

    [Fact]
    public void A_read_only_list_is_written_item_by_item()
    {
        var writer = new SourceWriter();
        HangupCausesEmitter.WriteReadOnlyList(writer, "private static readonly", "T", "s_all", ["A", "B"], "T.");
        HangupCausesEmitter.WriteReadOnlyList(writer, "public static readonly", "int", "None", []);

        const string Collection = "global::System.Collections.ObjectModel.ReadOnlyCollection";
        Assert.Equal(
            $"private static readonly {Collection}<T> s_all = new {Collection}<T>(new T[] {{ T.A, T.B }});\n"
            + $"public static readonly {Collection}<int> None = new {Collection}<int>(new int[] {{  }});\n",
            writer.Finish().ToString());
    }

    /// <summary>What the emitters did before the parts API: split on blank lines, trim, drop the empty parts.</summary>
    private static IEnumerable<string> SplitParagraphs(string text)
        => text.Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0);
}

using System.Collections.Generic;
using System.IO;
using HangupAnalysis.Cdr;

namespace HangupAnalysis.Tests.Cdr;

public sealed class Rfc4180CsvReaderTests
{
    [Fact]
    public void Plain_fields_and_both_line_ends()
    {
        List<object> read = ReadAll("a,b,c\r\n1,2,3\n4,,6");

        Assert.Equal<object>(
            [Record(1, "a", "b", "c"), Record(2, "1", "2", "3"), Record(3, "4", "", "6")],
            read);
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        List<object> read = ReadAll("id,note\n1,\"Doe, Jane\"\n2,\"said \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n5,after\n");

        Assert.Equal<object>(
            [
                Record(1, "id", "note"),
                Record(2, "1", "Doe, Jane"),
                Record(3, "2", "said \"hi\""),
                Record(4, "3", "two\nlines"),
                Record(6, "4", ""),
                Record(7, "5", "after"),
            ],
            read);
    }

    [Fact]
    public void A_trailing_comma_is_an_empty_last_field_and_a_blank_line_one_empty_field()
    {
        Assert.Equal<object>([Record(1, "a", ""), Record(2, ""), Record(3, "b")], ReadAll("a,\n\nb\n"));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_with_its_line_and_reading_goes_on()
    {
        List<object> read = ReadAll("1,\"ok\"\n2,\"bad\"x,3\n4,fine\n");

        Assert.Equal<object>(
            [
                Record(1, "1", "ok"),
                new RowProblem(2, "Field 2 has 'x' after its closing quote (a quote inside a quoted field is written \"\")."),
                Record(3, "4", "fine"),
            ],
            read);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_reported()
    {
        Assert.Equal<object>(
            [new RowProblem(1, "Field 2 holds a quote but is not quoted (quote the whole field and double the quote)."), Record(2, "ok")],
            ReadAll("1,5\"x\nok\n"));
    }

    [Fact]
    public void A_quote_never_closed_is_reported_at_the_line_it_opens_on()
    {
        Assert.Equal<object>(
            [Record(1, "a"), new RowProblem(2, "The quoted field 2 opened on line 2 is never closed.")],
            ReadAll("a\nb,\"open\nstill open\n"));
    }

    [Fact]
    public void Empty_input_has_no_records()
    {
        Assert.Empty(ReadAll(string.Empty));
    }

    private static (int Line, string Fields) Record(int line, params string[] fields) => (line, string.Join("|", fields));

    private static List<object> ReadAll(string text)
    {
        var reader = new Rfc4180CsvReader(new StringReader(text));
        var read = new List<object>();
        while (reader.Read(out CsvRecord? record, out RowProblem? problem))
        {
            read.Add(problem is not null ? problem : Record(record!.Line, record.Fields));
        }

        return read;
    }
}

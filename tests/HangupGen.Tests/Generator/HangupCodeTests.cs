using System;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Tests.Generated;

namespace HangupGen.Tests.Generator;

/// <summary>
/// <see cref="HangupCode"/>, generated from the real table into this assembly: lossless for codes the
/// table does not document, one text spelling per code, the value semantics of a number.
/// </summary>
public sealed class HangupCodeTests
{
    [Fact]
    public void Documented_code_gives_its_cause_name_and_category()
    {
        HangupCode code = 3010;

        Assert.Equal(3010, code.Value);
        Assert.True(code.IsDocumented);
        Assert.True(code.TryGetCause(out HangupCause cause));
        Assert.Equal(HangupCause.BusyLine, cause);
        Assert.Equal("Busy Line", code.Name);
        Assert.True(code.TryGetCategory(out HangupCategory category));
        Assert.Equal(HangupCategory.CallRejections, category);
        Assert.Equal("3010", code.ToString());
    }

    [Fact]
    public void Code_newer_than_the_table_keeps_its_value_and_its_category_by_range()
    {
        HangupCode code = HangupCode.Parse("3015");

        Assert.Equal(3015, code.Value);
        Assert.False(code.IsDocumented);
        Assert.False(code.TryGetCause(out HangupCause cause));
        Assert.Equal(default, cause);
        Assert.Equal("Undocumented hangup code 3015", code.Name);
        Assert.True(code.TryGetCategory(out HangupCategory category));
        Assert.Equal(HangupCategory.CallRejections, category);
        Assert.Equal("3015", code.ToString());
    }

    [Fact]
    public void Code_outside_every_range_has_no_category()
    {
        var code = new HangupCode(12345);

        Assert.False(code.TryGetCategory(out _));
        Assert.Equal("Undocumented hangup code 12345", code.Name);
    }

    [Fact]
    public void Default_is_code_zero_unknown()
    {
        HangupCode code = default;

        Assert.Equal(0, code.Value);
        Assert.True(code.TryGetCause(out HangupCause cause));
        Assert.Equal(HangupCause.Unknown, cause);
    }

    [Fact]
    public void Cause_converts_without_a_cast_and_an_undefined_cause_keeps_its_number()
    {
        HangupCode busy = HangupCause.BusyLine;
        HangupCode undefined = (HangupCause)3015;

        Assert.Equal(3010, busy.Value);
        Assert.Equal(3015, undefined.Value);
    }

    [Fact]
    public void Integer_conversions_keep_the_value_and_nullable_uint_needs_no_cast()
    {
        uint received = 3010;
        uint? absent = null;
        uint? present = 3015;

        HangupCode fromUint = received;
        HangupCode? fromAbsent = absent;
        HangupCode? fromPresent = present;
        var fromLong = (HangupCode)3020L;

        Assert.Equal(3010, fromUint.Value);
        Assert.Null(fromAbsent);
        Assert.Equal(3015, fromPresent!.Value.Value);
        Assert.Equal(3020, fromLong.Value);
        Assert.Equal(int.MaxValue, ((HangupCode)(uint)int.MaxValue).Value);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(-3010L)]
    [InlineData((long)int.MaxValue + 1)]
    [InlineData(long.MinValue)]
    public void Value_no_hangup_code_can_have_throws_naming_the_value(long value)
    {
        ArgumentOutOfRangeException thrown = Assert.Throws<ArgumentOutOfRangeException>(() => (HangupCode)value);

        Assert.Equal(value, Convert.ToInt64(thrown.ActualValue, CultureInfo.InvariantCulture));
        Assert.Contains(value.ToString(CultureInfo.InvariantCulture), thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_int_uint_overflow_and_negative_cause_throw()
    {
        Assert.Equal(-1, Assert.Throws<ArgumentOutOfRangeException>(() => new HangupCode(-1)).ActualValue);
        Assert.Equal(-5, Assert.Throws<ArgumentOutOfRangeException>(() => { HangupCode code = -5; return code; }).ActualValue);
        Assert.Equal(uint.MaxValue, Assert.Throws<ArgumentOutOfRangeException>(() => { HangupCode code = uint.MaxValue; return code; }).ActualValue);
        Assert.Equal(-7, Assert.Throws<ArgumentOutOfRangeException>(() => { HangupCode code = (HangupCause)(-7); return code; }).ActualValue);
    }

    [Fact]
    public void Equality_and_ordering_follow_the_value()
    {
        HangupCode a = 3010;
        HangupCode b = HangupCause.BusyLine;
        HangupCode c = 3015;

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)3010));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.True(a < c && c > a && a <= b && a >= b && a <= c && c >= a);
        Assert.False(a > c || c < a);
        Assert.True(a.CompareTo(c) < 0 && c.CompareTo(a) > 0 && a.CompareTo(b) == 0);
        Assert.Equal(new HangupCode[] { 0, 3010, 3015, 9000 }, new HangupCode[] { 9000, 3015, 0, 3010 }.Order());
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3010", 3010)]
    [InlineData("3015", 3015)]
    [InlineData("2147483647", int.MaxValue)]
    public void Accepted_text_parses_with_every_parser(string text, int expected)
    {
        Assert.True(HangupCode.TryParse(text, out HangupCode fromString));
        Assert.True(HangupCode.TryParse(text.AsSpan(), out HangupCode fromSpan));
        Assert.True(HangupCode.TryParseUtf8(Encoding.UTF8.GetBytes(text), out HangupCode fromUtf8));
        Assert.Equal(expected, fromString.Value);
        Assert.Equal(expected, fromSpan.Value);
        Assert.Equal(expected, fromUtf8.Value);
        Assert.Equal(expected, HangupCode.Parse(text).Value);
        Assert.Equal(expected, HangupCode.Parse(text.AsSpan()).Value);
        Assert.Equal(expected, HangupCode.ParseUtf8(Encoding.UTF8.GetBytes(text)).Value);
        Assert.Equal(expected, Parse<HangupCode>(text).Value);
        Assert.Equal(expected, ParseUtf8<HangupCode>(Encoding.UTF8.GetBytes(text)).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("03010")]
    [InlineData("00")]
    [InlineData("1,2")]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("+3010")]
    [InlineData(" 3010")]
    [InlineData("3010 ")]
    [InlineData("3010\n")]
    [InlineData("3 010")]
    [InlineData("3010.0")]
    [InlineData("2147483648")]
    [InlineData("99999999999")]
    [InlineData("٣٠١٠")]
    [InlineData("３０１０")]
    public void Rejected_text_fails_with_every_parser(string text)
    {
        Assert.False(HangupCode.TryParse(text, out HangupCode fromString));
        Assert.False(HangupCode.TryParse(text.AsSpan(), out _));
        Assert.False(HangupCode.TryParseUtf8(Encoding.UTF8.GetBytes(text), out _));
        Assert.False(TryParse<HangupCode>(text, out _));
        Assert.Equal(default, fromString);
        Assert.Throws<FormatException>(() => HangupCode.Parse(text));
        Assert.Throws<FormatException>(() => HangupCode.Parse(text.AsSpan()));
        Assert.Throws<FormatException>(() => HangupCode.ParseUtf8(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Null_text_is_rejected_by_try_parse_and_parse_throws_argument_null()
    {
        Assert.False(HangupCode.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => HangupCode.Parse((string)null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(3010)]
    [InlineData(3015)]
    [InlineData(int.MaxValue)]
    public void Formatting_writes_the_digits_and_fails_when_they_do_not_fit(int value)
    {
        var code = new HangupCode(value);
        string digits = value.ToString(CultureInfo.InvariantCulture);
        var chars = new char[digits.Length];
        var bytes = new byte[digits.Length];

        Assert.Equal(digits, code.ToString());
        Assert.True(code.TryFormat(chars, out int charsWritten));
        Assert.Equal(digits, new string(chars, 0, charsWritten));
        Assert.True(code.TryFormatUtf8(bytes, out int bytesWritten));
        Assert.Equal(digits, Encoding.UTF8.GetString(bytes, 0, bytesWritten));
        Assert.False(code.TryFormat(new char[digits.Length - 1], out charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.False(code.TryFormatUtf8(new byte[digits.Length - 1], out bytesWritten));
        Assert.Equal(0, bytesWritten);
        Assert.Equal(digits, $"{code}");
        Assert.Equal(digits, string.Create(CultureInfo.GetCultureInfo("ar-SA"), $"{code:G}"));
        Assert.Equal(digits, Encoding.UTF8.GetString(Utf8Format(code)));
    }

    [Fact]
    public void Format_other_than_the_digits_is_rejected()
    {
        Assert.Throws<FormatException>(() => ((IFormattable)new HangupCode(3010)).ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal("3010", ((IFormattable)new HangupCode(3010)).ToString("D", CultureInfo.InvariantCulture));
        Assert.Equal("3010", ((IFormattable)new HangupCode(3010)).ToString(null, null));
    }

    private static T Parse<T>(string text)
        where T : ISpanParsable<T>
        => T.Parse(text.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParse<T>(string text, out T? result)
        where T : IParsable<T>
        => T.TryParse(text, CultureInfo.InvariantCulture, out result);

    private static T ParseUtf8<T>(byte[] utf8Text)
        where T : IUtf8SpanParsable<T>
        => T.Parse(utf8Text, CultureInfo.InvariantCulture);

    private static byte[] Utf8Format<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var buffer = new byte[16];
        Assert.True(value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture));
        return buffer.AsSpan(0, written).ToArray();
    }
}

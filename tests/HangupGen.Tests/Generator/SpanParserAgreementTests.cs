using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Generated;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The span and UTF-8 parsers of every generated parser class, generated from the real tables into
/// this assembly, accept exactly what the string parsers accept: on every documented name,
/// identifier, alias and code in several casings, and on a few thousand seeded random inputs. The
/// string parsers themselves are checked against an independent model of the rules (ASCII case
/// folding only; codes in canonical decimal digits).
/// </summary>
public sealed class SpanParserAgreementTests
{
    private const int Seed = 20261205;
    private const int RandomInputs = 4000;

    private delegate bool StringParser(string? text, out int value);

    private delegate bool SpanParser(ReadOnlySpan<char> text, out int value);

    private delegate bool Utf8Parser(ReadOnlySpan<byte> utf8Text, out int value);

    /// <param name="Name">The parser, for messages.</param>
    /// <param name="String">The string overload.</param>
    /// <param name="Span">The <c>ReadOnlySpan&lt;char&gt;</c> overload.</param>
    /// <param name="Utf8">The UTF-8 overload.</param>
    /// <param name="Keys">Every text the table documents for a member, with the member's value.</param>
    /// <param name="Codes">Whether codes in decimal digits are accepted, and which.</param>
    private sealed record Parser(string Name, StringParser String, SpanParser Span, Utf8Parser Utf8, IReadOnlyList<(string Key, int Value)> Keys, Func<int, bool>? Codes)
    {
        /// <summary>What the rules say the text gives: a code first (where codes are accepted), then a key ignoring ASCII case.</summary>
        public int? Expected(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (Codes is not null && IsCanonicalDigits(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && Codes(code))
            {
                return code;
            }

            foreach ((string key, int value) in Keys)
            {
                if (EqualsIgnoringAsciiCase(key, text))
                {
                    return value;
                }
            }

            return null;
        }

        public override string ToString() => Name;
    }

    private static readonly HangupTableSpec s_table = HangupTableReader.Read(TestPaths.RealTablePath, TestTables.Real, CancellationToken.None).Table!;

    private static readonly Parser[] s_parsers = CreateParsers();

    public static TheoryData<string> ParserNames => [.. s_parsers.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Every_documented_text_in_every_casing_gives_the_same_answer_from_string_span_and_utf8(string parser)
    {
        Parser p = Find(parser);
        IEnumerable<string> texts = p.Keys.SelectMany(k => new[]
        {
            k.Key, k.Key.ToUpperInvariant(), k.Key.ToLowerInvariant(), AlternateCase(k.Key), k.Key + " ", " " + k.Key, k.Key + "x", k.Key[..^1],
        });

        foreach (string text in texts)
        {
            AssertAgree(p, text);
        }

        Assert.All(p.Keys, k => Assert.Equal(k.Value, Parse(p, k.Key)));
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Seeded_random_text_gives_the_same_answer_from_string_span_and_utf8(string parser)
    {
        Parser p = Find(parser);
        var random = new Random(Seed);
        int accepted = 0;
        for (int i = 0; i < RandomInputs; i++)
        {
            string text = i % 2 == 0 ? RandomText(random) : Mutate(random, p.Keys[random.Next(p.Keys.Count)].Key);
            accepted += AssertAgree(p, text) is null ? 0 : 1;
        }

        // The mutations keep some documented texts (a case change), so both answers are exercised.
        Assert.InRange(accepted, 1, RandomInputs - 1);
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Seeded_random_utf8_bytes_give_the_answer_of_the_decoded_text(string parser)
    {
        Parser p = Find(parser);
        var random = new Random(Seed + 1);
        for (int i = 0; i < RandomInputs; i++)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(p.Keys[random.Next(p.Keys.Count)].Key);
            if (bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            // Invalid UTF-8 decodes to U+FFFD, which no key holds: the byte parser must reject it too.
            int? expected = p.Expected(Encoding.UTF8.GetString(bytes));
            bool found = p.Utf8(bytes, out int value);
            Assert.True(expected == (found ? value : null), p.Name + ": " + Convert.ToHexString(bytes));
        }
    }

    [Theory]
    [InlineData("Buſy Line")]
    [InlineData("BUSY LİNE")]
    [InlineData("busy lıne")]
    [InlineData("Busy\u00A0Line")]
    [InlineData("Busy Line\0")]
    public void Only_ascii_letters_fold_so_no_parser_accepts_a_non_ascii_look_alike(string text)
    {
        Assert.False(HangupCauses.TryParse(text, out _));
        Assert.False(HangupCauses.TryParse(text.AsSpan(), out _));
        Assert.False(HangupCauses.TryParseUtf8(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Names_format_into_spans_exactly_as_get_name_returns_them()
    {
        AssertFormats(HangupCauses.All, c => c.GetName(), (HangupCause c, Span<char> d, out int n) => c.TryFormatName(d, out n), (HangupCause c, Span<byte> d, out int n) => c.TryFormatNameUtf8(d, out n));
        AssertFormats(Enum.GetValues<HangupCategory>(), c => c.GetName(), (HangupCategory c, Span<char> d, out int n) => c.TryFormatName(d, out n), (HangupCategory c, Span<byte> d, out int n) => c.TryFormatNameUtf8(d, out n));
        AssertFormats(HangupSources.All, s => s.GetName(), (HangupSource s, Span<char> d, out int n) => s.TryFormatName(d, out n), (HangupSource s, Span<byte> d, out int n) => s.TryFormatNameUtf8(d, out n));
        AssertFormats(CallStatuses.All, s => s.GetName(), (CallStatus s, Span<char> d, out int n) => s.TryFormatName(d, out n), (CallStatus s, Span<byte> d, out int n) => s.TryFormatNameUtf8(d, out n));
        AssertFormats(DialStatuses.All, s => s.GetName(), (DialStatus s, Span<char> d, out int n) => s.TryFormatName(d, out n), (DialStatus s, Span<byte> d, out int n) => s.TryFormatNameUtf8(d, out n));
        AssertFormats(HangupReasons.All, s => s.GetName(), (HangupReason s, Span<char> d, out int n) => s.TryFormatName(d, out n), (HangupReason s, Span<byte> d, out int n) => s.TryFormatNameUtf8(d, out n));
        AssertFormats(TelephonyCauses.All, s => s.GetName(), (TelephonyCause s, Span<char> d, out int n) => s.TryFormatName(d, out n), (TelephonyCause s, Span<byte> d, out int n) => s.TryFormatNameUtf8(d, out n));
    }

    private delegate bool CharFormatter<T>(T value, Span<char> destination, out int written);

    private delegate bool Utf8Formatter<T>(T value, Span<byte> destination, out int written);

    private static void AssertFormats<T>(IEnumerable<T> values, Func<T, string> getName, CharFormatter<T> format, Utf8Formatter<T> formatUtf8)
    {
        foreach (T value in values)
        {
            string name = getName(value);
            byte[] utf8 = Encoding.UTF8.GetBytes(name);
            var chars = new char[name.Length + 3];
            var bytes = new byte[utf8.Length + 3];

            Assert.True(format(value, chars, out int charsWritten));
            Assert.Equal(name, new string(chars, 0, charsWritten));
            Assert.True(formatUtf8(value, bytes, out int bytesWritten));
            Assert.Equal(utf8, bytes.AsSpan(0, bytesWritten).ToArray());
            Assert.True(format(value, new char[name.Length], out charsWritten));
            Assert.True(formatUtf8(value, new byte[utf8.Length], out bytesWritten));
            Assert.False(format(value, new char[name.Length - 1], out charsWritten));
            Assert.Equal(0, charsWritten);
            Assert.False(formatUtf8(value, new byte[utf8.Length - 1], out bytesWritten));
            Assert.Equal(0, bytesWritten);
        }
    }

    /// <summary>Asserts the three parsers and the model agree on <paramref name="text"/>, and returns the answer.</summary>
    private static int? AssertAgree(Parser p, string text)
    {
        int? expected = p.Expected(text);
        int? fromString = p.String(text, out int value) ? value : null;
        int? fromSpan = p.Span(text.AsSpan(), out value) ? value : null;
        int? fromUtf8 = p.Utf8(Encoding.UTF8.GetBytes(text), out value) ? value : null;
        string message = p.Name + ": \"" + text + "\" (" + Convert.ToHexString(Encoding.Unicode.GetBytes(text)) + ")";
        Assert.True(expected == fromString, message + " string");
        Assert.True(expected == fromSpan, message + " span");
        Assert.True(expected == fromUtf8, message + " UTF-8");
        return expected;
    }

    private static int? Parse(Parser p, string text) => p.String(text, out int value) ? value : null;

    private static Parser Find(string name) => s_parsers.Single(p => p.Name == name);

    private static Parser[] CreateParsers()
    {
        var causeKeys = s_table.Causes.SelectMany(c => new[] { c.Name, c.Identifier }.Concat(c.Aliases).Select(k => (k, c.Code))).ToList();
        var causeCodes = s_table.Causes.Select(c => (c.Code.ToString(CultureInfo.InvariantCulture), c.Code)).ToList();
        var codes = new HashSet<int>(s_table.Causes.Select(c => c.Code));
        var codeTexts = new[] { "0", "1", "3015", "2147483647", "9999", "12345" }.Select(t => (t, int.Parse(t, CultureInfo.InvariantCulture))).ToList();

        var parsers = new List<Parser>
        {
            new("HangupCauses.TryParse",
                (string? t, out int v) => Result(HangupCauses.TryParse(t, out HangupCause c), (int)c, out v),
                (ReadOnlySpan<char> t, out int v) => Result(HangupCauses.TryParse(t, out HangupCause c), (int)c, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(HangupCauses.TryParseUtf8(t, out HangupCause c), (int)c, out v),
                causeKeys, null),
            new("HangupCauses.TryParseCode",
                (string? t, out int v) => Result(HangupCauses.TryParseCode(t, out HangupCause c), (int)c, out v),
                (ReadOnlySpan<char> t, out int v) => Result(HangupCauses.TryParseCode(t, out HangupCause c), (int)c, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(HangupCauses.TryParseCodeUtf8(t, out HangupCause c), (int)c, out v),
                causeCodes, codes.Contains),
            new("HangupSources.TryParse",
                (string? t, out int v) => Result(HangupSources.TryParse(t, out HangupSource s), (int)s, out v),
                (ReadOnlySpan<char> t, out int v) => Result(HangupSources.TryParse(t, out HangupSource s), (int)s, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(HangupSources.TryParseUtf8(t, out HangupSource s), (int)s, out v),
                VocabularyKeys(Vocabulary.HangupSource), null),
            new("HangupCode.TryParse",
                (string? t, out int v) => Result(HangupCode.TryParse(t, out HangupCode c), c.Value, out v),
                (ReadOnlySpan<char> t, out int v) => Result(HangupCode.TryParse(t, out HangupCode c), c.Value, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(HangupCode.TryParseUtf8(t, out HangupCode c), c.Value, out v),
                causeCodes.Concat(codeTexts).ToList(), _ => true),
            new("CallStatuses.TryParse",
                (string? t, out int v) => Result(CallStatuses.TryParse(t, out CallStatus s), (int)s, out v),
                (ReadOnlySpan<char> t, out int v) => Result(CallStatuses.TryParse(t, out CallStatus s), (int)s, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(CallStatuses.TryParseUtf8(t, out CallStatus s), (int)s, out v),
                VocabularyKeys(Vocabulary.CallStatus), null),
            new("DialStatuses.TryParse",
                (string? t, out int v) => Result(DialStatuses.TryParse(t, out DialStatus s), (int)s, out v),
                (ReadOnlySpan<char> t, out int v) => Result(DialStatuses.TryParse(t, out DialStatus s), (int)s, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(DialStatuses.TryParseUtf8(t, out DialStatus s), (int)s, out v),
                VocabularyKeys(Vocabulary.DialStatus), null),
            new("HangupReasons.TryParse",
                (string? t, out int v) => Result(HangupReasons.TryParse(t, out HangupReason r), (int)r, out v),
                (ReadOnlySpan<char> t, out int v) => Result(HangupReasons.TryParse(t, out HangupReason r), (int)r, out v),
                (ReadOnlySpan<byte> t, out int v) => Result(HangupReasons.TryParseUtf8(t, out HangupReason r), (int)r, out v),
                VocabularyKeys(Vocabulary.HangupReason), null),
        };

        var telephonyCodes = new HashSet<int>(VocabularyTableSelector.Embedded(Vocabulary.TelephonyCause).Table!.Members.Select(m => m.Value));
        List<(string, int)> telephonyCodeTexts = telephonyCodes.Select(c => (c.ToString(CultureInfo.InvariantCulture), c)).ToList();
        parsers.Add(new("TelephonyCauses.TryParse",
            (string? t, out int v) => Result(TelephonyCauses.TryParse(t, out TelephonyCause c), (int)c, out v),
            (ReadOnlySpan<char> t, out int v) => Result(TelephonyCauses.TryParse(t, out TelephonyCause c), (int)c, out v),
            (ReadOnlySpan<byte> t, out int v) => Result(TelephonyCauses.TryParseUtf8(t, out TelephonyCause c), (int)c, out v),
            VocabularyKeys(Vocabulary.TelephonyCause).Concat(telephonyCodeTexts).ToList(), telephonyCodes.Contains));
        parsers.Add(new("TelephonyCauses.TryParseCode",
            (string? t, out int v) => Result(TelephonyCauses.TryParseCode(t, out TelephonyCause c), (int)c, out v),
            (ReadOnlySpan<char> t, out int v) => Result(TelephonyCauses.TryParseCode(t, out TelephonyCause c), (int)c, out v),
            (ReadOnlySpan<byte> t, out int v) => Result(TelephonyCauses.TryParseCodeUtf8(t, out TelephonyCause c), (int)c, out v),
            telephonyCodeTexts, telephonyCodes.Contains));
        return [.. parsers];
    }

    private static List<(string Key, int Value)> VocabularyKeys(Vocabulary vocabulary)
        => VocabularyTableSelector.Embedded(vocabulary).Table!.Members
            .SelectMany(m => new[] { m.Name, m.Identifier }.Concat(m.Aliases).Select(k => (k, m.Value)))
            .ToList();

    private static bool Result(bool found, int parsed, out int value)
    {
        value = parsed;
        return found;
    }

    private static bool IsCanonicalDigits(string text)
        => text.Length > 0 && text.All(c => c is >= '0' and <= '9') && (text.Length == 1 || text[0] != '0');

    private static bool EqualsIgnoringAsciiCase(string a, string b)
        => a.Length == b.Length && a.Zip(b).All(pair => pair.First == pair.Second || (char.IsAsciiLetter(pair.First) && char.ToLowerInvariant(pair.First) == char.ToLowerInvariant(pair.Second) && char.IsAsciiLetter(pair.Second)));

    private static string AlternateCase(string text)
        => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

    /// <summary>Characters that trip parsers: digits, signs, spaces, separators, non-ASCII letters that fold to ASCII under other rules, non-ASCII digits, a surrogate pair.</summary>
    private const string Alphabet = "0123456789abcdeklnrsuyABCDEKLNRSUY _-,.+()\t\u00A0ſıİ\u212Aé٣３\0";

    private static string RandomText(Random random)
    {
        int length = random.Next(0, 24);
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            if (random.Next(40) == 0)
            {
                builder.Append("\U0001F4DE");
            }
            else
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A documented text with one edit: a case change (still documented), a replaced, inserted or removed character.</summary>
    private static string Mutate(Random random, string key)
    {
        int at = random.Next(key.Length);
        char other = Alphabet[random.Next(Alphabet.Length)];
        return random.Next(4) switch
        {
            0 => key[..at] + (char.IsUpper(key[at]) ? char.ToLowerInvariant(key[at]) : char.ToUpperInvariant(key[at])) + key[(at + 1)..],
            1 => key[..at] + other + key[(at + 1)..],
            2 => key.Insert(at, other.ToString()),
            _ => key.Remove(at, 1),
        };
    }
}

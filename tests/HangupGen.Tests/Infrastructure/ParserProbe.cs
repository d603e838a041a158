namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Members of a probe class compiled beside the generated code: one text run through a parser's
/// <c>string</c>, span and UTF-8 overloads, the three answers side by side (<c>"3010 3010 3010"</c>,
/// <c>"-"</c> where nothing was found), so that a test states once what all three must give.
/// </summary>
internal static class ParserProbe
{
    /// <summary>A <c>Show(found, value)</c> the probe methods need, once per probe class.</summary>
    public const string Show = """
            private static string Show(bool found, int value) => found ? value.ToString() : "-";
        """;

    /// <summary><c>public static string <paramref name="method"/>(string text)</c> over <paramref name="parser"/>'s <c>TryParse</c> and <c>TryParseUtf8</c>.</summary>
    public static string ThreeWays(string method, string parser, string type) => $$"""
            public static string {{method}}(string text)
            {
                bool fromString = {{parser}}.TryParse(text, out {{type}} a);
                bool fromSpan = {{parser}}.TryParse(System.MemoryExtensions.AsSpan(text), out {{type}} b);
                bool fromUtf8 = {{parser}}.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(text), out {{type}} c);
                return Show(fromString, (int)a) + " " + Show(fromSpan, (int)b) + " " + Show(fromUtf8, (int)c);
            }

        """;

    /// <summary>A <c>public static class Probe</c> with the given members.</summary>
    public static string Class(params string[] members) => "public static class Probe\n{\n" + string.Concat(members) + "}\n";
}

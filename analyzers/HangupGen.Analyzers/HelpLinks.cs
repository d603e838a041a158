namespace HangupGen
{
    /// <summary>Builds the help link of a diagnostic: its page under <c>docs/rules/</c>.</summary>
    internal static class HelpLinks
    {
        /// <summary>Where the repository's documentation is published.</summary>
        public const string DocsRoot = "https://github.com/hangupgen/hangupgen/blob/main/docs/rules/";

        /// <summary>The page for <paramref name="id"/>, e.g. <c>…/docs/rules/HG0001.md</c>.</summary>
        public static string For(string id) => DocsRoot + id + ".md";
    }
}

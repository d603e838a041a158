using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace HangupGen.Generator
{
    /// <summary>Reads from a compilation which span, parsing, formatting and text types its target has (<see cref="TargetFeatures"/>).</summary>
    internal static class TargetFeaturesReader
    {
        /// <param name="compilation">The consumer's compilation.</param>
        /// <param name="staticAbstractMembers">
        /// Whether the consumer's C# can implement static abstract interface members (C# 11), which
        /// <c>ISpanParsable&lt;T&gt;</c> needs. Read from the parse options: a compilation's own
        /// language version is its syntax trees', the latest when it has none.
        /// </param>
        public static TargetFeatures Read(Compilation compilation, bool staticAbstractMembers)
        {
            bool spans = Has(compilation, "System.ReadOnlySpan`1") && Has(compilation, "System.Span`1");
            if (!spans)
            {
                return TargetFeatures.None;
            }

            return new TargetFeatures(
                Spans: true,
                SpanParsable: staticAbstractMembers && Has(compilation, "System.ISpanParsable`1"),
                Utf8SpanParsable: staticAbstractMembers && Has(compilation, "System.IUtf8SpanParsable`1"),
                SpanFormattable: Has(compilation, "System.ISpanFormattable"),
                Utf8SpanFormattable: Has(compilation, "System.IUtf8SpanFormattable"),
                AsciiEqualsIgnoreCase: Has(compilation, "System.Text.Ascii"));
        }

        private static bool Has(Compilation compilation, string metadataName)
            => compilation.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public };
    }
}

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// What the consumer's target framework and C# version offer the generated parsers and formatters,
    /// read from the compilation once and kept as six booleans, so that a new compilation on every
    /// edit leaves everything downstream cached.
    /// </summary>
    /// <param name="Spans"><c>System.ReadOnlySpan&lt;T&gt;</c> and <c>System.Span&lt;T&gt;</c> exist (netcoreapp2.1+, or netstandard2.0 with System.Memory): span and UTF-8 overloads are emitted.</param>
    /// <param name="SpanParsable"><c>System.ISpanParsable&lt;T&gt;</c> exists and the language can implement static abstract members (C# 11).</param>
    /// <param name="Utf8SpanParsable"><c>System.IUtf8SpanParsable&lt;T&gt;</c> exists and the language can implement it.</param>
    /// <param name="SpanFormattable"><c>System.ISpanFormattable</c> exists.</param>
    /// <param name="Utf8SpanFormattable"><c>System.IUtf8SpanFormattable</c> exists.</param>
    /// <param name="AsciiEqualsIgnoreCase">
    /// <c>System.Text.Ascii</c> exists (.NET 8+): the name parsers compare with its vectorized
    /// <c>EqualsIgnoreCase</c>, which folds ASCII letters only, as the parsers promise.
    /// </param>
    internal sealed record TargetFeatures(bool Spans, bool SpanParsable, bool Utf8SpanParsable, bool SpanFormattable, bool Utf8SpanFormattable, bool AsciiEqualsIgnoreCase)
    {
        /// <summary>A target with none of them: netstandard2.0 without System.Memory, or .NET Framework.</summary>
        public static TargetFeatures None { get; } = new TargetFeatures(false, false, false, false, false, false);
    }
}

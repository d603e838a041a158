namespace HangupGen.Generator.Model
{
    /// <summary>How generated files are written, whatever table they come from.</summary>
    /// <param name="Namespace">The namespace of the generated types.</param>
    /// <param name="Accessibility">The C# keyword for the types' accessibility: <c>public</c> or <c>internal</c>.</param>
    /// <param name="NullableAnnotations">Whether the consumer's language version understands <c>#nullable</c> and <c>string?</c> (C# 8+).</param>
    /// <param name="Features">The span, parsing and formatting types the consumer's target has.</param>
    /// <param name="Json">What the consumer's System.Text.Json offers the generated converters; <see cref="JsonSupport.None"/> for no converter.</param>
    internal sealed record EmitSettings(string Namespace, string Accessibility, bool NullableAnnotations, TargetFeatures Features, JsonSupport Json);
}

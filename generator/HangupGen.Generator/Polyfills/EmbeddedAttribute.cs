namespace Microsoft.CodeAnalysis
{
    /// <summary>
    /// Marks a type as this assembly's own: the compiler never binds to it from another assembly,
    /// even one with <c>InternalsVisibleTo</c> access, so the polyfills here cannot clash with the
    /// framework's types or with another HangupGen assembly's copy.
    /// </summary>
    [Embedded]
    [System.AttributeUsage(System.AttributeTargets.All, Inherited = false)]
    internal sealed class EmbeddedAttribute : System.Attribute
    {
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>
    /// The nullable-analysis attribute netstandard2.0 lacks: the out parameter is not null when the
    /// method returns <see cref="ReturnValue"/>. Written out for the same reason as <c>IsExternalInit</c>.
    /// </summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="returnValue">The return value for which the parameter is not null.</param>
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        /// <summary>The return value for which the parameter is not null.</summary>
        public bool ReturnValue { get; }
    }
}

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// What the consumer's System.Text.Json lets the generated converters do: nothing when the
    /// compilation does not reference it, so that a project without it gets no converter at all.
    /// </summary>
    internal enum JsonSupport
    {
        /// <summary>System.Text.Json is not referenced: no converter, no attribute.</summary>
        None,

        /// <summary><c>JsonConverter&lt;T&gt;</c> is there, without the dictionary-key members (System.Text.Json before 6.0).</summary>
        Converters,

        /// <summary><c>JsonConverter&lt;T&gt;</c> with <c>ReadAsPropertyName</c>/<c>WriteAsPropertyName</c> (System.Text.Json 6.0 and later).</summary>
        ConvertersWithPropertyNames,
    }
}

namespace HangupGen.Generator.Model
{
    /// <summary>The MSBuild properties the generator reads (see <c>build/HangupGen.props</c>).</summary>
    /// <param name="Namespace">The namespace of the generated types (<c>HangupGenNamespace</c>).</param>
    /// <param name="IsPublic">Whether the generated types are public (<c>HangupGenAccessibility</c>); internal by default.</param>
    /// <param name="EmitTypes">Whether to emit the types at all (<c>HangupGenEmitTypes</c>).</param>
    /// <param name="JsonConverters">Whether to emit the System.Text.Json converters where System.Text.Json is referenced (<c>HangupGenJsonConverters</c>).</param>
    /// <param name="Problems">Invalid property values, reported as diagnostics.</param>
    internal sealed record GeneratorSettings(string Namespace, bool IsPublic, bool EmitTypes, bool JsonConverters, EquatableArray<GeneratorProblem> Problems);
}

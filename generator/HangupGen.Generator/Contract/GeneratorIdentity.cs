namespace HangupGen.Contract
{
    /// <summary>
    /// The generator as the compiler names its output: each generated file's path ends with
    /// "{generator's full type name}/{hint name}". The analyzers find the generator's files by it
    /// without looking up a symbol.
    /// </summary>
    internal static class GeneratorIdentity
    {
        /// <summary>The full name of <c>HangupCodeGenerator</c> (a test ties the two together).</summary>
        public const string TypeName = "HangupGen.Generator.HangupCodeGenerator";
    }
}

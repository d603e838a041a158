namespace HangupGen.Generator
{
    /// <summary>Facts about this generator written into what it emits.</summary>
    internal static class GeneratorInfo
    {
        /// <summary>The generator's assembly version, in <c>[GeneratedCode]</c>.</summary>
        public static string Version { get; } = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";
    }
}

namespace HangupGen.Contract
{
    /// <summary>Labels shared by the generated documentation and the text the fixes write.</summary>
    internal static class DocumentationLabels
    {
        /// <summary>Introduces a cause's documented next steps.</summary>
        public const string NextSteps = "Next steps";
    }
}

using System.Collections.Generic;

namespace HangupGen.Generator.Table
{
    /// <summary>A category as the rows define it, before the table is complete.</summary>
    /// <param name="Name">The documented name.</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="FirstCode">The first code of the range.</param>
    /// <param name="LastCode">The last code of the range (inclusive).</param>
    /// <param name="Line">The line of the row that first named the category.</param>
    internal sealed record CategoryDraft(string Name, string Identifier, int FirstCode, int LastCode, int Line);

    /// <summary>A valid row's values, kept until the table is built (not its record: see TableRows.Read).</summary>
    internal sealed record CauseDraft(int Code, string Name, string Identifier, List<string> Aliases, CategoryDraft Category, List<string> Sources)
    {
        public string Description { get; init; } = string.Empty;

        public string NextSteps { get; init; } = string.Empty;

        public string Details { get; init; } = string.Empty;

        /// <summary>The <c>sources</c> column as written.</summary>
        public string SourcesText { get; init; } = string.Empty;

        public string CallTypes { get; init; } = string.Empty;

        public string CallStates { get; init; } = string.Empty;
    }
}

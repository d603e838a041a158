namespace HangupGen.Generator.Table
{
    /// <summary>A category as the rows define it, before the table is complete.</summary>
    /// <param name="Name">The documented name.</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="FirstCode">The first code of the range.</param>
    /// <param name="LastCode">The last code of the range (inclusive).</param>
    /// <param name="Line">The line of the row that first named the category.</param>
    internal sealed record CategoryDraft(string Name, string Identifier, int FirstCode, int LastCode, int Line);
}

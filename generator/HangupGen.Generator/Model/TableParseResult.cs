namespace HangupGen.Generator.Model
{
    /// <summary>What reading the table produced: the valid rows and the problems, kept apart so that
    /// a problem's position (which moves when lines are added) never invalidates the emitted source.</summary>
    /// <param name="Table">The valid part of the table, or <see langword="null"/> when no row is usable.</param>
    /// <param name="Problems">The problems found, in file order.</param>
    internal sealed record TableParseResult(HangupTableSpec? Table, EquatableArray<GeneratorProblem> Problems);
}

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// The valid part of a hangup table: its categories and causes, in code order. Values only
    /// (no symbols, locations or source text), compared by value, so that re-reading an unchanged
    /// table lets every later pipeline step stay cached.
    /// </summary>
    /// <param name="Categories">The categories, ordered by the first code of their range.</param>
    /// <param name="Causes">The causes, ordered by code.</param>
    internal sealed record HangupTableSpec(
        EquatableArray<HangupCategorySpec> Categories,
        EquatableArray<HangupCauseSpec> Causes);
}

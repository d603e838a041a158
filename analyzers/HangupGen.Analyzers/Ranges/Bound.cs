namespace HangupGen.Analyzers.Ranges
{
    /// <summary>One side of a range: an inclusive lower (<c>&gt;= Value</c>) or upper (<c>&lt;= Value</c>) bound.</summary>
    internal readonly record struct Bound(long Value, bool IsLower);
}

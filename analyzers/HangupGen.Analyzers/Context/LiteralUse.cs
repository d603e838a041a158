using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.Context
{
    /// <summary>Where a literal stands: what its counterpart holds, and how it is used.</summary>
    /// <param name="Role">What the value the literal stands for holds (by the counterpart's type or name).</param>
    /// <param name="Kind">How the literal is used.</param>
    /// <param name="Anchor">The operation that gives the context: the comparison, the cast, the assignment, the switch…</param>
    internal readonly record struct LiteralUse(HangupRole Role, LiteralUseKind Kind, IOperation Anchor);
}

using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.Context
{
    /// <summary>Where a literal stands: what its counterpart holds, and how it is used.</summary>
    internal readonly struct LiteralUse
    {
        public LiteralUse(HangupRole role, LiteralUseKind kind, IOperation anchor)
        {
            Role = role;
            Kind = kind;
            Anchor = anchor;
        }

        /// <summary>What the value the literal stands for holds (by the counterpart's type or name).</summary>
        public HangupRole Role { get; }

        public LiteralUseKind Kind { get; }

        /// <summary>The operation that gives the context: the comparison, the cast, the assignment, the switch…</summary>
        public IOperation Anchor { get; }
    }
}

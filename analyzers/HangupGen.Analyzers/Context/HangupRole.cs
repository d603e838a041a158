using System;

namespace HangupGen.Analyzers.Context
{
    /// <summary>What a value means in hangup terms, judged from its type or its name.</summary>
    [Flags]
    internal enum HangupRole
    {
        /// <summary>Nothing hangup-related: literals next to it are never flagged.</summary>
        None = 0,

        /// <summary>A hangup code (<c>HangupCauseCode</c>, <c>hangup_code</c>, a <c>HangupCause</c>).</summary>
        Code = 1,

        /// <summary>A documented cause name (<c>HangupCauseName</c>, <c>hangup_reason</c>).</summary>
        CauseName = 2,

        /// <summary>A documented hangup source (<c>HangupSource</c>, <c>hangup_by</c>).</summary>
        SourceName = 4,
    }
}

namespace HangupGen.Analyzers.Context
{
    /// <summary>How a literal is used, which decides how a fix may rewrite it.</summary>
    internal enum LiteralUseKind
    {
        /// <summary><c>x == 3010</c>, <c>x != 3010</c>, <c>x.Equals(3010)</c>, <c>Equals(x, 3010)</c>.</summary>
        Comparison,

        /// <summary><c>x = 3010</c>, including object initializers.</summary>
        Assignment,

        /// <summary><c>int hangupCode = 3010;</c> and field or property initializers.</summary>
        Initializer,

        /// <summary>An argument: <c>Handle(hangupCode: 3010)</c>, or next to a key: <c>new("HangupCauseCode", "3010")</c>.</summary>
        Argument,

        /// <summary><c>return 3010;</c> from a member named for, or typed as, a hangup code.</summary>
        Return,

        /// <summary><c>(HangupCause)3010</c>.</summary>
        Cast,

        /// <summary><c>case 3010:</c> in a switch statement over a hangup value.</summary>
        CaseLabel,

        /// <summary>A constant pattern: <c>is 3010</c>, <c>is 6000 or 6010</c>, a switch expression arm, <c>{ HangupCauseCode: 3010 }</c>.</summary>
        Pattern,

        /// <summary>An element of an array or collection initializer flowing into a hangup-named collection.</summary>
        CollectionElement,

        /// <summary>The key of an indexer on a hangup-named collection: <c>hangupCodeNames[3010]</c>.</summary>
        IndexerKey,
    }
}

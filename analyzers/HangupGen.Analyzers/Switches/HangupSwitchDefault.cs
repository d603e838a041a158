namespace HangupGen.Analyzers.Switches
{
    /// <summary>What a switch does with the values none of its cases name.</summary>
    internal enum HangupSwitchDefault
    {
        /// <summary>No <c>default:</c> section and no catch-all arm (<c>_</c>, <c>var x</c>, a type pattern, <c>{ }</c>, <c>not null</c>).</summary>
        None,

        /// <summary>
        /// The default only throws: a switch expression arm whose value is a throw expression, or a
        /// <c>default:</c> section that contains a <c>throw</c> and no way out of it (no <c>return</c>,
        /// no <c>break</c>, <c>continue</c> or <c>goto</c> leaving the section). Whatever it does before
        /// throwing — logging, counting — every value that reaches it still ends in an exception.
        /// </summary>
        OnlyThrows,

        /// <summary>The default can complete: it returns a value, breaks, returns or jumps to another section.</summary>
        DoesWork,
    }
}

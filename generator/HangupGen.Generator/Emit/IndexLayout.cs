namespace HangupGen.Generator.Emit
{
    /// <summary>How <see cref="MemberIndexWriter"/> finds a value's position.</summary>
    internal enum IndexLayout
    {
        /// <summary>Values without a gap: the position is the distance from the first.</summary>
        Run,

        /// <summary>Values within a short range: a slot per value of the range holds the position.</summary>
        Slots,

        /// <summary>Sparse values: a multiplicative hash into buckets.</summary>
        Hash,
    }
}

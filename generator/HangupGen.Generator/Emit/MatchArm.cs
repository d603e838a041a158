namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// One function parameter of a generated <c>Match</c> method and the member whose case label calls it;
    /// the label is <c>LabelType.Member</c>, and the parameter is documented as called for it, with what
    /// the documentation says of the member in parentheses written from three parts (code and name, or
    /// name and range), so that no per-member string is built for it.
    /// </summary>
    /// <param name="Parameter">The parameter name (a C# identifier, escaped where it is a keyword).</param>
    /// <param name="LabelType">The enum of the case label, fully qualified.</param>
    /// <param name="Member">The enum member of the case label.</param>
    /// <param name="Details1">The first part of what is said in parentheses, as XML.</param>
    /// <param name="Details2">The second part.</param>
    /// <param name="Details3">The third part.</param>
    internal sealed record MatchArm(string Parameter, string LabelType, string Member, string Details1, string Details2, string Details3);
}

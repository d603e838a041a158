namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// One function parameter of a generated <c>Match</c> method and the member whose case label calls it;
    /// the label is <c>LabelType.Member</c>, and the parameter is documented as called for it.
    /// </summary>
    /// <param name="Parameter">The parameter name (a C# identifier, escaped where it is a keyword).</param>
    /// <param name="LabelType">The enum of the case label, fully qualified.</param>
    /// <param name="Member">The enum member of the case label.</param>
    /// <param name="Details">What the documentation says of the member in parentheses (its code and name), as XML.</param>
    internal sealed record MatchArm(string Parameter, string LabelType, string Member, string Details);
}

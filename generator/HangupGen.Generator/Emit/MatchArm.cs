using System.Collections.Generic;

namespace HangupGen.Generator.Emit
{
    /// <summary>One function parameter of a generated <c>Match</c> method and the case labels that call it.</summary>
    /// <param name="Parameter">The parameter name (a C# identifier, escaped where it is a keyword).</param>
    /// <param name="Labels">The case labels, fully qualified.</param>
    /// <param name="Doc">What the parameter handles, for its <c>&lt;param&gt;</c> documentation.</param>
    internal sealed record MatchArm(string Parameter, IEnumerable<string> Labels, string Doc);
}

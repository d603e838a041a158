using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.Ranges
{
    /// <summary>
    /// A range one expression tests on one value, other than two relational bounds:
    /// <c>code / 1000 == 3</c>, <c>code.ToString().StartsWith("30")</c>, <c>Enumerable.Range(3000, 51).Contains(code)</c>.
    /// </summary>
    /// <param name="Code">The value tested: a number, or a string that holds one.</param>
    /// <param name="Range">The codes the expression accepts.</param>
    /// <param name="Negated">Whether the expression accepts the codes outside the range instead (<c>!=</c>, <c>is not</c>).</param>
    internal readonly record struct OperandRange(IOperation Code, CodeRange Range, bool Negated);
}

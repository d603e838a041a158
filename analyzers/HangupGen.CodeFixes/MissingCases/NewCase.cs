using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes.MissingCases
{
    /// <summary>A case to add.</summary>
    /// <param name="Value">The value it names: <c>HangupCause.BusyLine</c>, <c>(int)HangupCause.BusyLine</c> or <c>HangupCategory.Timeouts</c>.</param>
    /// <param name="Group">The category comment that heads its group, e.g. <c>Timeouts (6000-6020)</c>; null for none.</param>
    /// <param name="Comment">Its trailing comment: the next steps, the documented name or the category's codes.</param>
    internal sealed record NewCase(ExpressionSyntax Value, string? Group, string Comment);
}

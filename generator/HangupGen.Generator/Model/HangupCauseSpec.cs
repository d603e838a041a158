namespace HangupGen.Generator.Model
{
    /// <summary>One row of the table: a documented hangup cause.</summary>
    /// <param name="Code">The hangup code, also the value of the enum member.</param>
    /// <param name="Name">The documented name, as sent in <c>HangupCauseName</c>.</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="Aliases">Other spellings <c>TryParse</c> accepts.</param>
    /// <param name="CategoryIdentifier">The <see cref="HangupCategorySpec.Identifier"/> of its category.</param>
    /// <param name="Description">The short description.</param>
    /// <param name="NextSteps">What to do about it.</param>
    /// <param name="Details">The full description; paragraphs separated by blank lines.</param>
    /// <param name="Sources">The identifiers of the possible hangup sources (rows of the hangup source table).</param>
    /// <param name="SourcesText">The possible sources as documented, with their conditions.</param>
    /// <param name="CallTypes">The call types it applies to, as documented.</param>
    /// <param name="CallStates">The call states it can happen in, as documented.</param>
    internal sealed record HangupCauseSpec(
        int Code,
        string Name,
        string Identifier,
        EquatableArray<string> Aliases,
        string CategoryIdentifier,
        string Description,
        string NextSteps,
        string Details,
        EquatableArray<string> Sources,
        string SourcesText,
        string CallTypes,
        string CallStates);
}

namespace HangupGen.Generator.Model
{
    /// <summary>One row of a vocabulary table: a documented spelling and what it means.</summary>
    /// <param name="Value">The enum value: the row's code, or its rank from 1 in a table without codes.</param>
    /// <param name="Name">The documented spelling, as it travels on the wire (<c>no-answer</c>, <c>NORMAL_CLEARING</c>).</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="Aliases">Other spellings <c>TryParse</c> accepts.</param>
    /// <param name="Description">The documented description; empty where the table leaves it blank.</param>
    /// <param name="SipStatus">The SIP response status the member maps to, or 0 where there is none.</param>
    internal sealed record VocabularyMemberSpec(int Value, string Name, string Identifier, EquatableArray<string> Aliases, string Description, int SipStatus);
}

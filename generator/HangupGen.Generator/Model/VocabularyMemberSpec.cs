namespace HangupGen.Generator.Model
{
    /// <summary>One row of a vocabulary table: a documented spelling and what it means.</summary>
    /// <param name="Value">The enum value: the row's code, or its rank in a table without codes (see <see cref="Vocabulary.FirstValue"/>).</param>
    /// <param name="Name">The documented spelling, as it travels on the wire (<c>no-answer</c>, <c>NORMAL_CLEARING</c>).</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="Aliases">Other spellings <c>TryParse</c> accepts.</param>
    /// <param name="Description">The documented description; empty where the table leaves it blank.</param>
    /// <param name="SipStatus">The SIP response status the member maps to, or 0 where there is none.</param>
    internal sealed record VocabularyMemberSpec(int Value, string Name, string Identifier, EquatableArray<string> Aliases, string Description, int SipStatus)
    {
        /// <summary>The side that reports the member (<see cref="ReportingSide"/>), where the vocabulary has sides.</summary>
        public ReportingSide Side { get; init; }

        /// <summary>How Bolna describes the member, where its table has Bolna's columns; empty otherwise.</summary>
        public string BolnaDescription { get; init; } = string.Empty;

        /// <summary>The hangup codes Bolna documents for the member, in table order, where its table has Bolna's columns.</summary>
        public EquatableArray<int> BolnaCodes { get; init; }
    }
}

namespace HangupGen.Generator.Model
{
    /// <summary>The valid rows of one vocabulary table.</summary>
    /// <param name="Key">The <see cref="Vocabulary.Key"/> of the vocabulary.</param>
    /// <param name="Members">The members, in value order.</param>
    internal sealed record VocabularyTableSpec(string Key, EquatableArray<VocabularyMemberSpec> Members);
}

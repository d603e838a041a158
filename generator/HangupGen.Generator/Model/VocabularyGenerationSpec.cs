namespace HangupGen.Generator.Model
{
    /// <summary>Everything the vocabulary emitters need.</summary>
    internal sealed record VocabularyGenerationSpec(VocabularyTableSpec Table, EmitSettings Settings);
}

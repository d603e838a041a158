namespace HangupGen.Generator.Model
{
    /// <summary>What reading a vocabulary table produced: its valid rows and its located problems.</summary>
    internal sealed record VocabularyParseResult(VocabularyTableSpec? Table, EquatableArray<GeneratorProblem> Problems);
}

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// A problem found in a hangup table or in the generator's settings, located by value (path, offsets, line and column) so that
    /// it can sit in the pipeline's model; it becomes a <c>Diagnostic</c> only when it is reported.
    /// </summary>
    /// <param name="Id">The diagnostic ID, one of the HG1xxx <c>DiagnosticIds</c>.</param>
    /// <param name="Path">The table's path, or empty for problems that belong to no file.</param>
    /// <param name="Start">The offset of the first character in the file.</param>
    /// <param name="Length">How many characters the problem spans.</param>
    /// <param name="Line">The zero-based line of <paramref name="Start"/>.</param>
    /// <param name="Column">The zero-based column of <paramref name="Start"/>.</param>
    /// <param name="EndLine">The zero-based line of the end of the span.</param>
    /// <param name="EndColumn">The zero-based column of the end of the span.</param>
    /// <param name="Arguments">The arguments of the diagnostic's message format.</param>
    internal sealed record GeneratorProblem(
        string Id,
        string Path,
        int Start,
        int Length,
        int Line,
        int Column,
        int EndLine,
        int EndColumn,
        EquatableArray<string> Arguments);
}

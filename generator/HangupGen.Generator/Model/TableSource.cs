namespace HangupGen.Generator.Model
{
    /// <summary>
    /// The text of one table file. The compiler hands the generator a new <c>AdditionalText</c> on
    /// every build even when nothing changed; reading it to a string at once lets an unchanged table
    /// compare equal and keeps the rest of the pipeline cached.
    /// </summary>
    /// <param name="Kind">Which table it is: <c>HangupCodes</c>, or a vocabulary's key (<c>CallStatuses</c>, …).</param>
    /// <param name="Path">The file's path, used to locate problems.</param>
    /// <param name="Text">The file's content, or <see langword="null"/> when it could not be read.</param>
    /// <param name="IsMarked">
    /// Whether the file carries the <c>HangupGenTable</c> metadata (the package's <c>HangupGen…Table</c>
    /// properties), rather than being a table by its name alone.
    /// </param>
    internal sealed record TableSource(string Kind, string Path, string? Text, bool IsMarked);
}

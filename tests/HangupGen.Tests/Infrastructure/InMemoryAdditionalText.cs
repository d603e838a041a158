using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// An additional file held in memory, as the compiler hands one to a generator; a null text is a
/// file the compiler could not read. The one copy for the tests and the benchmarks (which link this
/// file): its text is made once, so repeated reads cost nothing a real build would not.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// Run alone, after the parallel collections: the builder keeps one spare chunk between files, and a
/// file written by a test on another thread could take it, leaving these tests a new, empty chunk.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SpareChunkCollection
{
    public const string Name = "Spare chunk";
}

/// <summary>What a file written into the chunk an earlier file gave back holds.</summary>
[Collection(SpareChunkCollection.Name)]
public sealed class SpareChunkTests
{
    [Fact]
    public void A_buffer_handed_on_from_an_earlier_file_holds_only_the_new_files_text()
    {
        // The next file writes over the bytes the last one left: a wide character there must not show.
        string earlier = new string('\u2192', 4) + new string('b', 96);
        Assert.Equal(earlier, CompactSourceTextTests.Compact(earlier).ToString());
        string text = new string('c', 50) + "\u2019" + new string('d', 49);

        SourceText next = CompactSourceTextTests.Compact(text);

        Assert.Equal(text, next.ToString());
        Assert.Equal(text, new string(Enumerable.Range(0, text.Length).Select(i => next[i]).ToArray()));
    }
}

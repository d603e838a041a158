namespace HangupAnalysis.Cdr;

/// <summary>
/// A small, fixed pseudo-random generator (SplitMix64). The sample CDR file must come out byte for
/// byte the same from the same seed on every runtime, which <see cref="System.Random"/> does not promise.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    /// <summary>Starts the sequence for <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="maxExclusive"/> - 1 (the modulo bias is negligible for the small ranges used here).</summary>
    public int Next(int maxExclusive) => (int)(NextBits() % (ulong)maxExclusive);
}

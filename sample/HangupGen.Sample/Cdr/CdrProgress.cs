namespace HangupAnalysis.Cdr;

/// <summary>How far reading a CDR file has got.</summary>
/// <param name="BytesRead">Bytes read so far (the reader buffers ahead, so this runs slightly early).</param>
/// <param name="TotalBytes">The file's length, when known.</param>
/// <param name="Rows">Records read so far, counted or not.</param>
internal sealed record CdrProgress(long BytesRead, long? TotalBytes, int Rows)
{
    /// <summary>The fraction read, from 0 to 1, when the length is known.</summary>
    public double? Fraction => TotalBytes is long total && total > 0 ? System.Math.Min(1.0, (double)BytesRead / total) : null;
}

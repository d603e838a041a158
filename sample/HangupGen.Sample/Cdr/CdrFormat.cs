using System;
using System.IO;

namespace HangupAnalysis.Cdr;

/// <summary>The CDR export formats the report reads.</summary>
internal enum CdrFormat
{
    /// <summary>CSV with a header line (RFC 4180).</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

/// <summary>Tells which format a CDR file is in.</summary>
internal static class CdrFormats
{
    /// <summary>
    /// Decides by the file's extension; with any other extension, by the first character of the
    /// content (<c>{</c> for JSON lines), leaving a seekable stream where it was.
    /// </summary>
    public static CdrFormat Detect(string fileName, Stream stream)
    {
        string extension = Path.GetExtension(fileName);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CdrFormat.Csv;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return CdrFormat.JsonLines;
        }

        if (!stream.CanSeek)
        {
            return CdrFormat.Csv;
        }

        long start = stream.Position;
        try
        {
            int b;
            do
            {
                b = stream.ReadByte();
            }
            while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
            return b == '{' ? CdrFormat.JsonLines : CdrFormat.Csv;
        }
        finally
        {
            stream.Position = start;
        }
    }
}

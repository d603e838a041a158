using System.IO;
using System.Text;
using System.Threading;

namespace HangupAnalysis.Cdr;

/// <summary>Reads an export in either format into a sink, as UTF-8 (with or without a byte order mark).</summary>
internal static class ExportReader
{
    /// <summary>Reads every record of <paramref name="stream"/>, which is left open.</summary>
    /// <exception cref="CdrFormatException">The file cannot be read at all.</exception>
    public static void Read(Stream stream, CdrFormat format, IExportRowSink sink, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        if (format == CdrFormat.JsonLines)
        {
            JsonLinesCdrReader.Read(reader, sink);
        }
        else
        {
            CsvCdrReader.Read(reader, sink, cancellationToken);
        }
    }
}

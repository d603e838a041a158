using System;

namespace HangupAnalysis.Cdr;

/// <summary>A CDR file that cannot be read at all: empty, or a CSV header without the fields the report needs.</summary>
internal sealed class CdrFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CdrFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CdrFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CdrFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

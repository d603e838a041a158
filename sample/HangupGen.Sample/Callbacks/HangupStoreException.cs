using System;

namespace HangupAnalysis.Callbacks;

/// <summary>The database of received hangups cannot be opened or written: <c>serve</c> stops at start-up with this message.</summary>
internal sealed class HangupStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HangupStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HangupStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HangupStoreException()
    {
    }
}

using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Callbacks;

/// <summary>How the callback receiver runs.</summary>
/// <param name="Urls">Where Kestrel listens (<c>--urls</c>); port 0 picks a free port.</param>
/// <param name="DatabasePath">The SQLite file (<c>--db</c>); <see langword="null"/> keeps events in memory.</param>
/// <param name="MinimumLogLevel">The least important log messages written.</param>
internal sealed record ServeOptions(string Urls, string? DatabasePath, LogLevel MinimumLogLevel = LogLevel.Information)
{
    /// <summary>Loopback only, unless told otherwise: put a reverse proxy in front to receive Plivo's posts.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
}

using System;
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

    /// <summary>The environment variable Plivo's SDKs read the auth token from.</summary>
    public const string AuthTokenVariable = "PLIVO_AUTH_TOKEN";

    /// <summary>Plivo's callbacks are a few kilobytes; anything far larger is refused.</summary>
    public const long DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// The account's (or subaccount's) auth token (<c>--auth-token</c> or <c>PLIVO_AUTH_TOKEN</c>). When
    /// set, every callback must carry a valid <c>X-Plivo-Signature-V3</c>; when not, callbacks are not verified.
    /// </summary>
    public string? AuthToken { get; init; }

    /// <summary>
    /// The public URL the app is reached at behind a proxy (<c>--public-url</c>), such as
    /// <c>https://hooks.example.com/plivo</c>: the URL Plivo called, and signed, is this followed by the
    /// request's path and query. <see langword="null"/>: the request's own URL.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>The largest request body accepted.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>Where hangup callbacks are posted (a setting for tests that mount the endpoint where a published example was signed).</summary>
    public string HangupPath { get; init; } = CallbackEndpoints.HangupPath;

    /// <summary>Where Dial events are posted.</summary>
    public string DialPath { get; init; } = CallbackEndpoints.DialPath;
}

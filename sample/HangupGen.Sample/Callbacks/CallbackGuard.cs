using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace HangupAnalysis.Callbacks;

/// <summary>
/// What every callback passes before it is parsed: a body no larger than the limit (413 otherwise),
/// and, when an auth token is configured, a valid <c>X-Plivo-Signature-V3</c> (403 otherwise).
/// Refused requests get a problem-details body and are never stored.
/// </summary>
internal sealed class CallbackGuard : IEndpointFilter
{
    private const string LoggerName = "HangupAnalysis.Callbacks";
    private readonly ServeOptions _options;

    /// <summary>Guards with the limits and the auth token of <paramref name="options"/>.</summary>
    public CallbackGuard(ServeOptions options) => _options = options;

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpRequest request = context.HttpContext.Request;
        if (request.ContentLength > _options.MaxRequestBodyBytes)
        {
            return TooLarge();
        }

        if (_options.AuthToken is string authToken)
        {
            IEnumerable<KeyValuePair<string, StringValues>> parameters = [];
            if (request.HasFormContentType)
            {
                try
                {
                    parameters = await request.ReadFormAsync(context.HttpContext.RequestAborted);
                }
                catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return TooLarge();
                }
                catch (InvalidDataException exception)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form cannot be read.", detail: exception.Message);
                }
            }

            if (Refusal(request, authToken, parameters) is string reason)
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName)
                    .LogWarning("Refused a callback to {Path}: {Reason}", request.Path.Value, reason);
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The request is not signed by Plivo.", detail: reason);
            }
        }

        return await next(context);
    }

    /// <summary>The URL Plivo called: the request's own, or under <see cref="ServeOptions.PublicUrl"/> behind a proxy.</summary>
    public static Uri CalledUrl(HttpRequest request, Uri? publicUrl)
    {
        if (publicUrl is null)
        {
            return new Uri(request.GetEncodedUrl());
        }

        string prefix = publicUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(prefix + request.Path.ToUriComponent() + request.QueryString.ToUriComponent());
    }

    private string? Refusal(HttpRequest request, string authToken, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        string signatures = request.Headers[PlivoSignatureV3.SignatureHeader].ToString();
        string nonce = request.Headers[PlivoSignatureV3.NonceHeader].ToString();
        if (signatures.Length == 0 || nonce.Length == 0)
        {
            return $"The {PlivoSignatureV3.SignatureHeader} and {PlivoSignatureV3.NonceHeader} headers are required: this receiver verifies Plivo's signatures.";
        }

        Uri url = CalledUrl(request, _options.PublicUrl);
        return PlivoSignatureV3.Verify(authToken, request.Method, url, parameters, nonce, signatures)
            ? null
            : $"No signature in {PlivoSignatureV3.SignatureHeader} matches the auth token for {url.GetLeftPart(UriPartial.Path)}. Behind a proxy, set the public URL Plivo calls.";
    }

    private IResult TooLarge() => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"A callback is a small form; this receiver accepts at most {_options.MaxRequestBodyBytes} bytes.");
}

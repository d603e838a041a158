using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Hangups;
using HangupAnalysis.Reports;
using HangupGen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Callbacks;

/// <summary>The endpoints Plivo posts to: hangup callbacks and Dial events.</summary>
internal static class CallbackEndpoints
{
    /// <summary>Set a call's (or an application's) <c>hangup_url</c> to this path.</summary>
    public const string HangupPath = "/callbacks/hangup";

    /// <summary>Set a Dial element's <c>callbackUrl</c> to this path.</summary>
    public const string DialPath = "/callbacks/dial";

    private const string LoggerName = "HangupAnalysis.Callbacks";

    /// <summary>Maps the hangup and Dial endpoints at the paths of <paramref name="options"/>, behind a <see cref="CallbackGuard"/>.</summary>
    public static IEndpointRouteBuilder MapCallbackEndpoints(this IEndpointRouteBuilder endpoints, ServeOptions options)
    {
        var guard = new CallbackGuard(options);
        MapCallback(endpoints, options.HangupPath, HangupCallbackParser.Parse, guard, CallbackOpenApi.ReceiveHangup, "Receives a hangup callback (a call's hangup_url).");
        MapCallback(endpoints, options.DialPath, DialHangupParser.Parse, guard, CallbackOpenApi.ReceiveDialEvent, "Receives a Dial event (a Dial element's callbackUrl); hangups are stored.");
        return endpoints;
    }

    private static void MapCallback(
        IEndpointRouteBuilder endpoints, string path, Func<IFormCollection, CallbackParseResult> parse, CallbackGuard guard, string name, string summary)
        => endpoints.MapPost(path, (HttpRequest request, HangupEventStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
                => ReceiveAsync(request, parse, store, loggers.CreateLogger(LoggerName), cancellationToken))
            .AddEndpointFilter(guard)
            .WithName(name)
            .WithSummary(summary)
            .Produces<CallbackReceipt>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, Func<IFormCollection, CallbackParseResult> parse, HangupEventStore store, ILogger logger, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Callbacks are form posts.",
                detail: $"Send application/x-www-form-urlencoded, as Plivo does; the request's Content-Type is '{request.ContentType}'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form cannot be read.", detail: exception.Message);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.", detail: exception.Message);
        }

        CallbackParseResult result = parse(form);
        if (result.IgnoredBecause is string reason)
        {
            return Results.Ok(new CallbackReceipt("ignored", null, null, null, null, null, reason));
        }

        if (result.Hangup is not ReceivedHangup hangup)
        {
            return Results.ValidationProblem(
                result.Problems.GroupBy(problem => problem.Field).ToDictionary(group => group.Key, group => group.Select(problem => problem.Message).ToArray()),
                title: "The callback has invalid fields.");
        }

        // A repeated delivery still gets a 200: Plivo retries a callback until it does.
        bool stored = store.Add(hangup);
        if (stored)
        {
            Log(logger, hangup);
        }

        ResolvedCause cause = hangup.Cause;
        bool dial = hangup.Kind == HangupEventKind.DialHangup;
        return Results.Ok(new CallbackReceipt(
            stored ? "stored" : "duplicate",
            hangup.CallUuid,
            cause.Kind == CauseKind.Unrecognized ? null : cause.Code,
            cause.Describe(),
            cause.TryGetCategory(out HangupCategory category) ? category.GetName() : null,
            cause.FollowUp.GetName(),
            null,
            dial ? null : Outcome(hangup.CallStatus, hangup.Status, status => status.GetName()),
            dial ? Outcome(hangup.DialStatus, hangup.Status, status => status.GetName()) : null,
            dial ? Outcome(hangup.TelephonyCause, hangup.CauseText, telephony => telephony.GetName()) : null));
    }

    // The documented value as the table spells it, the report's bucket for other text, or null when not sent.
    private static string? Outcome<T>(T? parsed, string? text, Func<T, string> name)
        where T : struct
        => parsed is T value ? name(value) : text is null ? null : ReportLabels.UndocumentedValue(text);

    private static void Log(ILogger logger, ReceivedHangup hangup)
    {
        if (hangup.HasUndocumentedOutcome)
        {
            logger.LogWarning(
                "Call {CallUuid} came with a status or telephony cause Plivo does not document (status '{Status}', cause '{CauseText}'): stored as sent and reported as undocumented.",
                hangup.CallUuid,
                hangup.Status,
                hangup.CauseText);
        }

        ResolvedCause cause = hangup.Cause;
        if (cause.TryGetCause(out HangupCause documented))
        {
            if (cause.FollowUp == FollowUp.Alert)
            {
                logger.LogError("Call {CallUuid} ended with {Cause}. Next steps: {NextSteps}", hangup.CallUuid, cause.Describe(), documented.GetNextSteps());
            }
            else
            {
                logger.LogInformation("Call {CallUuid} ended with {Cause} ({FollowUp}).", hangup.CallUuid, cause.Describe(), cause.FollowUp.GetName());
            }
        }
        else if (cause.Kind == CauseKind.Undocumented)
        {
            logger.LogWarning("Call {CallUuid} ended with {Cause}: stored and reported; look the code up and add it to HangupCodes.csv.", hangup.CallUuid, cause.Describe());
        }
        else
        {
            logger.LogWarning("Call {CallUuid} ended with {Cause}: stored and reported; if it means a documented cause, add it to that row's aliases in HangupCodes.csv.", hangup.CallUuid, cause.Describe());
        }
    }
}

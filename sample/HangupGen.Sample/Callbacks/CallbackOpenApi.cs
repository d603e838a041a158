using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HangupAnalysis.Hangups;
using HangupGen;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace HangupAnalysis.Callbacks;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>). The callbacks read their form themselves, so their
/// request bodies are described here, with the hangup fields taken from the generated types: the
/// documented codes with their names, the documented names, the sources, the categories.
/// </summary>
internal static class CallbackOpenApi
{
    /// <summary>The operation id of <c>POST /callbacks/hangup</c>.</summary>
    public const string ReceiveHangup = "ReceiveHangup";

    /// <summary>The operation id of <c>POST /callbacks/dial</c>.</summary>
    public const string ReceiveDialEvent = "ReceiveDialEvent";

    private const string FormContentType = "application/x-www-form-urlencoded";

    /// <summary>Adds the document generator with the hangup descriptions.</summary>
    public static IServiceCollection AddCallbackOpenApi(this IServiceCollection services)
        => services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "HangupGen sample: Plivo hangup receiver";
                document.Info.Description = "Receives Plivo's hangup_url callbacks and Dial events and reports why calls ended. "
                    + "With an auth token configured, every callback must carry a valid X-Plivo-Signature-V3 (403 otherwise).";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeForm);
        });

    private static Task DescribeForm(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        OpenApiSchema? form = operation.OperationId switch
        {
            ReceiveHangup => HangupForm(),
            ReceiveDialEvent => DialForm(),
            _ => null,
        };
        if (form is not null)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The form Plivo posts.",
                Content = new Dictionary<string, OpenApiMediaType> { [FormContentType] = new() { Schema = form } },
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema HangupForm() => Form(
        new()
        {
            [HangupCallbackParser.CallUuid] = Text("The call's unique ID: a repeated delivery for the same call is counted once."),
            [HangupFieldNames.Callback.Code] = Code(),
            [HangupFieldNames.Callback.Name] = Text("The documented cause name; it must name the same cause as the code. Documented names: "
                + string.Join(", ", HangupCauses.All.Select(cause => cause.GetName())) + "."),
            [HangupFieldNames.Callback.Source] = Source(),
            ["Direction"] = Enumerated("inbound or outbound.", ["inbound", "outbound"]),
            ["CallStatus"] = Text("The call's status, kept as sent; one outside the documented values is stored and reported as undocumented. Documented: "
                + string.Join(", ", CallStatuses.All.Select(status => status.GetName())) + "."),
            ["From"] = Text("The caller's number."),
            ["To"] = Text("The called number."),
            ["Duration"] = Text("The call's duration in whole seconds.", "^[0-9]+$"),
            ["BillDuration"] = Text("The billed duration in whole seconds.", "^[0-9]+$"),
            ["EndTime"] = Text("When the call ended, such as 2025-03-03 10:15:22 (UTC unless an offset is given)."),
        },
        [HangupCallbackParser.CallUuid]);

    private static OpenApiSchema DialForm() => Form(
        new()
        {
            ["DialAction"] = Text("The event: only 'hangup' is stored; other events are acknowledged and ignored."),
            [DialHangupParser.ALegUuid] = Text("The A leg: the call that dialed."),
            ["DialBLegUUID"] = Text("The B leg, when one was answered."),
            [DialHangupParser.HangupCause] = Text("The dialed leg's hangup cause: a code, a documented name, or other telephony text (kept as unrecognized). "
                + "Documented: " + DocumentedCodes() + ". It is also read as a standard telephony cause, by name or number, for the Dial outcome: "
                + string.Join(", ", TelephonyCauses.All.Select(cause => string.Create(CultureInfo.InvariantCulture, $"{cause.GetName()} ({(int)cause})"))) + "."),
            ["DialStatus"] = Text("How the dial ended, kept as sent; one outside the documented values is stored and reported as undocumented. Documented: "
                + string.Join(", ", DialStatuses.All.Select(status => status.GetName())) + "."),
            ["DialRingStatus"] = Enumerated("Whether the B leg rang.", ["true", "false"]),
        },
        [DialHangupParser.ALegUuid, DialHangupParser.HangupCause]);

    private static OpenApiSchema Code() => new()
    {
        Type = JsonSchemaType.String,
        Pattern = "^[0-9]+$",
        Description = "The hangup code as Plivo sends it, such as \"3010\". A code the table does not document is stored and reported "
            + "with the category whose range holds it. Documented codes (category): "
            + string.Join("; ", HangupCauses.All.GroupBy(cause => cause.GetCategory()).Select(group => $"{group.Key.GetName()}: "
                + string.Join(", ", group.Select(cause => string.Create(CultureInfo.InvariantCulture, $"{(int)cause} {cause.GetName()}")))))
            + ".",
        Examples = [.. HangupCauses.All.Take(3).Select(cause => (JsonNode)JsonValue.Create(((int)cause).ToString(CultureInfo.InvariantCulture)))],
    };

    private static OpenApiSchema Source() => Enumerated(
        "Who hung up: one of the documented hangup sources.",
        [.. HangupSources.All.Select(source => source.GetName())]);

    private static string DocumentedCodes()
        => string.Join(", ", HangupCauses.All.Select(cause => string.Create(CultureInfo.InvariantCulture, $"{(int)cause} {cause.GetName()}")));

    private static OpenApiSchema Form(Dictionary<string, IOpenApiSchema> properties, string[] required) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties,
        Required = new HashSet<string>(required),
    };

    private static OpenApiSchema Text(string description, string? pattern = null)
        => new() { Type = JsonSchemaType.String, Description = description, Pattern = pattern };

    private static OpenApiSchema Enumerated(string description, string[] values)
        => new() { Type = JsonSchemaType.String, Description = description, Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))] };
}

using HangupAnalysis.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HangupAnalysis.Callbacks;

/// <summary>The report over the stored hangups: JSON at <c>/stats</c>, a small page at <c>/</c>.</summary>
internal static class StatsEndpoints
{
    /// <summary>The JSON report.</summary>
    public const string StatsPath = "/stats";

    /// <summary>The OpenAPI document of the endpoints.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>Maps <c>GET /stats</c> and <c>GET /</c>.</summary>
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StatsPath, (HangupEventStore store) => TypedResults.Ok(store.BuildReport()))
            .WithName("GetStats")
            .WithSummary("The report on the stored hangups, as JSON: by category, source, cause (with next steps) and follow-up.");
        endpoints.MapGet("/", (HangupEventStore store) => Results.Content(HtmlReportWriter.Write(store.BuildReport()), "text/html; charset=utf-8"))
            .WithName("GetReportPage")
            .WithSummary("The report as an HTML page with charts.")
            .Produces<string>(contentType: "text/html");
        return endpoints;
    }
}

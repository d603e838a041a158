using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Callbacks;

/// <summary>
/// Builds the callback receiver: a minimal API over a <see cref="HangupEventStore"/>. The services and
/// the pipeline are set up by <see cref="AddServices"/> and <see cref="Configure"/>, which the
/// <c>serve</c> command and the tests' in-memory host share.
/// </summary>
internal static class SampleWebApp
{
    /// <summary>Builds the app on Kestrel; it listens once started.</summary>
    public static WebApplication Create(ServeOptions options)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SampleWebApp).Assembly.GetName().Name,
            // Not the working directory: the app reads no files from wherever it is started.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        ConfigureLogging(builder.Logging, options);
        AddServices(builder.Services, options);

        WebApplication app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>Sets the log levels: the hangups at <see cref="ServeOptions.MinimumLogLevel"/>, the framework's warnings.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, ServeOptions options)
    {
        logging.SetMinimumLevel(options.MinimumLogLevel);
        // One line per request drowns the lines about hangups; the framework's warnings still show.
        logging.AddFilter("Microsoft.AspNetCore", options.MinimumLogLevel > LogLevel.Warning ? options.MinimumLogLevel : LogLevel.Warning);
    }

    /// <summary>Adds the store, problem details and routing.</summary>
    public static void AddServices(IServiceCollection services, ServeOptions options)
    {
        services.AddSingleton(options);
        services.AddRouting();
        services.AddProblemDetails();
        services.AddCallbackOpenApi();
        services.AddSingleton(_ => new HangupEventStore(options.DatabasePath));
    }

    /// <summary>Opens the store and maps the endpoints.</summary>
    public static void Configure(IApplicationBuilder app)
    {
        // Open the database now, so a bad --db path fails at start rather than at the first callback.
        app.ApplicationServices.GetRequiredService<HangupEventStore>();
        ServeOptions options = app.ApplicationServices.GetRequiredService<ServeOptions>();
        app.UseExceptionHandler();
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapCallbackEndpoints(options);
            endpoints.MapStatsEndpoints();
            endpoints.MapOpenApi(StatsEndpoints.OpenApiPath.Replace("v1", "{documentName}", System.StringComparison.Ordinal));
        });
    }
}

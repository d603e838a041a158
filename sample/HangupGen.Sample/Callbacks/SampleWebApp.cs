using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Callbacks;

/// <summary>Builds the callback receiver: a minimal API over a <see cref="HangupEventStore"/>.</summary>
internal static class SampleWebApp
{
    /// <summary>Builds the app; it listens once started.</summary>
    public static WebApplication Create(ServeOptions options)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SampleWebApp).Assembly.GetName().Name,
            // Not the working directory: the app reads no files from wherever it is started.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        // One line per request drowns the lines about hangups; the framework's warnings still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", options.MinimumLogLevel > LogLevel.Warning ? options.MinimumLogLevel : LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(_ => new HangupEventStore(options.DatabasePath));

        WebApplication app = builder.Build();

        // Open the database now, so a bad --db path fails at start rather than at the first callback.
        app.Services.GetRequiredService<HangupEventStore>();
        app.UseExceptionHandler();
        app.MapCallbackEndpoints();
        app.MapStatsEndpoints();
        return app;
    }
}

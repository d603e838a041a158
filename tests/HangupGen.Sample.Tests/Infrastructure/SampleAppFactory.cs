using HangupAnalysis.Callbacks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>
/// The sample's receiver in memory (WebApplicationFactory and TestServer), with the services and
/// pipeline <c>serve</c> uses (<see cref="SampleWebApp.AddServices"/>, <see cref="SampleWebApp.Configure"/>).
/// The sample's entry point is its command line, so the host is built here rather than from Main.
/// </summary>
internal sealed class SampleAppFactory : WebApplicationFactory<ServeOptions>
{
    private readonly ServeOptions _options;

    public SampleAppFactory(ServeOptions? options = null)
        => _options = options ?? new ServeOptions("http://localhost", null, LogLevel.None);

    protected override IHostBuilder CreateHostBuilder()
        => new HostBuilder().ConfigureWebHost(web => web
            .ConfigureLogging(logging => SampleWebApp.ConfigureLogging(logging, _options))
            .ConfigureServices(services => SampleWebApp.AddServices(services, _options))
            .Configure(SampleWebApp.Configure));
}

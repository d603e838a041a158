using System;
using System.IO;
using System.Linq;
using System.Reflection;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Package;

/// <summary>
/// Packs HangupGen once for all the package tests, into a temporary folder feed, with a version
/// no cache can hold (<c>1.0.0-e2e.…</c>). Consumer projects are created under the same temporary
/// root, restore into a private package folder, and are deleted with it. They restore offline:
/// their only sources are that feed and the machine's global packages folder, which the
/// repository's own restore has filled with what they need besides HangupGen (NETStandard.Library
/// for the netstandard2.0 library); a package missing from it fails the restore with NU1101,
/// naming it, instead of reaching the network.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "hangupgen-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        Version = "1.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        GlobalPackagesFolder = FindGlobalPackagesFolder();
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="hangupgen-e2e" value="{FeedDirectory}" />
                <add key="global-packages" value="{GlobalPackagesFolder}" />
              </packageSources>
            </configuration>
            """);

        Configuration = typeof(PackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string project = Path.Combine(TestPaths.RepositoryRoot, "generator", "HangupGen.Package", "HangupGen.Package.csproj");
        // The test build has already built (and restored) the package project and its assemblies,
        // as a project reference: pack what it built, without touching the repository's state.
        DotnetResult pack = DotnetCli.Run(TestPaths.RepositoryRoot, packagesFolder: null,
            "pack", project, "-c", Configuration, "-o", FeedDirectory, "-p:PackageVersion=" + Version, "--no-build", "--no-restore", "--disable-build-servers", "-nologo");
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(FeedDirectory, "HangupGen." + Version + ".nupkg");
    }

    /// <summary>The temporary root: the feed, the private package folder and the consumer projects.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    /// <summary>The machine's global packages folder, the consumers' second (read-only) source.</summary>
    public string GlobalPackagesFolder { get; }

    /// <summary>The configuration the tests (and so the repository's projects) were built in.</summary>
    public string Configuration { get; }

    /// <summary>The packed version, unique to this test run.</summary>
    public string Version { get; }

    /// <summary>The packed <c>.nupkg</c>.</summary>
    public string PackagePath { get; }

    /// <summary>A new, empty directory for a consumer solution.</summary>
    public string NewWorkspace(string name)
    {
        string directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> against the feed.</summary>
    public DotnetResult Dotnet(string directory, params string[] arguments) => DotnetCli.Run(directory, PackagesDirectory, arguments);

    /// <summary>Builds the project or solution in <paramref name="directory"/> as a user would, with no build server left behind.</summary>
    public DotnetResult Build(string directory, params string[] extraArguments)
        => Dotnet(directory, ["build", "--disable-build-servers", "-nologo", "-v:minimal", .. extraArguments]);

    /// <summary>The global packages folder the repository restores into, as NuGet reports it.</summary>
    private static string FindGlobalPackagesFolder()
    {
        DotnetResult locals = DotnetCli.Run(TestPaths.RepositoryRoot, packagesFolder: null, "nuget", "locals", "global-packages", "--list");
        const string Prefix = "global-packages: ";
        string? line = locals.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (!locals.Succeeded || line is null || !Directory.Exists(line[Prefix.Length..]))
        {
            throw new InvalidOperationException("The global packages folder was not found:\n" + locals.Output);
        }

        return line[Prefix.Length..];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}

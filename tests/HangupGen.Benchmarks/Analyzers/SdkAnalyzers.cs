using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// What a default <c>dotnet build</c> of a net10.0 project runs besides HangupGen, loaded from the
/// installed SDK so the A/B benchmark compares against a real build: the SDK's NetAnalyzers
/// (<c>sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk/analyzers/</c>) with the severities of the default
/// analysis level (<c>analyzers/build/config/analysislevel_&lt;major&gt;_default.globalconfig</c>, which
/// for 10.0 only turns CA1516 off; every other rule keeps its own default), and the source
/// generators of the targeting pack (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs/</c>:
/// JSON, regex, LibraryImport, COM and JSImport).
/// </summary>
public sealed partial class SdkAnalyzers
{
    private SdkAnalyzers(string sdkDirectory, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators, ImmutableDictionary<string, ReportDiagnostic> severities, string globalConfig)
    {
        SdkDirectory = sdkDirectory;
        Analyzers = analyzers;
        Generators = generators;
        Severities = severities;
        GlobalConfig = globalConfig;
    }

    /// <summary>The SDK the analyzers were loaded from, e.g. <c>/usr/share/dotnet/sdk/10.0.401</c>.</summary>
    public string SdkDirectory { get; }

    /// <summary>The C# NetAnalyzers (CA rules) of the SDK.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>The targeting pack's source generators.</summary>
    public ImmutableArray<ISourceGenerator> Generators { get; }

    /// <summary>The rule severities the default analysis level's globalconfig sets, for <see cref="CompilationOptions.SpecificDiagnosticOptions"/>.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Severities { get; }

    /// <summary>The globalconfig file the severities came from.</summary>
    public string GlobalConfig { get; }

    /// <summary>Loads the NetAnalyzers and generators of the SDK that <c>dotnet --version</c> names (global.json respected).</summary>
    public static SdkAnalyzers Load()
    {
        string root = DotnetRoot();
        string version = SdkVersion(root);
        string sdk = Path.Combine(root, "sdk", version);
        string analyzersDirectory = Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers");
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(file => Reference(Path.Combine(analyzersDirectory, file)).GetAnalyzers(LanguageNames.CSharp))];
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"No NetAnalyzers in {analyzersDirectory}.");
        }

        string major = version.Split('.')[0];
        string globalConfig = Path.Combine(analyzersDirectory, "build", "config", $"analysislevel_{major}_default.globalconfig");
        return new SdkAnalyzers(sdk, analyzers, TargetingPackGenerators(root), ReadSeverities(globalConfig), globalConfig);
    }

    /// <summary><paramref name="options"/> with the default analysis level's severities added.</summary>
    public CompilationOptions Apply(CompilationOptions options)
        => options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItems(Severities));

    /// <summary>
    /// The dotnet root: <c>DOTNET_ROOT</c>, else the folder of the <c>dotnet</c> host running this
    /// process, else three folders above the running runtime (<c>shared/Microsoft.NETCore.App/&lt;version&gt;</c>).
    /// </summary>
    private static string DotnetRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "sdk")))
        {
            return fromEnvironment;
        }

        string? host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" && Directory.Exists(Path.Combine(Path.GetDirectoryName(host)!, "sdk")))
        {
            return Path.GetDirectoryName(host)!;
        }

        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
    }

    /// <summary>The SDK <c>dotnet --version</c> picks here; the newest installed one if that fails.</summary>
    private static string SdkVersion(string root)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Path.Combine(root, "dotnet"), "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            string version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode == 0 && Directory.Exists(Path.Combine(root, "sdk", version)))
            {
                return version;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No runnable host next to the root: fall back to the folders.
        }

        return Directory.GetDirectories(Path.Combine(root, "sdk"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => Version.TryParse(name.Split('-')[0], out _))
            .OrderBy(name => Version.Parse(name.Split('-')[0]))
            .Last();
    }

    /// <summary>The generators of the newest targeting pack of the running runtime's major version.</summary>
    private static ImmutableArray<ISourceGenerator> TargetingPackGenerators(string root)
    {
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        string? pack = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(p => Path.GetFileName(p).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal))
                .OrderBy(p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out Version? v) ? v : new Version())
                .LastOrDefault()
            : null;
        string? directory = pack is null ? null : Path.Combine(pack, "analyzers", "dotnet", "cs");
        return directory is null || !Directory.Exists(directory)
            ? []
            : [.. Directory.GetFiles(directory, "*.dll").OrderBy(f => f, StringComparer.Ordinal).SelectMany(file => Reference(file).GetGenerators(LanguageNames.CSharp))];
    }

    private static AnalyzerFileReference Reference(string path)
    {
        var reference = new AnalyzerFileReference(path, DirectoryLoader.Instance);
        reference.AnalyzerLoadFailed += (_, failure) => throw new InvalidOperationException($"Could not load {path}: {failure.Message}", failure.Exception);
        return reference;
    }

    /// <summary>The <c>dotnet_diagnostic.ID.severity = value</c> lines of a globalconfig.</summary>
    private static ImmutableDictionary<string, ReportDiagnostic> ReadSeverities(string globalConfig)
    {
        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in File.Exists(globalConfig) ? File.ReadLines(globalConfig) : [])
        {
            Match match = SeverityLine().Match(line);
            if (match.Success)
            {
                severities[match.Groups["id"].Value] = match.Groups["severity"].Value.ToLowerInvariant() switch
                {
                    "none" => ReportDiagnostic.Suppress,
                    "silent" => ReportDiagnostic.Hidden,
                    "suggestion" => ReportDiagnostic.Info,
                    "warning" => ReportDiagnostic.Warn,
                    "error" => ReportDiagnostic.Error,
                    _ => ReportDiagnostic.Default,
                };
            }
        }

        return severities.ToImmutable();
    }

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(?<id>[A-Za-z0-9]+)\.severity\s*=\s*(?<severity>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex SeverityLine();

    /// <summary>Loads an analyzer assembly, and its dependencies from its folder, into the default context (so Roslyn's types are shared).</summary>
    private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
    {
        public static readonly DirectoryLoader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

using System;
using System.IO;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// The <c>generate-project</c> command: writes the synthetic project to disk as a real project that
/// loads the HangupGen generator and analyzers built next to this program, so that
/// <c>dotnet build -p:ReportAnalyzer=true</c> confirms the analyzer time in a real build.
/// </summary>
public static class SyntheticProjectWriter
{
    public static int Run(string directory, int hangupPercent)
    {
        Directory.CreateDirectory(directory);
        foreach ((string path, string text) in SyntheticProject.Files(hangupPercent))
        {
            File.WriteAllText(Path.Combine(directory, path), text);
        }

        string generator = Path.Combine(AppContext.BaseDirectory, "HangupGen.Generator.dll");
        string analyzers = Path.Combine(AppContext.BaseDirectory, "HangupGen.Analyzers.dll");
        // An empty Directory.Build.props stops MSBuild from importing a parent folder's settings.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- The files that handle hangups hold the mistakes the rules report. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <!-- Their handlers are public, as in the in-process project: so are the generated types. -->
                <HangupGenAccessibility>public</HangupGenAccessibility>
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="HangupGenAccessibility" />
                <Analyzer Include="{generator}" />
                <Analyzer Include="{analyzers}" />
              </ItemGroup>
            </Project>
            """);
        Console.WriteLine($"Wrote {SyntheticProject.FileCount} files ({hangupPercent}% handling hangups) and Synthetic.csproj to {directory}");
        return 0;
    }
}

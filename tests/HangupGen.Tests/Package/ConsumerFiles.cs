using System.IO;

namespace HangupGen.Tests.Package;

/// <summary>Writes the files of consumer projects, as a user would have them.</summary>
internal static class ConsumerFiles
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> under <paramref name="directory"/> and returns the full path.</summary>
    public static string Write(string directory, string relativePath, string content)
    {
        string path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>An SDK-style project that references the packed HangupGen, plus any extra properties and items.</summary>
    public static string Project(PackageFeed feed, string targetFramework, string properties = "", string items = "")
        => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HangupGen" Version="{feed.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """;
}

using System;
using System.IO;

namespace HangupAnalysis.Tests.Infrastructure;

/// <summary>Where the sample's source files are: found from the test's output directory, up to the repository root.</summary>
internal static class SampleSources
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SampleProject => Path.Combine(RepositoryRoot, "sample", "HangupGen.Sample");

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HangupGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HangupGen.sln above {AppContext.BaseDirectory}.");
    }
}

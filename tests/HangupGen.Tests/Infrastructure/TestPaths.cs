using System;
using System.IO;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Where the repository is, found by walking up from the test output directory to
/// <c>HangupGen.sln</c> (source paths are mapped in CI builds, so [CallerFilePath] cannot be used).
/// </summary>
internal static class TestPaths
{
    /// <summary>The repository root.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The test project's source directory (not its output directory).</summary>
    public static string ProjectDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "HangupGen.Tests");

    /// <summary>The repository's <c>HangupCodes.csv</c>.</summary>
    public static string RealTablePath { get; } = Path.Combine(RepositoryRoot, "HangupCodes.csv");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HangupGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HangupGen.sln was not found above " + AppContext.BaseDirectory);
    }
}

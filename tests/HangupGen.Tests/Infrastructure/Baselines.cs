using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Golden files for generated source, under <c>Generator/Baselines/&lt;name&gt;/</c>, one
/// <c>&lt;hint name&gt;.txt</c> per generated file (text, so they are read as data, not compiled). Set
/// <c>HANGUPGEN_UPDATE_BASELINES=1</c> to rewrite them from the current generator output, then
/// review the diff like any other change. Never under <c>CI=true</c>: a run that rewrites its own
/// expectations passes whatever the generator emits, so CI refuses it loudly. The generator's version
/// in <c>[GeneratedCode]</c> is kept as <c>{GeneratorVersion}</c> in the files, so a version bump does
/// not change them.
/// </summary>
internal static class Baselines
{
    public const string UpdateVariable = "HANGUPGEN_UPDATE_BASELINES";

    private const string Extension = ".txt";

    /// <summary>How the version appears in generated source (the second argument of <c>[GeneratedCode]</c>), and in the files.</summary>
    private static readonly string s_versionArgument = "\", \"" + HangupGen.Generator.GeneratorInfo.Version + "\")]";
    private static readonly string s_placeholder = "\", \"{GeneratorVersion}\")]";

    /// <summary>Whether the baselines are to be rewritten; throws when that is asked for in CI.</summary>
    public static bool Updating
    {
        get
        {
            if (Environment.GetEnvironmentVariable(UpdateVariable) != "1")
            {
                return false;
            }

            if (IsContinuousIntegration)
            {
                throw new InvalidOperationException(
                    $"{UpdateVariable}=1 is refused under CI=true: it rewrites the golden files and passes any generator output. "
                    + $"Unset {UpdateVariable} in CI; rewrite baselines locally and review the diff.");
            }

            return true;
        }
    }

    private static bool IsContinuousIntegration
        => Environment.GetEnvironmentVariable("CI") is { } ci
            && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string Directory(string name) => Path.Combine(TestPaths.ProjectDirectory, "Generator", "Baselines", name);

    /// <summary>The expected files of baseline <paramref name="name"/>: hint name → content.</summary>
    public static IReadOnlyList<(string HintName, string Content)> Read(string name)
        => System.IO.Directory.GetFiles(Directory(name), "*" + Extension)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path)[..^Extension.Length], File.ReadAllText(path).Replace(s_placeholder, s_versionArgument, StringComparison.Ordinal)))
            .ToList();

    /// <summary>Replaces baseline <paramref name="name"/> with <paramref name="files"/>.</summary>
    public static void Write(string name, IEnumerable<(string HintName, string Content)> files)
    {
        if (!Updating)
        {
            throw new InvalidOperationException($"Baselines are rewritten only with {UpdateVariable}=1.");
        }

        string directory = Directory(name);
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
        foreach ((string hintName, string content) in files)
        {
            File.WriteAllText(Path.Combine(directory, hintName + Extension), content.Replace(s_versionArgument, s_placeholder, StringComparison.Ordinal));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace HangupGen.Tests.Package;

/// <summary>The result of one <c>dotnet</c> command: its exit code and everything it printed.</summary>
public sealed record DotnetResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The lines of the output that carry <paramref name="marker"/> (e.g. <c>": warning HG0001:"</c>), without duplicates.</summary>
    public IReadOnlyList<string> LinesWith(string marker)
    {
        var lines = new List<string>();
        foreach (string line in Output.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Contains(marker, StringComparison.Ordinal) && !lines.Contains(trimmed))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}

/// <summary>
/// Runs the real <c>dotnet</c> CLI the way a user would, isolated from the test run: the MSBuild
/// variables <c>dotnet test</c> sets are removed, packages go to a private folder, and no build
/// server outlives the command.
/// </summary>
public static class DotnetCli
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet</c>. With <paramref name="packagesFolder"/>, restores go to that private folder
    /// (consumer projects); without it, the machine's usual folder is used (the repository's own
    /// projects, whose restore state must not point at a temporary folder).
    /// </summary>
    public static DotnetResult Run(string workingDirectory, string? packagesFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string variable in new List<string>(start.Environment.Keys))
        {
            if (variable.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || variable.StartsWith("MSBUILD", StringComparison.Ordinal)
                || variable.StartsWith("VSTEST", StringComparison.Ordinal)
                || variable == "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(variable);
            }
        }

        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {s_timeout}:\n{output}");
        }

        process.WaitForExit();
        return new DotnetResult(process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

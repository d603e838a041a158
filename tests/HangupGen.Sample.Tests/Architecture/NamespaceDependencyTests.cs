using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HangupAnalysis.Tests.Infrastructure;

namespace HangupAnalysis.Tests.Architecture;

/// <summary>
/// The sample's layers, read from its source files: each namespace may use only the namespaces
/// below it. Hangups knows the generated types; Cdr reads exports into calls; Reports counts calls
/// (from Cdr or from the store); Callbacks receives Plivo's posts; Commands wires it all.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    private static readonly Dictionary<string, string[]> s_allowed = new(StringComparer.Ordinal)
    {
        ["Hangups"] = [],
        ["Cdr"] = ["Hangups"],
        ["Reports"] = ["Hangups", "Cdr"],
        ["Callbacks"] = ["Hangups", "Reports"],
        ["Commands"] = ["Hangups", "Cdr", "Reports", "Callbacks"],
    };

    [Fact]
    public void Each_namespace_uses_only_the_layers_below_it()
    {
        var violations = new List<string>();
        foreach ((string file, string layer, HashSet<string> used) in ReadLayers())
        {
            Assert.True(s_allowed.ContainsKey(layer), $"{file}: namespace HangupAnalysis.{layer} has no entry in the layer table.");
            violations.AddRange(used.Where(other => other != layer && !s_allowed[layer].Contains(other)).Select(other => $"{file}: {layer} uses {other}"));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Cdr_does_not_use_reports()
    {
        Assert.DoesNotContain(ReadLayers(), file => file.Layer == "Cdr" && file.Used.Contains("Reports"));
    }

    [Fact]
    public void The_check_sees_a_dependency_written_either_way()
    {
        Assert.Equal(["Reports"], UsedLayers("using HangupAnalysis.Reports;\nnamespace HangupAnalysis.Cdr;"));
        Assert.Equal(["Reports"], UsedLayers("namespace HangupAnalysis.Cdr;\nrecord R(HangupAnalysis.Reports.RowProblem P);"));
        Assert.Equal(["Reports"], UsedLayers("namespace HangupAnalysis.Cdr;\nrecord R(global::HangupAnalysis.Reports.RowProblem P);"));
    }

    private static List<(string File, string Layer, HashSet<string> Used)> ReadLayers()
    {
        string root = SampleSources.SampleProject;
        var files = new List<(string, string, HashSet<string>)>();
        foreach (string path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, path);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(path);
            Match declared = DeclaredNamespace().Match(text);
            if (declared.Success)
            {
                files.Add((relative, declared.Groups[1].Value, UsedLayers(text)));
            }
        }

        Assert.True(files.Count > 20, $"Only {files.Count} source files found under {root}.");
        return files;
    }

    private static HashSet<string> UsedLayers(string text)
    {
        string declared = DeclaredNamespace().Match(text).Groups[1].Value;
        return UsedNamespace().Matches(text).Select(match => match.Groups[1].Value).Where(layer => layer != declared && s_allowed.ContainsKey(layer)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^namespace HangupAnalysis\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"(?<!namespace )\bHangupAnalysis\.(\w+)\b")]
    private static partial Regex UsedNamespace();
}

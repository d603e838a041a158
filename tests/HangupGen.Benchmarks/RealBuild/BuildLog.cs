using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace HangupGen.Benchmarks.RealBuild;

/// <summary>
/// What one <c>dotnet build -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary</c> log says about
/// the compiler task. The compiler prints, inside the Csc task, "Total analyzer execution time: N
/// seconds." and then a table of seconds per analyzer assembly (3 spaces before the name) and per
/// analyzer type (6 spaces, with its rule IDs), then the same for generators ("Total generator
/// execution time"); MSBuild's performance summary ends with a "Task Performance Summary" whose
/// <c>N ms  Csc  1 calls</c> line is the task's wall clock.
/// </summary>
/// <param name="CscMilliseconds">The Csc task's time from the task performance summary.</param>
/// <param name="AnalyzersSeconds">"Total analyzer execution time": every analyzer, summed over threads.</param>
/// <param name="GeneratorsSeconds">"Total generator execution time".</param>
/// <param name="Analyzers">Seconds per analyzer assembly and per analyzer type (<c>HangupGen.Analyzers.MagicHangupCodeAnalyzer (HG0001, HG0002)</c>).</param>
/// <param name="Generators">Seconds per generator assembly and per generator type.</param>
public sealed partial record BuildLog(
    double CscMilliseconds,
    double AnalyzersSeconds,
    double GeneratorsSeconds,
    IReadOnlyDictionary<string, double> Analyzers,
    IReadOnlyDictionary<string, double> Generators)
{
    /// <summary>The HangupGen analyzers assembly's line, in seconds (0 when it is not listed).</summary>
    public double AssemblySeconds(string assemblyName, bool generators = false)
        => (generators ? Generators : Analyzers)
            .Where(entry => entry.Key.StartsWith(assemblyName + ",", StringComparison.Ordinal))
            .Sum(entry => entry.Value);

    /// <summary>The analyzer (or generator) types whose full name starts with <paramref name="namespacePrefix"/>, with their seconds.</summary>
    public IEnumerable<KeyValuePair<string, double>> TypesIn(string namespacePrefix, bool generators = false)
        => (generators ? Generators : Analyzers)
            .Where(entry => entry.Key.StartsWith(namespacePrefix, StringComparison.Ordinal) && !entry.Key.Contains(", Version=", StringComparison.Ordinal));

    /// <summary>Reads a build log; throws when it lacks the ReportAnalyzer tables or the Csc task time.</summary>
    public static BuildLog Parse(string log)
    {
        double? csc = null;
        double? analyzersTotal = null;
        double? generatorsTotal = null;
        var analyzers = new Dictionary<string, double>(StringComparer.Ordinal);
        var generators = new Dictionary<string, double>(StringComparer.Ordinal);
        Dictionary<string, double>? table = null;
        foreach (string line in log.Split('\n'))
        {
            Match match;
            if ((match = TotalLine().Match(line)).Success)
            {
                double seconds = double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);
                if (match.Groups["kind"].Value == "analyzer")
                {
                    analyzersTotal = seconds;
                    table = analyzers;
                }
                else
                {
                    generatorsTotal = seconds;
                    table = generators;
                }
            }
            else if (table is not null && (match = TableRow().Match(line)).Success)
            {
                string time = match.Groups["time"].Value;
                table[match.Groups["name"].Value.TrimEnd()] = time.StartsWith('<') ? 0 : double.Parse(time, CultureInfo.InvariantCulture);
            }
            else if (line.Contains("Done executing task \"Csc\"", StringComparison.Ordinal))
            {
                table = null;
            }
            else if ((match = CscSummaryLine().Match(line)).Success)
            {
                csc = double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture);
            }
        }

        if (csc is null || analyzersTotal is null)
        {
            throw new FormatException("The build log has no " + (csc is null ? "'N ms  Csc' line in its task performance summary (-clp:PerformanceSummary)" : "'Total analyzer execution time' (-p:ReportAnalyzer=true -v:detailed, and a build that compiled)") + ".");
        }

        return new BuildLog(csc.Value, analyzersTotal.Value, generatorsTotal ?? 0, analyzers, generators);
    }

    [GeneratedRegex(@"Total (?<kind>analyzer|generator) execution time: (?<seconds>[\d.]+) seconds", RegexOptions.CultureInvariant)]
    private static partial Regex TotalLine();

    /// <summary><c>    4.102   12      HangupGen.Analyzers.MagicHangupCodeAnalyzer (HG0001, HG0002)</c>, or <c>&lt;0.001   &lt;1 ...</c>.</summary>
    [GeneratedRegex(@"^\s+(?<time><?[\d.]+)\s+<?\d+ {3,}(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.CultureInvariant)]
    private static partial Regex CscSummaryLine();
}

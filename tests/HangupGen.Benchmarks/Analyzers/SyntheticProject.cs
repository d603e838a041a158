using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HangupGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// A synthetic project of ordinary service code for the analyzer benchmarks: 1,000 files of
/// classes with loops, string work, collections, ports, timeouts and HTTP statuses (the literals the
/// rules must look at and leave alone), plus the types HangupGen generates from the real table.
/// In the variant with hangup handling, one file in ten also handles Plivo hangup callbacks with
/// switches, comparisons, ranges and names, some of which the rules report.
/// </summary>
public static class SyntheticProject
{
    public const int FileCount = 1_000;

    /// <summary>
    /// How <c>csc</c> parses a project built without <c>GenerateDocumentationFile</c> (the SDK's default: no
    /// <c>/doc</c>): documentation comments are plain comments, in the project's files and in the
    /// generator's output alike. The build benchmarks (the A/B, the analyzer overhead) use these.
    /// </summary>
    public static readonly CSharpParseOptions BuildParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>
    /// How the IDE parses the same project: documentation comments as structured trivia, which Quick Info
    /// and completion read. The IDE benchmarks use these.
    /// </summary>
    public static readonly CSharpParseOptions IdeParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>The files of the project: (path, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int hangupPercent)
    {
        var files = new List<(string, string)>(FileCount);
        for (int i = 0; i < FileCount; i++)
        {
            bool handlesHangups = hangupPercent > 0 && i % (100 / hangupPercent) == 0;
            files.Add(($"Module{i}.cs", handlesHangups ? HangupFile(i) : OrdinaryFile(i)));
        }

        return files;
    }

    /// <summary>
    /// Parsed files plus the generated HangupGen sources (generated once, as the compiler does
    /// before analyzers run), ready to be compiled again and again.
    /// </summary>
    public static SyntaxTree[] ParseWithGeneratedTypes(int hangupPercent, CSharpParseOptions? options = null)
    {
        options ??= BuildParseOptions;
        CSharpGeneratorDriver.Create([new HangupCodeGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(Compile(Parse(hangupPercent, options)), out Compilation withGenerated, out _);
        return [.. withGenerated.SyntaxTrees];
    }

    /// <summary>The parsed files of the project alone, for benchmarks that run the generators themselves.</summary>
    public static SyntaxTree[] Parse(int hangupPercent, CSharpParseOptions? options = null)
        => [.. Files(hangupPercent).Select(f => CSharpSyntaxTree.ParseText(f.Text, options ?? BuildParseOptions, f.Path))];

    /// <summary>
    /// <paramref name="text"/> parsed as the IDE parses the project's files, as the file <c>path</c> (the
    /// edited document of the IDE benchmark).
    /// </summary>
    public static SyntaxTree ParseDocument(string text, string path) => CSharpSyntaxTree.ParseText(text, IdeParseOptions, path);

    /// <summary>
    /// A representative 200-line document of ordinary service code (no hangup handling) for the IDE
    /// benchmark: three copies of the members of <see cref="OrdinaryFile"/>'s service plus a few more,
    /// with the literals the rules look at. <paramref name="edit"/> changes one statement inside a
    /// method body, as typing does.
    /// </summary>
    public static string EditedDocument(int edit)
    {
        var text = new StringBuilder();
        text.Append("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace Synthetic.Edited;

            public sealed class EditedService
            {
                private const int MaxRetries = 3000;
                private readonly Dictionary<string, int> _counts = new();
                private readonly List<string> _log = new();

                public int Port { get; set; } = 3010;

            """);
        for (int copy = 0; copy < 3; copy++)
        {
            string n = copy.ToString(CultureInfo.InvariantCulture);
            string budget = copy == 0 ? (1000 + edit).ToString(CultureInfo.InvariantCulture) : "1000";
            text.Append(CultureInfo.InvariantCulture, $$"""
                    public async Task<int> Run{{n}}Async(IReadOnlyList<int> values)
                    {
                        int budget = {{budget}};
                        int total = 0;
                        for (int i = 0; i < values.Count && total < budget; i++)
                        {
                            total += values[i] > 4000 ? values[i] / 2 : values[i];
                        }

                        await Task.Delay(5000).ConfigureAwait(false);
                        TimeSpan timeout = TimeSpan.FromMilliseconds(6000);
                        _log.Add($"Run{{n}} took {timeout.TotalSeconds} s for {total}");
                        return total + MaxRetries;
                    }

                    public string Describe{{n}}(int status) => status switch
                    {
                        200 => "OK",
                        404 => "Not found",
                        >= 500 and < 600 => "Server error",
                        _ => "Other",
                    };

                    public bool IsSlow{{n}}(int timeoutMs) => timeoutMs == 4000 || timeoutMs >= 3000 && timeoutMs < 3050;

                    public string Join{{n}}(IEnumerable<string> words)
                    {
                        var text = new StringBuilder();
                        foreach (string word in words.Where(w => w.Length > 3).OrderBy(w => w, StringComparer.Ordinal))
                        {
                            _counts[word] = _counts.TryGetValue(word, out int count) ? count + 1 : 1;
                            text.Append(word).Append(word == "Carrier" ? '!' : ' ');
                        }

                        return text.ToString();
                    }

                    public int Checksum{{n}}(string text)
                    {
                        int sum = 17;
                        foreach (char c in text)
                        {
                            sum = unchecked((sum * 31) + c);
                        }

                        return sum % 3000;
                    }

                    public IReadOnlyList<int> Top{{n}}(IEnumerable<int> values, int count)
                    {
                        var result = new List<int>(count);
                        foreach (int value in values.OrderByDescending(v => v).Take(count))
                        {
                            if (value is >= 3000 and <= 3099)
                            {
                                continue;
                            }

                            result.Add(value);
                        }

                        return result;
                    }


                """);
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A new compilation of <paramref name="trees"/>: nothing bound yet.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Synthetic",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static string OrdinaryFile(int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace Synthetic.Module{{n}};

            public sealed class Service{{n}}
            {
                private const int MaxRetries = 3000;
                private readonly Dictionary<string, int> _counts = new();
                private readonly List<string> _log = new();

                public int Port { get; set; } = 3010;

                public async Task<int> RunAsync(IReadOnlyList<int> values)
                {
                    int total = 0;
                    for (int i = 0; i < values.Count; i++)
                    {
                        total += values[i] > 4000 ? values[i] / 2 : values[i];
                    }

                    await Task.Delay(5000).ConfigureAwait(false);
                    TimeSpan timeout = TimeSpan.FromMilliseconds(6000);
                    _log.Add($"{nameof(Service{{n}})} took {timeout.TotalSeconds} s for {total}");
                    return total + MaxRetries;
                }

                public string Describe(int status) => status switch
                {
                    200 => "OK",
                    404 => "Not found",
                    >= 500 and < 600 => "Server error",
                    _ => "Other",
                };

                public bool IsSlow(int timeoutMs) => timeoutMs == 4000 || timeoutMs >= 3000 && timeoutMs < 3050;

                public string Join(IEnumerable<string> words)
                {
                    var text = new StringBuilder();
                    foreach (string word in words.Where(w => w.Length > 3).OrderBy(w => w, StringComparer.Ordinal))
                    {
                        _counts[word] = _counts.TryGetValue(word, out int count) ? count + 1 : 1;
                        text.Append(word).Append(word == "Carrier" ? '!' : ' ');
                    }

                    return text.ToString();
                }
            }
            """;
    }

    private static string HangupFile(int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        return $$"""
            using System;
            using System.Collections.Generic;
            using HangupGen;

            namespace Synthetic.Module{{n}};

            public sealed class HangupHandler{{n}}
            {
                public string Follow(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.BusyLine:
                        case HangupCause.NoAnswer:
                            return "retry";
                        case HangupCause.NormalHangup:
                            return "none";
                        default:
                            throw new ArgumentOutOfRangeException(nameof(cause));
                    }
                }

                public bool IsBusy(int hangupCauseCode) => hangupCauseCode == 3010;

                public bool IsRejection(int hangupCode) => hangupCode >= 3000 && hangupCode <= 3040;

                public bool IsCarrier(string hangupSource) => hangupSource == "Carrier";

                public string Category(IReadOnlyDictionary<string, string> form)
                    => HangupCauses.TryParseCode(form["HangupCauseCode"], out HangupCause cause)
                        ? cause.GetCategory().GetName()
                        : "unknown";

                public int Retry(HangupCause cause) => cause switch
                {
                    HangupCause.BusyLine => 1,
                    HangupCause.NoAnswer => 2,
                    _ => 0,
                };
            }
            """;
    }
}

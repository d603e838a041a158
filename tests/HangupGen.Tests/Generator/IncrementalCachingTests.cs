using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HangupGen.Generator;
using HangupGen.Generator.Model;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Tests.Generator;

/// <summary>
/// The generator does no work again on edits that do not touch the table, and its pipeline holds
/// values only, never compiler objects (which would defeat caching and root old compilations).
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string TablePath = "/project/HangupCodes.csv";

    /// <summary>The steps of one vocabulary's pipeline.</summary>
    private static readonly string[] s_vocabularySteps = [TrackingNames.ParsedTable, TrackingNames.Generation, TrackingNames.Problems];

    /// <summary>Every step named in <see cref="TrackingNames"/>, and each vocabulary's own.</summary>
    private static readonly string[] s_trackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .Concat(Vocabulary.All.SelectMany(v => s_vocabularySteps.Select(step => TrackingNames.For(step, v))))
        .ToArray();

    [Fact]
    public void Every_named_step_runs_and_reports_its_outputs()
    {
        GeneratorRunResult run = RunTwice(TestTables.Small, (driver, compilation, _) => (driver, compilation)).Second;

        Assert.Equal(9 + (3 * 5), s_trackedSteps.Length);
        Assert.All(s_trackedSteps, step => Assert.NotEmpty(Outputs(run, step)));
    }

    [Fact]
    public void Unrelated_source_edit_leaves_every_step_cached_or_unchanged()
    {
        (GeneratorRunResult first, GeneratorRunResult second) = RunTwice(TestTables.Small, (driver, compilation, table) =>
            (driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { }", GeneratorHarness.LatestParseOptions))));

        Assert.Equal(GeneratorHarness.GeneratedFiles, first.GeneratedSources.Select(s => s.HintName));
        Assert.All(s_trackedSteps, step => AssertCachedOrUnchanged(second, step));
        AssertNothingReemitted(second);
    }

    [Fact]
    public void New_additional_text_with_the_same_table_leaves_the_parsed_table_and_the_output_cached()
    {
        (_, GeneratorRunResult second) = RunTwice(TestTables.Small, (driver, compilation, table) =>
            (driver.ReplaceAdditionalText(table, new InMemoryAdditionalText(TablePath, TestTables.Small)), compilation));

        Assert.All(s_trackedSteps, step => AssertCachedOrUnchanged(second, step));
        AssertNothingReemitted(second);
    }

    [Fact]
    public void Blank_lines_appended_to_the_table_leave_the_parsed_table_and_the_output_cached()
    {
        (_, GeneratorRunResult second) = RunTwice(TestTables.Small, (driver, compilation, table) =>
            (driver.ReplaceAdditionalText(table, new InMemoryAdditionalText(TablePath, TestTables.Small + "\n\n   \n\r\n")), compilation));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.TableFiles));
        AssertCachedOrUnchanged(second, TrackingNames.ParsedTable);
        AssertCachedOrUnchanged(second, TrackingNames.Generation);
        AssertCachedOrUnchanged(second, TrackingNames.Problems);
        AssertNothingReemitted(second);
    }

    [Fact]
    public void Line_added_above_a_bad_row_moves_its_diagnostic_but_does_not_reemit_the_source()
    {
        const string Table = """
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            3010,Line Busy,Call Rejections,3000-3050
            """;
        string moved = Table.Replace("3010,Line Busy", "\n3010,Line Busy");

        (GeneratorRunResult first, GeneratorRunResult second) = RunTwice(Table, (driver, compilation, table) =>
            (driver.ReplaceAdditionalText(table, new InMemoryAdditionalText(TablePath, moved)), compilation));

        Assert.Equal(2, first.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(3, second.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Problems));
        AssertCachedOrUnchanged(second, TrackingNames.Generation);
    }

    [Fact]
    public void Table_edit_modifies_the_output_and_the_new_member_appears()
    {
        string edited = TestTables.Small + "\n3130,Spam block,,,Carrier Errors,3070-3140,Carrier rejected due to spam flag,Register with STIR/SHAKEN,,Carrier,Outbound,Any\n";

        (GeneratorRunResult first, GeneratorRunResult second) = RunTwice(TestTables.Small, (driver, compilation, table) =>
            (driver.ReplaceAdditionalText(table, new InMemoryAdditionalText(TablePath, edited)), compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.ParsedTable));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Generation));
        Assert.Contains(IncrementalStepRunReason.Modified, second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.DoesNotContain("SpamBlock = 3130,", CauseEnum(first));
        Assert.Contains("SpamBlock = 3130,", CauseEnum(second));
    }

    [Fact]
    public void Editing_one_vocabulary_table_re_runs_only_that_tables_outputs()
    {
        const string statuses = "name,description\nin-progress,Answered\nbusy,Busy\n";
        AdditionalText[] tables =
        [
            new InMemoryAdditionalText(TablePath, TestTables.Small),
            new InMemoryAdditionalText("/project/CallStatuses.csv", statuses),
            new InMemoryAdditionalText("/project/DialStatuses.csv", "name\ncompleted\n"),
        ];
        (GeneratorRunResult first, GeneratorRunResult second) = RunTwice(tables, properties: null, (driver, compilation, _) =>
            (driver.ReplaceAdditionalText(tables[1], new InMemoryAdditionalText("/project/CallStatuses.csv", statuses + "queued,Waiting\n")), compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.For(TrackingNames.ParsedTable, Vocabulary.CallStatus)));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.For(TrackingNames.Generation, Vocabulary.CallStatus)));
        string[] untouched = s_trackedSteps
            .Except([TrackingNames.TableFiles, TrackingNames.For(TrackingNames.ParsedTable, Vocabulary.CallStatus), TrackingNames.For(TrackingNames.Generation, Vocabulary.CallStatus)])
            .ToArray();
        Assert.All(untouched, step => AssertCachedOrUnchanged(second, step));
        Assert.DoesNotContain("Queued = 3,", Source(first, "CallStatus.g.cs"));
        Assert.Contains("Queued = 3,", Source(second, "CallStatus.g.cs"));
        Assert.Equal(Source(first, "DialStatus.g.cs"), Source(second, "DialStatus.g.cs"));
    }

    [Fact]
    public void Settings_change_modifies_the_output()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(TablePath, TestTables.Small)]);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }");
        driver = driver.RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.HangupGenAccessibility"] = "public",
        }));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertCachedOrUnchanged(second, TrackingNames.ParsedTable);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Generation));
        Assert.Contains("public enum HangupCause", CauseEnum(second));
    }

    [Fact]
    public void No_step_output_holds_a_compiler_object()
    {
        Dictionary<string, string> settings = new()
        {
            ["HangupGenNamespace"] = "Contoso.Telephony",
            ["HangupGenAccessibility"] = "bogus",
        };
        string badTable = TestTables.Small + "\n3010,Duplicate,,,Call Rejections,3000-3050,,,,Operator,,\n";
        var runs = new List<GeneratorRunResult>();
        foreach ((string? table, Dictionary<string, string>? properties) in new (string?, Dictionary<string, string>?)[]
        {
            (TestTables.Small, null), (badTable, settings), (TestTables.Real, null), (null, null),
        })
        {
            AdditionalText[] tables = table is null ? [] : [new InMemoryAdditionalText(TablePath, table), new InMemoryAdditionalText("/project/b/HangupCodes.csv", table)];
            (GeneratorRunResult first, GeneratorRunResult second) = RunTwice(tables, properties, (driver, compilation, _) =>
                (driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", GeneratorHarness.LatestParseOptions))));
            runs.Add(first);
            runs.Add(second);
        }

        string[] found = runs
            .SelectMany(run => s_trackedSteps.SelectMany(step => Outputs(run, step).Select((output, i) => FindCompilerObjects(output.Value, $"{step}[{i}]"))))
            .SelectMany(paths => paths)
            .Distinct()
            .ToArray();

        Assert.Empty(found);
    }

    [Fact]
    public void Compiler_object_finder_finds_them_inside_tuples_records_and_arrays()
    {
        var value = (1, new Holder(new[] { new LocationBox(Location.None) }.ToEquatableArray()), "text");

        Assert.Equal(["value.Item2.Items._items[0].Location"], FindCompilerObjects(value, "value"));
    }

    private sealed record Holder(EquatableArray<LocationBox> Items);

    private sealed record LocationBox(Location Location);

    /// <summary>Runs one driver, applies <paramref name="edit"/> (which is handed the table file), and runs it again.</summary>
    private static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(
        string table,
        Func<GeneratorDriver, CSharpCompilation, AdditionalText, (GeneratorDriver, CSharpCompilation)> edit)
        => RunTwice([new InMemoryAdditionalText(TablePath, table)], properties: null, edit);

    private static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(
        AdditionalText[] tables,
        IReadOnlyDictionary<string, string>? properties,
        Func<GeneratorDriver, CSharpCompilation, AdditionalText, (GeneratorDriver, CSharpCompilation)> edit)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(tables, properties);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("internal static class C { }");
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        (driver, compilation) = edit(driver, compilation, tables.FirstOrDefault()!);
        driver = driver.RunGenerators(compilation);
        return (first, driver.GetRunResult().Results.Single());
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
        => run.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [];

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step)
        => Outputs(run, step).Select(output => output.Reason).ToArray();

    private static void AssertCachedOrUnchanged(GeneratorRunResult run, string step)
    {
        IncrementalStepRunReason[] reasons = Reasons(run, step);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Step {step} output was {reason}."));
    }

    private static void AssertNothingReemitted(GeneratorRunResult run)
    {
        IncrementalStepRunReason[] reasons = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"A source output step was {reason}."));
    }

    private static string CauseEnum(GeneratorRunResult run)
        => Source(run, "HangupCause.g.cs");

    private static readonly Type[] s_compilerObjectTypes =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(Location), typeof(AdditionalText), typeof(SourceText),
    ];

    /// <summary>The paths, inside <paramref name="value"/>, of every compiler object it holds, through fields, tuples and collections.</summary>
    private static IEnumerable<string> FindCompilerObjects(object? value, string path)
    {
        var found = new List<string>();
        Walk(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found)
    {
        if (value is null or string or Enum || value.GetType().IsPrimitive)
        {
            return;
        }

        Type type = value.GetType();
        if (s_compilerObjectTypes.Any(forbidden => forbidden.IsAssignableFrom(type)))
        {
            found.Add(path);
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is Array array)
        {
            for (int i = 0; i < array.Length; i++)
            {
                Walk(array.GetValue(i), $"{path}[{i}]", visited, found);
            }

            return;
        }

        for (Type? declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (FieldInfo field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), $"{path}.{Name(field)}", visited, found);
            }
        }
    }

    /// <summary>A record's property name rather than its backing field's.</summary>
    private static string Name(FieldInfo field)
        => field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;

    private static string Source(GeneratorRunResult run, string hintName)
        => run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HangupGen.Analyzers;
using HangupGen.CodeFixes;
using HangupGen.Tests.Analyzers;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Verify = HangupGen.Tests.CodeFixes.HangupCodeFixVerifier<HangupGen.Analyzers.MagicHangupCodeAnalyzer, HangupGen.CodeFixes.UseDocumentedHangupCauseFix>;

namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// HG0002's fix: for an unknown code inside a category's range, one action per documented code of
/// the category, closest first, rewritten as HG0001's fix rewrites; none outside every range. The
/// framework also runs Fix All in document, project and solution scope for the chosen action.
/// </summary>
public sealed class HG0002UseDocumentedHangupCauseFixTests
{
    [Fact]
    public async Task Every_documented_code_of_the_category_is_offered_closest_first()
    {
        Assert.Equal(
            [
                "Use HangupCause.BusyLine (3010) instead of 3015",
                "Use HangupCause.Rejected (3020) instead of 3015",
                "Use HangupCause.NoAnswer (3000) instead of 3015",
                "Use HangupCause.UnknownCallerId (3030) instead of 3015",
                "Use HangupCause.Forbidden (3040) instead of 3015",
                "Use HangupCause.UnallocatedNumber (3050) instead of 3015",
            ],
            await OfferedTitlesAsync("class C { bool M(int hangupCode) => hangupCode == 3015; }"));
        Assert.Equal(
            [
                "Parse the code and compare with HangupCause.ScheduledHangup (6000) instead of \"6005\"",
                "Parse the code and compare with HangupCause.RingTimeoutReached (6010) instead of \"6005\"",
                "Parse the code and compare with HangupCause.MediaTimeout (6020) instead of \"6005\"",
            ],
            await OfferedTitlesAsync("class C { bool M(string hangupCauseCode) => hangupCauseCode == \"6005\"; }"));
    }

    [Fact]
    public Task The_first_action_puts_the_closest_documented_code_in_every_context() => Verify.VerifyCodeFixAsync("""
        using HangupGen;

        class C
        {
            void Handle(HangupCause cause) { }

            string M(int hangupCode, long hangupCodeLong)
            {
                var cause = (HangupCause){|HG0002:3015|};
                var maybe = (HangupCause?){|HG0002:3015|};
                Handle((HangupCause)({|HG0002:3015|}));
                _ = hangupCodeLong == {|HG0002:3015L|};
                switch (hangupCode)
                {
                    case {|HG0002:3015|}:
                        return "busy";
                    default:
                        return hangupCode == {|HG0002:3015|} ? "busy" : "other";
                }
            }
        }
        """, """
        using HangupGen;

        class C
        {
            void Handle(HangupCause cause) { }

            string M(int hangupCode, long hangupCodeLong)
            {
                var cause = HangupCause.BusyLine;
                var maybe = (HangupCause?)HangupCause.BusyLine;
                Handle(HangupCause.BusyLine);
                _ = hangupCodeLong == (long)HangupCause.BusyLine;
                switch (hangupCode)
                {
                    case (int)HangupCause.BusyLine:
                        return "busy";
                    default:
                        return hangupCode == (int)HangupCause.BusyLine ? "busy" : "other";
                }
            }
        }
        """);

    [Fact]
    public Task Another_action_puts_another_documented_code()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|HG0002:3015|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class C
                {
                    bool M(int hangupCode) => hangupCode == (int)HangupCause.UnallocatedNumber;
                }
                """,
            CodeActionIndex = 5,
            CodeActionEquivalenceKey = UseDocumentedHangupCauseFix.EquivalenceKey(parses: false, "UnallocatedNumber", 3015),
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use HangupCause.UnallocatedNumber (3050) instead of 3015", action.Title),
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Numeric_strings_are_parsed_where_HG0001_would_parse_them()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", """
            using Microsoft.AspNetCore.Http;

            class Callbacks
            {
                bool IsBusy(string hangupCauseCode) => hangupCauseCode == {|HG0002:"3015"|};

                bool IsBusy(IFormCollection form) => form["HangupCauseCode"] != {|HG0002:"3015"|};
            }
            """));
        test.TestState.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
        test.FixedState.Sources.Add(("/0/Test0.cs", """
            using HangupGen;
            using Microsoft.AspNetCore.Http;

            class Callbacks
            {
                bool IsBusy(string hangupCauseCode) => HangupCauses.TryParseCode(hangupCauseCode, out var hangupCause) && hangupCause == HangupCause.BusyLine;

                bool IsBusy(IFormCollection form) => form["HangupCauseCode"] is not [var hangupCode] || !HangupCauses.TryParseCode(hangupCode, out var hangupCause) || hangupCause != HangupCause.BusyLine;
            }
            """));
        test.FixedState.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Parse the code and compare with HangupCause.BusyLine (3010) instead of \"3015\"", action.Title);
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_puts_the_member_in_place_of_that_code_only()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode, string hangupCauseCode) =>
                        hangupCode == {|HG0002:3015|}
                        || {|HG0002:3015|} == hangupCode
                        || hangupCode == {|HG0002:3045|}
                        || hangupCauseCode == {|HG0002:"3015"|};
                }
                """,
            FixedCode = """
                using HangupGen;

                class C
                {
                    bool M(int hangupCode, string hangupCauseCode) =>
                        hangupCode == (int)HangupCause.BusyLine
                        || (int)HangupCause.BusyLine == hangupCode
                        || hangupCode == {|HG0002:3045|}
                        || hangupCauseCode == {|HG0002:"3015"|};
                }
                """,
            CodeActionEquivalenceKey = UseDocumentedHangupCauseFix.EquivalenceKey(parses: false, "BusyLine", 3015),
        };

        // What Fix All leaves alone is still reported: the markup of the fixed code says where.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_outside_every_range_nor_where_HG0001_offers_none()
    {
        const string Source = """
            class Callback
            {
                public string HangupCauseCode { get; set; } = "";
            }

            class C
            {
                void M(int hangupCode, long hangupCodeLong, Callback callback)
                {
                    _ = hangupCode == {|HG0002:3060|};
                    _ = hangupCode == {|HG0002:42|};
                    _ = hangupCode != {|HG0002:9999|};
                    _ = hangupCodeLong == {|HG0002:99999999999L|};
                    callback.HangupCauseCode = {|HG0002:"3015"|};
                }
            }
            """;
        return Verify.VerifyCodeFixAsync(Source, Source);
    }

    [Fact]
    public Task A_custom_table_decides_the_candidates_and_their_order()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    bool M(int hangupCode) => hangupCode == {|HG0002:3055|};
                }
                """,
            FixedCode = """
                using Contoso.Telephony;

                class C
                {
                    bool M(int hangupCode) => hangupCode == (int)HangupCause.CarrierTimeout;
                }
                """,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use HangupCause.CarrierTimeout (3060) instead of 3055", action.Title),
        };
        test.TestState.AdditionalFiles.Add(("/0/HangupCodes.csv", CustomTables.CarrierTimeout));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", CustomTables.ContosoNamespace));
        return test.RunAsync();
    }

    [Fact]
    public Task HG0001_is_left_to_its_own_fix() => Verify.VerifyCodeFixAsync(
        "class C { bool M(int hangupCode) => hangupCode == {|HG0001:3010|}; }",
        "class C { bool M(int hangupCode) => hangupCode == {|HG0001:3010|}; }");

    /// <summary>The titles of the actions the fix registers for the HG0002 diagnostic of <paramref name="source"/>, in order.</summary>
    private static async Task<IReadOnlyList<string>> OfferedTitlesAsync(string source)
    {
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.Net80Assemblies,
            analyzerReferences: [GeneratorReference.Instance]));
        Document document = workspace.AddDocument(project.Id, "Test.cs", SourceText.From(source));
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new MagicHangupCodeAnalyzer()], document.Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();

        Diagnostic unknown = Assert.Single(diagnostics, d => d.Id == "HG0002");
        var actions = new List<CodeAction>();
        await new UseDocumentedHangupCauseFix().RegisterCodeFixesAsync(
            new CodeFixContext(document, unknown, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Select(a => a.Title).ToList();
    }
}

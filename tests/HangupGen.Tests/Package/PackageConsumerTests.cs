using System.IO;
using System.Linq;

namespace HangupGen.Tests.Package;

/// <summary>
/// Real projects that reference the packed HangupGen, restored from the folder feed and built with
/// the real SDK: the whole experience of <c>dotnet add package HangupGen</c>.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageConsumerTests(PackageFeed feed)
{
    private const string NoWarnings = "0 Warning(s)";

    [Fact]
    public void A_console_app_without_a_table_gets_the_default_types_and_builds_clean()
    {
        string app = feed.NewWorkspace("default-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors>"));
        ConsumerFiles.Write(app, "Program.cs", """
            using System;
            using HangupGen;

            if (HangupCauses.TryParseCode(args.Length > 0 ? args[0] : string.Empty, out HangupCause cause))
            {
                Console.WriteLine($"{HangupCauses.Count} {cause.GetName()} | {cause.GetCategory().GetName()} | {cause.GetNextSteps()}");
            }
            """);

        DotnetResult run = feed.Dotnet(app, "run", "--disable-build-servers", "--", "3010");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("54 Busy Line | Call Rejections | Retry later or implement voicemail fallback", run.Output);
        Assert.Empty(run.LinesWith(": warning "));
    }

    [Fact]
    public void A_magic_code_in_a_console_app_is_reported_as_HG0001_at_its_file_and_line()
    {
        string app = feed.NewWorkspace("magic-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable>"));
        string program = ConsumerFiles.Write(app, "Program.cs", """
            using System;

            int hangupCauseCode = args.Length;
            if (hangupCauseCode == 3010)
            {
                Console.WriteLine("busy");
            }
            """);

        DotnetResult build = feed.Build(app);

        Assert.True(build.Succeeded, build.Output);
        string warning = Assert.Single(build.LinesWith(": warning HG0001:"));
        Assert.StartsWith(program + "(4,24): warning HG0001: Hangup code 3010 is written as a number: use HangupCause.BusyLine (Busy Line)", warning);
    }

    [Fact]
    public void A_netstandard20_library_in_csharp_7_3_with_warnings_as_errors_builds_clean()
    {
        string library = feed.NewWorkspace("legacy-library");
        ConsumerFiles.Write(library, "Legacy.csproj", ConsumerFiles.Project(feed, "netstandard2.0", "<LangVersion>7.3</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors>"));
        ConsumerFiles.Write(library, "CallReport.cs", """
            using HangupGen;

            namespace Legacy
            {
                public static class CallReport
                {
                    public static string Describe(string hangupCauseCode)
                    {
                        HangupCause cause;
                        if (!HangupCauses.TryParseCode(hangupCauseCode, out cause))
                        {
                            return "undocumented code " + hangupCauseCode;
                        }

                        return cause.GetName() + ": " + cause.GetNextSteps();
                    }

                    public static bool ShouldRetry(string hangupCauseName)
                    {
                        HangupCause cause;
                        return HangupCauses.TryParse(hangupCauseName, out cause)
                            && cause.GetCategory() == HangupCategory.CallRejections;
                    }
                }
            }
            """);

        DotnetResult build = feed.Build(library);

        Assert.True(build.Succeeded, build.Output);
        Assert.Contains(NoWarnings, build.Output);
    }

    [Fact]
    public void A_netstandard20_library_in_csharp_7_3_with_the_system_text_json_package_gets_the_converters_and_builds_clean()
    {
        string library = feed.NewWorkspace("json-library");
        ConsumerFiles.Write(library, "Json.csproj", ConsumerFiles.Project(
            feed,
            "netstandard2.0",
            "<LangVersion>7.3</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            "<PackageReference Include=\"System.Text.Json\" Version=\"8.0.5\" />"));
        ConsumerFiles.Write(library, "Callback.cs", """
            using System.Collections.Generic;
            using System.Text.Json;
            using HangupGen;

            namespace Json
            {
                internal sealed class Callback
                {
                    public HangupCause HangupCauseCode { get; set; }

                    public HangupSource HangupSource { get; set; }

                    public TelephonyCause DialHangupCause { get; set; }

                    public Dictionary<CallStatus, int> Statuses { get; set; }
                }

                internal static class Callbacks
                {
                    public static object Converter = new HangupCauseJsonConverter();

                    public static Callback Read(string json)
                    {
                        return JsonSerializer.Deserialize<Callback>(json);
                    }
                }
            }
            """);

        DotnetResult build = feed.Build(library);

        Assert.True(build.Succeeded, build.Output);
        Assert.Contains(NoWarnings, build.Output);
    }

    [Fact]
    public void A_project_with_its_own_table_and_namespace_uses_them_instead_of_the_default()
    {
        string app = feed.NewWorkspace("custom-table-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable><HangupGenNamespace>Contoso.Telephony</HangupGenNamespace>"));
        ConsumerFiles.Write(app, "HangupCodes.csv", """
            code,name,category,range,next_steps
            0,Unknown,Unknown,0,Check call logs
            3010,Busy Line,Call Rejections,3000-3099,Retry later
            3060,Carrier Timeout,Call Rejections,3000-3099,Retry with another carrier
            """);
        ConsumerFiles.Write(app, "Program.cs", """
            using System;
            using Contoso.Telephony;

            Console.WriteLine($"{HangupCauses.Count} {HangupCause.CarrierTimeout.GetName()} {(int)HangupCause.CarrierTimeout} {HangupCause.CarrierTimeout.GetNextSteps()}");
            """);

        DotnetResult run = feed.Dotnet(app, "run", "--disable-build-servers");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("3 Carrier Timeout 3060 Retry with another carrier", run.Output);
    }

    [Fact]
    public void A_table_elsewhere_is_used_when_HangupGenTable_names_it()
    {
        string root = feed.NewWorkspace("shared-table-layout");
        ConsumerFiles.Write(root, "tables/plivo-extended.csv", """
            code,name,category,range,next_steps
            0,Unknown,Unknown,0,Check call logs
            3010,Busy Line,Call Rejections,3000-3099,Retry later
            3090,Voicemail Reached,Call Rejections,3000-3099,Leave a message next time
            """);
        ConsumerFiles.Write(root, "App/App.csproj", ConsumerFiles.Project(
            feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable><HangupGenTable>$(MSBuildProjectDirectory)/../tables/plivo-extended.csv</HangupGenTable>"));
        ConsumerFiles.Write(root, "App/Program.cs", """
            using System;
            using HangupGen;

            Console.WriteLine($"{HangupCauses.Count} {HangupCause.VoicemailReached.GetName()} {HangupCause.VoicemailReached.GetNextSteps()}");
            """);

        DotnetResult run = feed.Dotnet(Path.Combine(root, "App"), "run", "--disable-build-servers");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("3 Voicemail Reached Leave a message next time", run.Output);
    }

    [Fact]
    public void Each_vocabulary_table_is_replaced_by_the_projects_own_by_name_or_by_property()
    {
        string root = feed.NewWorkspace("vocabulary-tables");
        ConsumerFiles.Write(root, "tables/dial.csv", """
            name,description
            completed,Answered
            busy,Busy
            voicemail,A voicemail system answered
            """);
        ConsumerFiles.Write(root, "tables/sources.csv", """
            name,identifier,aliases,bolna_codes
            Unknown,,,0
            Caller,,,
            Call recipient,CallRecipient,Called party; Callee; Remote party,"3020, 4000"
            Plivo,,,
            Carrier,,,
            API Request,ApiRequest,,
            Answer XML,AnswerXml,,
            Error,,,
            """);
        ConsumerFiles.Write(root, "App/App.csproj", ConsumerFiles.Project(
            feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable><HangupGenDialStatusTable>$(MSBuildProjectDirectory)/../tables/dial.csv</HangupGenDialStatusTable>"
                + "<HangupGenHangupSourceTable>$(MSBuildProjectDirectory)/../tables/sources.csv</HangupGenHangupSourceTable>"));
        ConsumerFiles.Write(root, "App/HangupReasons.csv", """
            name,side
            inactivity_timeout,Bolna
            voicemail_detected,Bolna
            """);
        ConsumerFiles.Write(root, "App/CallStatuses.csv", """
            name,description
            in-progress,Answered
            queued,Waiting in a queue
            """);
        ConsumerFiles.Write(root, "App/TelephonyCauses.csv", """
            code,name,sip_status,description
            16,NORMAL_CLEARING,,Normal clearing
            17,USER_BUSY,486,User busy
            999,CARRIER_SPECIAL,503,A carrier's own cause
            """);
        ConsumerFiles.Write(root, "App/Program.cs", """
            using System;
            using HangupGen;

            CallStatuses.TryParse("QUEUED", out CallStatus status);
            TelephonyCauses.TryParse("999", out TelephonyCause cause);
            HangupSources.TryParse("remote PARTY", out HangupSource source);
            HangupReasons.TryParse("VOICEMAIL_DETECTED", out HangupReason reason);
            Console.WriteLine($"{CallStatuses.Count} {status.GetName()} {DialStatuses.Count} {DialStatus.Voicemail.GetName()} {TelephonyCauses.Count} {cause.GetName()} {cause.GetSipStatus()}");
            Console.WriteLine($"{source.GetName()} {string.Join("+", source.GetBolnaCodes())} {HangupReasons.Count} {reason.GetName()} {reason.GetSide()}");
            """);

        DotnetResult run = feed.Dotnet(Path.Combine(root, "App"), "run", "--disable-build-servers");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("2 queued 3 voicemail 3 CARRIER_SPECIAL 503", run.Output);
        Assert.Contains("Call recipient 3020+4000 2 voicemail_detected Bolna", run.Output);
    }

    [Fact]
    public void A_broken_vocabulary_table_fails_the_build_with_a_located_error()
    {
        string app = feed.NewWorkspace("broken-vocabulary-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0"));
        string table = ConsumerFiles.Write(app, "TelephonyCauses.csv", """
            code,name,sip_status
            17,USER_BUSY,4860
            """);
        ConsumerFiles.Write(app, "Library.cs", "namespace App { public static class Library { } }");

        DotnetResult build = feed.Build(app);

        Assert.False(build.Succeeded, build.Output);
        string error = Assert.Single(build.LinesWith(": error HG1021:"));
        Assert.StartsWith(table + "(2,14): error HG1021: '4860' is not a SIP final response status", error);
    }

    [Fact]
    public void A_broken_table_fails_the_build_with_a_located_error()
    {
        string app = feed.NewWorkspace("broken-table-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0"));
        string table = ConsumerFiles.Write(app, "HangupCodes.csv", """
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            3010,Busy Again,Call Rejections,3000-3050
            """);
        ConsumerFiles.Write(app, "Library.cs", "namespace App { public static class Library { } }");

        DotnetResult build = feed.Build(app);

        Assert.False(build.Succeeded, build.Output);
        string error = Assert.Single(build.LinesWith(": error HG1009:"));
        Assert.StartsWith(table + "(3,1): error HG1009: Code 3010 is already defined on line 2", error);
    }

    [Fact]
    public void Generation_can_be_turned_off_to_keep_only_the_analyzers()
    {
        string app = feed.NewWorkspace("no-types-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0", "<HangupGenEmitTypes>false</HangupGenEmitTypes>"));
        ConsumerFiles.Write(app, "Probe.cs", """
            namespace App
            {
                public static class Probe
                {
                    public static bool IsBusy(int hangupCauseCode) => hangupCauseCode == 3010;
                }
            }
            """);
        string usesTypes = ConsumerFiles.Write(app, "UsesTypes.cs", "namespace App { public static class UsesTypes { public static object Cause => HangupGen.HangupCause.BusyLine; } }");

        DotnetResult build = feed.Build(app);

        Assert.False(build.Succeeded, build.Output);
        Assert.All(build.LinesWith(": error "), line => Assert.StartsWith(usesTypes, line));
        Assert.NotEmpty(build.LinesWith(": error CS0103: The name 'HangupGen' does not exist"));
        Assert.Empty(build.LinesWith(": warning HG"));
    }

    [Fact]
    public void Json_converters_can_be_turned_off_and_the_types_stay()
    {
        string app = feed.NewWorkspace("no-json-app");
        ConsumerFiles.Write(app, "App.csproj", ConsumerFiles.Project(feed, "net10.0", "<HangupGenJsonConverters>false</HangupGenJsonConverters>"));
        ConsumerFiles.Write(app, "UsesTypes.cs", "namespace App { public static class UsesTypes { public static string Name => HangupGen.CallStatusExtensions.GetName(HangupGen.CallStatus.NoAnswer); } }");
        string usesConverter = ConsumerFiles.Write(app, "UsesConverter.cs", "namespace App { public static class UsesConverter { public static object Converter => new HangupGen.CallStatusJsonConverter(); } }");

        DotnetResult build = feed.Build(app);

        // The property reaches the generator through the package's props: only the converter is missing.
        Assert.False(build.Succeeded, build.Output);
        Assert.All(build.LinesWith(": error "), line => Assert.StartsWith(usesConverter, line));
        Assert.NotEmpty(build.LinesWith(": error CS0234: The type or namespace name 'CallStatusJsonConverter' does not exist"));
    }

    [Fact]
    public void A_contracts_library_with_public_types_and_an_app_share_one_copy_and_both_are_analyzed()
    {
        string root = feed.NewWorkspace("contracts-layout");
        ConsumerFiles.Write(root, "Contracts/Contracts.csproj", ConsumerFiles.Project(feed, "net10.0", "<Nullable>enable</Nullable><HangupGenAccessibility>public</HangupGenAccessibility>"));
        string contractsCode = ConsumerFiles.Write(root, "Contracts/HangupEvent.cs", """
            using HangupGen;

            namespace Contracts
            {
                public sealed record HangupEvent(string CallUuid, HangupCause Cause)
                {
                    public bool IsBusy(int hangupCauseCode) => hangupCauseCode == 3010;
                }
            }
            """);
        ConsumerFiles.Write(root, "App/App.csproj", ConsumerFiles.Project(
            feed, "net10.0", "<OutputType>Exe</OutputType><Nullable>enable</Nullable>", """<ProjectReference Include="../Contracts/Contracts.csproj" />"""));
        string appCode = ConsumerFiles.Write(root, "App/Program.cs", """
            using System;
            using Contracts;
            using HangupGen;

            var hangup = new HangupEvent("uuid", HangupCause.BusyLine);
            int hangupCauseCode = (int)hangup.Cause;
            Console.WriteLine(hangupCauseCode == 3010 ? hangup.Cause.GetName() : "other");
            """);

        DotnetResult build = feed.Build(Path.Combine(root, "App"));

        Assert.True(build.Succeeded, build.Output);
        Assert.Empty(build.LinesWith(": error "));
        Assert.Empty(build.LinesWith("CS0433"));
        Assert.Empty(build.LinesWith("CS0436"));
        Assert.Equal(
            new[] { contractsCode, appCode }.Order(),
            build.LinesWith(": warning HG0001:").Select(line => line[..line.IndexOf('(')]).Order());
    }

    [Fact]
    public void Two_libraries_and_an_app_each_with_internal_types_build_without_conflicts_and_all_are_analyzed()
    {
        string root = feed.NewWorkspace("two-libraries-layout");
        string[] magic = new string[3];
        foreach ((string name, int index) in new[] { ("Billing", 0), ("Routing", 1) })
        {
            ConsumerFiles.Write(root, $"{name}/{name}.csproj", ConsumerFiles.Project(feed, "net10.0", "<Nullable>enable</Nullable>"));
            magic[index] = ConsumerFiles.Write(root, $"{name}/{name}Policy.cs", $$"""
                using HangupGen;

                namespace {{name}}
                {
                    public static class {{name}}Policy
                    {
                        public static bool Handles(string hangupCauseCode)
                            => HangupCauses.TryParseCode(hangupCauseCode, out HangupCause cause) && cause.GetCategory() == HangupCategory.CallRejections;

                        public static bool IsBusy(int hangupCauseCode) => hangupCauseCode == 3010;
                    }
                }
                """);
        }

        ConsumerFiles.Write(root, "App/App.csproj", ConsumerFiles.Project(
            feed,
            "net10.0",
            "<OutputType>Exe</OutputType><Nullable>enable</Nullable>",
            """<ProjectReference Include="../Billing/Billing.csproj" /><ProjectReference Include="../Routing/Routing.csproj" />"""));
        magic[2] = ConsumerFiles.Write(root, "App/Program.cs", """
            using System;
            using HangupGen;

            int hangupCauseCode = (int)HangupCause.BusyLine;
            Console.WriteLine(Billing.BillingPolicy.Handles(args.Length > 0 ? args[0] : string.Empty) && Routing.RoutingPolicy.IsBusy(hangupCauseCode) && hangupCauseCode == 3010);
            """);

        DotnetResult build = feed.Build(Path.Combine(root, "App"));

        Assert.True(build.Succeeded, build.Output);
        Assert.Empty(build.LinesWith("CS0433"));
        Assert.Empty(build.LinesWith("CS0436"));
        Assert.Equal(magic.Order(), build.LinesWith(": warning HG0001:").Select(line => line[..line.IndexOf('(')]).Order());
    }
}

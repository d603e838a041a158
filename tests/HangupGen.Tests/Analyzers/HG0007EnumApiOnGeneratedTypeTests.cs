using System.Threading.Tasks;
using HangupGen.Tests.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = HangupGen.Tests.Analyzers.HangupAnalyzerVerifier<HangupGen.Analyzers.EnumApiOnGeneratedTypeAnalyzer>;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// HG0007: the Enum API on a generated enum where it is wrong. The embedded table's first cause whose
/// documented name differs from its identifier is CanceledOutOfCredits (1010), which the messages show.
/// </summary>
public sealed class HG0007EnumApiOnGeneratedTypeTests
{
    private const string CauseExample = "its C# identifier (CanceledOutOfCredits), not its documented name (\"Canceled (Out Of Credits)\"): use GetName()";
    private const string CauseToString = "ToString() of a HangupCause gives " + CauseExample;
    private const string BusyLineNeverMatches = "ToString() of a HangupCause never gives \"Busy Line\" but the C# identifier BusyLine, so this comparison never matches: compare with HangupCause.BusyLine";
    private const string CauseParse = "accepts any number (\"1015\") and lists of numbers (\"1,2\") as a HangupCause, never a documented name (\"Canceled (Out Of Credits)\"): use HangupCauses.TryParse (names) or HangupCauses.TryParseCode (codes)";
    private const string CallStatusNever = ", never a documented name (\"in-progress\")";

    /// <summary>
    /// The ASP.NET Core stubs, and public generated types: MVC only discovers public controllers, whose
    /// public actions can take a generated enum only when the types are public (<c>HangupGenAccessibility</c>).
    /// </summary>
    private static Verify.Test WithAspNetCore(Verify.Test test)
    {
        test.TestState.Sources.Add((AspNetCoreStubs.Path, AspNetCoreStubs.Source));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.HangupGenAccessibility = public\n"));
        return test;
    }

    private static DiagnosticResult Found(int location, string message) => Verify.Diagnostic("HG0007").WithLocation(location).WithMessage(message);

    [Fact]
    public Task ToString_and_Enum_GetName_compared_with_a_string_are_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => {|#0:cause.ToString()|} == "Busy Line";

            bool B(HangupCause cause) => {|#1:cause.ToString()|} != "BusyLine";

            bool C(HangupCause cause, string name) => {|#2:cause.ToString()|} == name;

            bool D(HangupCause cause) => {|#3:cause.ToString()|}.Equals("Busy Line");

            bool E(HangupCause cause) => string.Equals({|#4:cause.ToString()|}, "busy line", StringComparison.OrdinalIgnoreCase);

            bool F(CallStatus status) => {|#5:status.ToString()|} == "no-answer";

            bool G(HangupSource source) => {|#6:Enum.GetName(typeof(HangupSource), source)|} == "Call recipient";

            bool H(HangupCause cause) => "Busy Line" == {|#7:Enum.GetName(cause)|};
        }
        """,
        Found(0, BusyLineNeverMatches),
        Found(1, "ToString() of a HangupCause is compared with \"BusyLine\", which matches only while the table's identifier is spelled so: compare with HangupCause.BusyLine"),
        Found(2, CauseToString),
        Found(3, BusyLineNeverMatches),
        Found(4, "ToString() of a HangupCause never gives \"busy line\" but the C# identifier BusyLine, so this comparison never matches: compare with HangupCause.BusyLine"),
        Found(5, "ToString() of a CallStatus never gives \"no-answer\" but the C# identifier NoAnswer, so this comparison never matches: compare with CallStatus.NoAnswer"),
        Found(6, "Enum.GetName of a HangupSource never gives \"Call recipient\" but the C# identifier CallRecipient, so this comparison never matches: compare with HangupSource.CallRecipient"),
        Found(7, "Enum.GetName of a HangupCause never gives \"Busy Line\" but the C# identifier BusyLine, so this comparison never matches: compare with HangupCause.BusyLine"));

    [Fact]
    public Task Switches_and_patterns_over_the_identifier_are_comparisons() => Verify.VerifyAnalyzerAsync("""
        using HangupGen;

        class Callback
        {
            string A(HangupCause cause)
            {
                switch ({|#0:cause.ToString()|})
                {
                    case "Busy Line":
                        return "retry";
                    default:
                        return "";
                }
            }

            bool B(HangupCause cause) => {|#1:cause.ToString()|} is "Busy Line" or "No Answer";

            int C(HangupCause cause) => {|#2:cause.ToString()|} switch { "Busy Line" => 1, _ => 0 };
        }
        """,
        Found(0, CauseToString),
        Found(1, CauseToString),
        Found(2, CauseToString));

    [Fact]
    public Task The_identifier_flowing_into_a_hangup_name_code_or_status_is_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            public string HangupCauseName { get; set; } = "";

            public string CallStatus { get; set; } = "";

            void A(HangupCause cause) => HangupCauseName = {|#0:cause.ToString()|};

            void B(CallStatus status) => CallStatus = $"{{|#1:status|}}";

            string GetHangupCauseName(HangupCause cause) => {|#2:cause.ToString()|};

            void C(Dictionary<string, string> form, HangupCause cause) => form["HangupCauseName"] = {|#3:Enum.GetName(cause)|}!;

            string D(HangupCause cause)
            {
                string hangupCause = "Cause: " + {|#4:cause|};
                return hangupCause;
            }

            void E(HangupSource source) => Save(hangupSource: {|#5:source|} + "");

            void Save(string hangupSource)
            {
            }

            void F(HangupReason reason, Dictionary<string, string> row) => row["hangup_reason"] = {|#6:reason.ToString()|};
        }
        """,
        Found(0, CauseToString),
        Found(1, "Interpolating a CallStatus writes its C# identifier (InProgress), not its documented name (\"in-progress\"): use GetName()"),
        Found(2, CauseToString),
        Found(3, "Enum.GetName of a HangupCause gives " + CauseExample),
        Found(4, "Concatenating a HangupCause writes " + CauseExample),
        Found(5, "Concatenating a HangupSource writes its C# identifier (CallRecipient), not its documented name (\"Call recipient\"): use GetName()"),
        Found(6, "ToString() of a HangupReason gives its C# identifier (InactivityTimeout), not its documented name (\"inactivity_timeout\"): use GetName()"));

    [Fact]
    public Task Enum_Parse_and_TryParse_of_every_generated_enum_are_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string text, out HangupCause cause) => {|#0:Enum.TryParse(text, out cause)|};

            bool B(string text) => {|#1:Enum.TryParse<HangupCause>(text, true, out _)|};

            HangupCause C(string text) => {|#2:Enum.Parse<HangupCause>(text)|};

            object D(string text) => {|#3:Enum.Parse(typeof(HangupCause), text, ignoreCase: true)|};

            bool E(string text) => {|#4:Enum.TryParse(typeof(CallStatus), text, out object? status)|};

            bool F(string text) => {|#5:Enum.TryParse<TelephonyCause>(text, out _)|};

            bool G(string text) => {|#6:Enum.TryParse<HangupCategory>(text, out _)|};

            bool H(HangupReason reason) => {|#7:reason.ToString()|} == "inactivity_timeout";

            bool I(string text) => {|#8:Enum.TryParse<HangupReason>(text, out _)|};
        }
        """,
        Found(0, "Enum.TryParse " + CauseParse),
        Found(1, "Enum.TryParse " + CauseParse),
        Found(2, "Enum.Parse " + CauseParse),
        Found(3, "Enum.Parse " + CauseParse),
        Found(4, "Enum.TryParse accepts any number (\"8\") and lists of numbers (\"1,2\") as a CallStatus" + CallStatusNever + ": use CallStatuses.TryParse"),
        Found(5, "Enum.TryParse accepts any number (\"5\") and lists of numbers (\"1,2\") as a TelephonyCause, never a documented name (\"NONE\"): use TelephonyCauses.TryParse"),
        Found(6, "Enum.TryParse accepts any number (\"11\") and lists of numbers (\"1,2\") as a HangupCategory: use a comparison with the GetName() of each member"),
        Found(7, "ToString() of a HangupReason never gives \"inactivity_timeout\" but the C# identifier InactivityTimeout, so this comparison never matches: compare with HangupReason.InactivityTimeout"),
        Found(8, "Enum.TryParse accepts any number (\"24\") and lists of numbers (\"1,2\") as a HangupReason, never a documented name (\"inactivity_timeout\"): use HangupReasons.TryParse"));

    [Fact]
    public Task Enum_IsDefined_of_a_string_and_Enum_GetNames_are_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            bool A(string text) => {|#0:Enum.IsDefined(typeof(HangupCause), text)|};

            string[] B() => {|#1:Enum.GetNames<HangupCause>()|};

            string[] C() => {|#2:Enum.GetNames(typeof(CallStatus))|};
        }
        """,
        Found(0, "Enum.IsDefined of a string checks the C# identifier of a HangupCause in exact case, never a documented name (\"Canceled (Out Of Credits)\"): use HangupCauses.TryParse"),
        Found(1, "Enum.GetNames lists the C# identifiers of HangupCause (CanceledOutOfCredits), not the documented names (\"Canceled (Out Of Credits)\"): use GetName() of each of HangupCauses.All"),
        Found(2, "Enum.GetNames lists the C# identifiers of CallStatus (InProgress), not the documented names (\"in-progress\"): use GetName() of each of CallStatuses.All"));

    [Fact]
    public Task Bound_endpoint_and_action_parameters_are_found()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using HangupGen;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Mvc;
                using Microsoft.AspNetCore.Routing;

                static class Endpoints
                {
                    public static void Map(IEndpointRouteBuilder app)
                    {
                        app.MapGet("/hangup/{cause}", ({|#0:HangupCause|} cause) => cause.GetName());
                        app.MapPost("/status", ({|#1:CallStatus?|} status, [FromBody] HangupCause body) => "");
                        app.MapGet("/h", Handle);
                    }

                    static string Handle({|#2:HangupCause|} hangupCause) => "";
                }

                public class HangupController : ControllerBase
                {
                    public string Get({|#3:HangupCause|} cause, [FromServices] object services) => "";

                    [NonAction]
                    public string Helper(HangupCause cause) => "";

                    private string Private(HangupCause cause) => "";

                    public static string Static(HangupCause cause) => "";
                }

                [ApiController]
                public class CallsController
                {
                    public string Status([FromQuery] {|#4:CallStatus|} status) => "";
                }
                """,
            ExpectedDiagnostics =
            {
                Found(0, Bound("cause")),
                Found(1, "Parameter 'status' binds a CallStatus the way Enum.TryParse parses: any number (\"8\") and lists of numbers (\"1,2\") bind" + CallStatusNever + ": bind a string and parse it with CallStatuses.TryParse"),
                Found(2, Bound("hangupCause")),
                Found(3, Bound("cause")),
                Found(4, "Parameter 'status' binds a CallStatus the way Enum.TryParse parses: any number (\"8\") and lists of numbers (\"1,2\") bind" + CallStatusNever + ": bind a string and parse it with CallStatuses.TryParse"),
            },
        };
        return WithAspNetCore(test).RunAsync();

        static string Bound(string parameter)
            => $"Parameter '{parameter}' binds a HangupCause the way Enum.TryParse parses: any number (\"1015\") and lists of numbers (\"1,2\") bind, never a documented name (\"Canceled (Out Of Credits)\"): bind a HangupCode";
    }

    [Fact]
    public Task Logging_and_messages_that_show_the_identifier_are_not_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            void A(HangupCause cause)
            {
                Console.WriteLine("Call ended: " + cause);
                Console.WriteLine($"Call ended: {cause}");
                Log("Hangup {HangupCause}", cause.ToString());
                Log($"Hangup {cause} from {HangupSource.Carrier}");
                string message = $"Hangup: {cause}";
                Log(message);
                Log("Hangup: " + Enum.GetName(cause));
                FormattableString formattable = $"{cause}";
                Log(formattable.ToString());
            }

            void B(HangupCause cause) => throw new InvalidOperationException($"Unexpected cause {cause}");

            string Describe(CallStatus status) => "Status " + status;

            void Log(string message, params object[] args)
            {
            }
        }
        """);

    [Fact]
    public Task Identifiers_compared_with_identifiers_are_not_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HangupGen;

        class Callback
        {
            bool A(HangupCause cause) => cause.ToString() == nameof(HangupCause.BusyLine);

            bool B(HangupCause a, HangupCause b) => a.ToString() == b.ToString();

            bool C(HangupCause a, HangupCause b) => a.ToString() == Enum.GetName(b);

            bool D(HangupCause cause) => cause.ToString() == null;

            bool E(HangupCause cause, string hangupCode) => cause.ToString("D") == hangupCode;

            void F(HangupCause cause, Dictionary<string, int> counts) => counts[cause.ToString()] = 1;

            string G(HangupCause cause) => $"{cause:D}";

            bool H(HangupCause cause) => cause.GetName() == "Busy Line";

            bool I(HangupCause cause) => cause.ToString() is not null;

            bool J(HangupCause cause) => cause.ToString() is { Length: > 0 } text && text.Length < 40;

            int K(HangupCause cause) => cause.ToString() switch { { Length: 0 } => 0, _ => 1 };

            void L(HangupCause cause, Dictionary<string, string> form) => form["HangupCauseCode"] = cause.ToString();
        }
        """);

    [Fact]
    public Task Other_enums_and_generic_enums_are_not_found() => Verify.VerifyAnalyzerAsync("""
        using System;

        namespace Mine
        {
            enum HangupCause
            {
                BusyLine = 3010,
            }

            class Callback
            {
                bool A(DayOfWeek day) => day.ToString() == "Monday";

                DayOfWeek B(string text) => Enum.Parse<DayOfWeek>(text);

                bool C(string text) => Enum.TryParse<HangupCause>(text, out _);

                bool D(HangupCause cause) => cause.ToString() == "Busy Line";

                Array E() => Enum.GetValues(typeof(DayOfWeek));

                string[] F() => Enum.GetNames<HangupCause>();

                static bool G<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.IsDefined(value);

                static bool H<TEnum>(string text) where TEnum : struct, Enum => Enum.TryParse<TEnum>(text, out _);

                static string? I<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.GetName(value);

                void J(HangupCause cause) => HangupCauseName = cause.ToString();

                string HangupCauseName { get; set; } = "";
            }
        }
        """);

    [Fact]
    public Task Enum_API_that_answers_right_on_a_generated_enum_is_not_found() => Verify.VerifyAnalyzerAsync("""
        using System;
        using HangupGen;

        class Callback
        {
            HangupCause[] A() => Enum.GetValues<HangupCause>();

            Array B() => Enum.GetValues(typeof(CallStatus));

            bool C(HangupCause cause) => Enum.IsDefined(typeof(HangupCause), cause);

            bool D(HangupCause cause) => Enum.IsDefined(cause);

            bool E(int hangupCode) => Enum.IsDefined(typeof(HangupCause), hangupCode);

            int F(HangupCause cause) => cause.CompareTo(HangupCause.BusyLine);

            bool G(HangupCause cause) => cause.HasFlag(HangupCause.Unknown);

            string H(HangupCause cause) => cause.ToString("D");
        }
        """);

    [Fact]
    public Task Parameters_that_are_not_bound_from_request_text_are_not_found()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using HangupGen;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Mvc;
                using Microsoft.AspNetCore.Routing;

                static class MyRoutes
                {
                    public static void MapGet(this object app, string pattern, Delegate handler)
                    {
                    }
                }

                static class Endpoints
                {
                    public static void Map(IEndpointRouteBuilder app, object other)
                    {
                        app.MapPost("/hangup", ([FromBody] HangupCause cause) => "");
                        other.MapGet("/hangup/{cause}", (HangupCause cause) => "");
                        Func<HangupCause, string> handler = cause => cause.GetName();
                    }
                }

                public class CallHandler
                {
                    public string Handle(HangupCause cause) => cause.GetName();
                }

                public abstract class BaseController : ControllerBase
                {
                    protected string Describe(HangupCause cause) => cause.GetName();
                }

                public class HangupController : BaseController
                {
                    [NonAction]
                    public string Helper(HangupCause cause) => "";

                    public string Get(string hangupCauseCode) => "";
                }

                [ApiController]
                internal class InternalController
                {
                    public string Get(HangupCause cause) => "";
                }
                """,
        };
        return WithAspNetCore(test).RunAsync();
    }
}

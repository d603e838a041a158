using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// The HG0xxx rules. Categories are the standard ones so that category-wide severities in
    /// <c>.editorconfig</c> (<c>dotnet_analyzer_diagnostic.category-Reliability.severity</c>) apply.
    /// Each has a page under <c>docs/rules/</c>.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Usage = "Usage";
        private const string Reliability = "Reliability";

        /// <summary>HG0001: "Hangup code {0} is written as a number: use HangupCause.{1} ({2})".</summary>
        public static readonly DiagnosticDescriptor MagicHangupCode = Warning(
            DiagnosticIds.MagicHangupCode,
            Usage,
            "Use the HangupCause member instead of a magic hangup code",
            "Hangup code {0} is written as a number: use HangupCause.{1} ({2})",
            "A number (or numeric string) equal to a documented hangup code is used where a hangup code is meant. The HangupCause member says which cause it is, carries its documentation and cannot be mistyped.");

        /// <summary>HG0002: "{0} is not a hangup code of the table{1}".</summary>
        public static readonly DiagnosticDescriptor UnknownHangupCode = Warning(
            DiagnosticIds.UnknownHangupCode,
            Reliability,
            "Unknown hangup code",
            "{0} is not a hangup code of the table{1}",
            "A number used where a hangup code is meant matches no row of the hangup table: it is a typo, or a code the table does not document yet (add it to HangupCodes.csv).");

        /// <summary>HG0003: "This switch over {0} misses {1}".</summary>
        public static readonly DiagnosticDescriptor NonExhaustiveHangupSwitch = Warning(
            DiagnosticIds.NonExhaustiveHangupSwitch,
            Reliability,
            "Switch over hangup causes is not exhaustive",
            "This switch over {0} misses {1}",
            "A switch over hangup causes (or categories, or hangup-code integers) does not handle every member of the hangup table and its default case is absent or only throws, so a cause added later is silently mishandled.");

        /// <summary>
        /// HG0004: "The range {0} over hangup codes {1}". {0} is the inclusive range the comparisons
        /// accept ("3000-3050"); {1} is one of the verdicts below, worked out from the documented
        /// codes inside the range and the categories they belong to.
        /// </summary>
        public static readonly DiagnosticDescriptor HangupCodeRange = Warning(
            DiagnosticIds.HangupCodeRange,
            Reliability,
            "Test the hangup category instead of a code range",
            "The range {0} over hangup codes {1}",
            "A relational range over hangup codes either splits a category, straddles several, lumps whole categories together, restates one, or holds no documented code; the category test says what is meant and follows the table.");

        /// <summary>HG0004 verdict, the documented codes in the range are exactly one category's: "holds exactly the codes of CallRejections: test HangupCategory.CallRejections instead".</summary>
        public const string HangupCodeRangeIsCategory = "holds exactly the codes of {0}: test HangupCategory.{0} instead";

        /// <summary>HG0004 verdict, several whole categories: "lumps together CallRejections and CarrierErrors: test each category instead".</summary>
        public const string HangupCodeRangeLumpsCategories = "lumps together {0}: test each category instead";

        /// <summary>HG0004 verdict, part of one category: "splits CallRejections: it holds 3 of its 6 codes (NoAnswer, BusyLine, Rejected) and leaves out UnknownCallerId, Forbidden, UnallocatedNumber".</summary>
        public const string HangupCodeRangeSplitsCategory = "splits {0}: it holds {1} of its {2} codes ({3}) and leaves out {4}";

        /// <summary>HG0004 verdict, several categories, not all whole: "straddles CallRejections and CarrierErrors: it holds " + the parts below, joined by ", " and " and ".</summary>
        public const string HangupCodeRangeStraddlesCategories = "straddles {0}: it holds {1}";

        /// <summary>HG0004, a whole category in a straddling range: "all of CanceledCalls (3 codes)".</summary>
        public const string HangupCodeRangeWholePart = "all of {0} ({1})";

        /// <summary>HG0004, a split category in a straddling range: "2 of the 6 codes of CallRejections (Forbidden, UnallocatedNumber; leaves out NoAnswer, BusyLine, Rejected, UnknownCallerId)".</summary>
        public const string HangupCodeRangeSplitPart = "{1} of the {2} codes of {0} ({3}; leaves out {4})";

        /// <summary>HG0004 verdict, no documented code in the range: "holds no documented hangup code", then <see cref="HangupCodeRangeWithin"/> when one category's range holds it.</summary>
        public const string HangupCodeRangeHoldsNothing = "holds no documented hangup code{0}";

        /// <summary>HG0004, where an empty range lies: " (it lies within CallRejections, 3000-3050)".</summary>
        public const string HangupCodeRangeWithin = " (it lies within {0}, {1})";

        /// <summary>
        /// HG0005: "\"{0}\" is the documented name of the hangup {1} {2}{3}: use {4}", e.g. "\"busy line\" is
        /// the documented name of the hangup cause BusyLine (spelled \"Busy Line\"): use HangupCauseNames.BusyLine".
        /// {0} the literal's value, {1} "cause" or "source", {2} the enum member, {3} empty, or
        /// <see cref="MagicHangupNameSpelledAs"/> when the literal's case differs, {4} the generated constant.
        /// </summary>
        public static readonly DiagnosticDescriptor MagicHangupName = Warning(
            DiagnosticIds.MagicHangupName,
            Usage,
            "Use the generated name instead of a magic hangup name",
            "\"{0}\" is the documented name of the hangup {1} {2}{3}: use {4}",
            "A string equal, ignoring case, to a documented hangup cause name, hangup source or Bolna hangup reason is compared with a hangup name, source or reason. The generated constant cannot be misspelled and follows the table; parsing the value once (HangupCauses.TryParse, HangupSources.TryParse, HangupReasons.TryParse) and comparing enum values is better still.");

        /// <summary>HG0005, the literal's case differs from the documented name: " (spelled \"Busy Line\")".</summary>
        public const string MagicHangupNameSpelledAs = " (spelled \"{0}\")";

        /// <summary>
        /// HG0006: "{0} is a documented {1} written as a {2}{3}: use {4}", e.g. "'no-answer' is a
        /// documented call status written as a string: use CallStatusNames.NoAnswer", "16 is a documented
        /// telephony cause written as a number: use TelephonyCause.NormalClearing". {0} the quoted
        /// literal or the number, {1} "call status", "Dial status" or "telephony cause", {2} "string" or
        /// "number", {3} empty, or <see cref="MagicStatusValueSpelledAs"/> when the literal's case differs,
        /// {4} the generated constant or enum member.
        /// </summary>
        public static readonly DiagnosticDescriptor MagicStatusValue = Warning(
            DiagnosticIds.MagicStatusValue,
            Usage,
            "Use the generated constant instead of a magic status value",
            "{0} is a documented {1} written as a {2}{3}: use {4}",
            "A string equal, ignoring case, to a documented call status, Dial status or telephony cause spelling, or a number equal to a documented Q.850 telephony cause, is compared with, assigned or passed to, or matched against a value that holds one. The generated constant cannot be misspelled and follows the table; parsing the value once (CallStatuses.TryParse, DialStatuses.TryParse, TelephonyCauses.TryParse) and comparing enum values is better still.");

        /// <summary>HG0006, the literal's case differs from the documented spelling: " (spelled 'no-answer')".</summary>
        public const string MagicStatusValueSpelledAs = " (spelled '{0}')";

        /// <summary>
        /// HG0007: "{0}", one of the forms below, each saying what goes wrong and what to use: e.g.
        /// "ToString() of a HangupCause gives its C# identifier (BusyLine), not its documented name
        /// (\"Busy Line\"): use GetName()", "Enum.TryParse accepts any number (\"3015\") and lists of
        /// numbers (\"1,2\") as a HangupCause, never a documented name (\"Busy Line\"): use HangupCauses.TryParse".
        /// </summary>
        public static readonly DiagnosticDescriptor EnumApiOnGeneratedType = Warning(
            DiagnosticIds.EnumApiOnGeneratedType,
            Reliability,
            "Enum API on a generated type",
            "{0}",
            "The Enum API knows a generated enum's C# identifiers and numbers, not the documented table: ToString() and Enum.GetName give \"BusyLine\" where the wire says \"Busy Line\", Enum.Parse and Enum.TryParse (and the model binding of ASP.NET Core, which uses them) accept undocumented numbers such as \"3015\" and lists such as \"1,2\", Enum.IsDefined of a string checks the identifier in exact case. The generated helpers (GetName(), HangupCauses.TryParse, TryParseCode, HangupCode) read and write the documented values.");

        /// <summary>HG0007, the identifier of a value where its name is meant: "{ToString() of a HangupCause gives} its C# identifier{ (BusyLine)}, not its documented name{ (\"Busy Line\")}: use GetName()".</summary>
        public const string EnumApiIdentifierText = "{0} its C# identifier{1}, not its documented name{2}: use GetName()";

        /// <summary>HG0007, compared with a documented name: "ToString() of a HangupCause never gives \"Busy Line\" but the C# identifier BusyLine, so this comparison never matches: compare with HangupCause.BusyLine".</summary>
        public const string EnumApiNeverMatches = "{0} never gives \"{1}\" but the C# identifier {2}, so this comparison never matches: compare with {3}";

        /// <summary>HG0007, compared with an identifier: "ToString() of a HangupCause is compared with \"BusyLine\", which matches only while the table's identifier is spelled so: compare with HangupCause.BusyLine".</summary>
        public const string EnumApiComparedWithIdentifier = "{0} is compared with \"{1}\", which matches only while the table's identifier is spelled so: compare with {2}";

        /// <summary>HG0007, parsing: "Enum.TryParse accepts any number (\"3015\") and lists of numbers (\"1,2\") as a HangupCause{, never a documented name (\"Busy Line\")}: use HangupCauses.TryParse".</summary>
        public const string EnumApiParse = "{0} accepts any number (\"{1}\") and lists of numbers (\"1,2\") as a {2}{3}: use {4}";

        /// <summary>HG0007, Enum.IsDefined of a string: "Enum.IsDefined of a string checks the C# identifier of a HangupCause in exact case{, never a documented name (\"Busy Line\")}: use HangupCauses.TryParse".</summary>
        public const string EnumApiIsDefined = "Enum.IsDefined of a string checks the C# identifier of a {0} in exact case{1}: use {2}";

        /// <summary>HG0007, Enum.GetNames: "Enum.GetNames lists the C# identifiers of HangupCause (BusyLine, …), not the documented names (\"Busy Line\", …): use GetName() of each of HangupCauses.All".</summary>
        public const string EnumApiGetNames = "Enum.GetNames lists the C# identifiers of {0}{1}, not the documented names{2}: use {3}";

        /// <summary>HG0007, a bound endpoint or action parameter: "Parameter 'cause' binds a HangupCause the way Enum.TryParse parses: any number (\"3015\") and lists of numbers (\"1,2\") bind{, never a documented name (…)}: bind a HangupCode".</summary>
        public const string EnumApiBoundParameter = "Parameter '{0}' binds a {1} the way Enum.TryParse parses: any number (\"{2}\") and lists of numbers (\"1,2\") bind{3}: {4}";

        /// <summary>HG0007, the clause on documented names: ", never a documented name (\"Busy Line\")".</summary>
        public const string EnumApiNeverDocumentedName = ", never a documented name (\"{0}\")";

        /// <summary>HGSP0001: suppresses CS8524 on a switch expression that handles every member of the table.</summary>
        public static readonly SuppressionDescriptor CompleteHangupSwitch = new SuppressionDescriptor(
            DiagnosticIds.CompleteHangupSwitchSuppression,
            "CS8524",
            "The switch handles every member of the hangup table; HG0003 reports causes added later.");

        private static DiagnosticDescriptor Warning(string id, string category, string title, string message, string description)
            => new DiagnosticDescriptor(
                id,
                title,
                message,
                category,
                DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinks.For(id));
    }
}

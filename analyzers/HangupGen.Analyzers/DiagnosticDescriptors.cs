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

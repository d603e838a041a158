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

        /// <summary>HG0004: "The range {0} over hangup codes {1}".</summary>
        public static readonly DiagnosticDescriptor HangupCodeRange = Warning(
            DiagnosticIds.HangupCodeRange,
            Reliability,
            "Test the hangup category instead of a code range",
            "The range {0} over hangup codes {1}",
            "A relational range over hangup codes either splits a category, straddles two, or restates one; the category test says what is meant and follows the table.");

        /// <summary>HG0005: "\"{0}\" is the documented {1} name of {2}: use {3}".</summary>
        public static readonly DiagnosticDescriptor MagicHangupName = Warning(
            DiagnosticIds.MagicHangupName,
            Usage,
            "Use the generated name instead of a magic hangup name",
            "\"{0}\" is the documented {1} name of {2}: use {3}",
            "A string equal to a documented hangup cause or source name is compared with a hangup name. The generated constant (or the parsed enum) cannot be misspelled and follows the table.");

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

using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator
{
    /// <summary>
    /// The HG1xxx diagnostics: problems in a hangup table or in the generator's settings. Each is an
    /// error located at the file, line and column of the problem, except the unknown-column warning.
    /// </summary>
    internal static class TableDiagnosticDescriptors
    {
        private const string Category = "Usage";

        /// <summary>HG1001: "The quoted field that starts here is never closed: …".</summary>
        public static readonly DiagnosticDescriptor UnterminatedQuote = Error(
            DiagnosticIds.UnterminatedQuote,
            "Unterminated quoted field in the hangup table",
            "The quoted field that starts here is never closed: add the closing quote (\"), and write a quote inside a field as two quotes (\"\")");

        /// <summary>HG1002: "Unexpected {0} in a CSV field: …".</summary>
        public static readonly DiagnosticDescriptor MalformedQuotedField = Error(
            DiagnosticIds.MalformedQuotedField,
            "Malformed quoting in the hangup table",
            "Unexpected {0} in a CSV field: enclose a field that contains quotes in quotes, write each quote inside it as two quotes (\"\"), and put nothing between a closing quote and the next comma");

        /// <summary>HG1003: "The table has no '{0}' column: …".</summary>
        public static readonly DiagnosticDescriptor MissingRequiredColumn = Error(
            DiagnosticIds.MissingRequiredColumn,
            "Missing required column in the hangup table",
            "The table has no '{0}' column: add it to the header row (docs/table-format.md lists each table's required columns)");

        /// <summary>HG1004: "Column '{0}' appears more than once in the header row: …".</summary>
        public static readonly DiagnosticDescriptor DuplicateColumn = Error(
            DiagnosticIds.DuplicateColumn,
            "Duplicate column in the hangup table",
            "Column '{0}' appears more than once in the header row: remove or rename one of them");

        /// <summary>HG1005: "Column '{0}' is not a column of this table and is ignored: …".</summary>
        public static readonly DiagnosticDescriptor UnknownColumn = new DiagnosticDescriptor(
            DiagnosticIds.UnknownColumn,
            "Unknown column in the hangup table",
            "Column '{0}' is not a column of this table and is ignored: check its spelling (the columns are {1})",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnknownColumn));

        /// <summary>HG1006: "This row has {0} fields but the header has {1}: …".</summary>
        public static readonly DiagnosticDescriptor FieldCountMismatch = Error(
            DiagnosticIds.FieldCountMismatch,
            "Row with the wrong number of fields in the hangup table",
            "This row has {0} fields but the header has {1}: give every row one field per column, and quote fields that contain commas; the row is not generated");

        /// <summary>HG1007: "The '{0}' field of this row is empty: …".</summary>
        public static readonly DiagnosticDescriptor EmptyRequiredField = Error(
            DiagnosticIds.EmptyRequiredField,
            "Empty required field in the hangup table",
            "The '{0}' field of this row is empty: every row needs a {0}; the row is not generated");

        /// <summary>HG1008: "'{0}' is not a valid code: …".</summary>
        public static readonly DiagnosticDescriptor InvalidCode = Error(
            DiagnosticIds.InvalidCode,
            "Invalid hangup code in the hangup table",
            "'{0}' is not a valid code: write a non-negative whole number such as 3010 (or 16 for a telephony cause); the row is not generated");

        /// <summary>HG1009: "Code {0} is already defined on line {1}: …".</summary>
        public static readonly DiagnosticDescriptor DuplicateCode = Error(
            DiagnosticIds.DuplicateCode,
            "Duplicate hangup code in the hangup table",
            "Code {0} is already defined on line {1}: each code may appear only once; this row is not generated");

        /// <summary>HG1010: "'{0}' cannot be used as a C# identifier: {1}".</summary>
        public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
            DiagnosticIds.InvalidIdentifier,
            "Invalid identifier in the hangup table",
            "'{0}' cannot be used as a C# identifier: {1}; the row is not generated");

        /// <summary>HG1011: "Identifier '{0}' is already used on line {1}: …".</summary>
        public static readonly DiagnosticDescriptor DuplicateIdentifier = Error(
            DiagnosticIds.DuplicateIdentifier,
            "Duplicate identifier in the hangup table",
            "Identifier '{0}' is already used on line {1}: identifiers must be unique, ignoring case; set another one in the 'identifier' column (or rename the category); the row is not generated");

        /// <summary>HG1012: "'{0}' is already a name, identifier or alias on line {1}: …".</summary>
        public static readonly DiagnosticDescriptor DuplicateName = Error(
            DiagnosticIds.DuplicateName,
            "Duplicate name or alias in the hangup table",
            "'{0}' is already a name, identifier or alias on line {1}, ignoring case: TryParse could not tell the two rows apart; remove or change one of them; the row is not generated");

        /// <summary>HG1013: "'{0}' is not a valid code range: …".</summary>
        public static readonly DiagnosticDescriptor InvalidRange = Error(
            DiagnosticIds.InvalidRange,
            "Invalid category range in the hangup table",
            "'{0}' is not a valid code range: write the first and last code of the category, such as 3000-3050, or a single code; the row is not generated");

        /// <summary>HG1014: "The range of category '{0}' conflicts with line {1}: {2}".</summary>
        public static readonly DiagnosticDescriptor ConflictingCategoryRange = Error(
            DiagnosticIds.ConflictingCategoryRange,
            "Conflicting category range in the hangup table",
            "The range of category '{0}' conflicts with line {1}: {2}; give a category the same range on every row and keep categories from overlapping; the row is not generated");

        /// <summary>HG1015: "Code {0} is outside the range {1} of category '{2}': …".</summary>
        public static readonly DiagnosticDescriptor CodeOutsideCategoryRange = Error(
            DiagnosticIds.CodeOutsideCategoryRange,
            "Hangup code outside its category's range",
            "Code {0} is outside the range {1} of category '{2}': fix the code, or move the row to the category whose range holds it; the row is not generated");

        /// <summary>HG1016: "'{0}' is not a hangup source: use one of {1} (the hangup source table's names), …".</summary>
        public static readonly DiagnosticDescriptor UnknownHangupSource = Error(
            DiagnosticIds.UnknownHangupSource,
            "Unknown hangup source in the hangup table",
            "'{0}' is not a hangup source: use one of {1} (the hangup source table's names), separated by ';' (a condition may follow a comma); the row is not generated");

        /// <summary>HG1017: "The table '{0}' has no rows: …".</summary>
        public static readonly DiagnosticDescriptor EmptyTable = Error(
            DiagnosticIds.EmptyTable,
            "Empty hangup table",
            "The table '{0}' has no rows: add a header row and at least one row, or remove the file to use the built-in table");

        /// <summary>HG1018: "More than one table of the same kind: '{0}' is used and '{1}' is ignored: …".</summary>
        public static readonly DiagnosticDescriptor MultipleTables = Error(
            DiagnosticIds.MultipleTables,
            "More than one hangup table",
            "More than one table of the same kind: '{0}' is used and '{1}' is ignored; keep one table of each kind per project");

        /// <summary>HG1019: "The table '{0}' could not be read: …".</summary>
        public static readonly DiagnosticDescriptor UnreadableTable = Error(
            DiagnosticIds.UnreadableTable,
            "Unreadable hangup table",
            "The table '{0}' could not be read: check that the file exists and can be read");

        /// <summary>HG1020: "The MSBuild property {0} has the invalid value '{1}': {2}".</summary>
        public static readonly DiagnosticDescriptor InvalidSetting = Error(
            DiagnosticIds.InvalidSetting,
            "Invalid HangupGen setting",
            "The MSBuild property {0} has the invalid value '{1}': {2}");

        /// <summary>HG1021: "'{0}' is not a SIP final response status: write a number from 300 to 699, such as 486, or leave the field empty; the row is not generated".</summary>
        public static readonly DiagnosticDescriptor InvalidSipStatus = Error(
            DiagnosticIds.InvalidSipStatus,
            "Invalid SIP status in the telephony cause table",
            "'{0}' is not a SIP final response status: write a number from 300 to 699, such as 486, or leave the field empty; the row is not generated");

        /// <summary>HG1022: "'{0}' is not a side that reports a hangup reason: write Bolna or Telephony provider; the row is not generated".</summary>
        public static readonly DiagnosticDescriptor InvalidSide = Error(
            DiagnosticIds.InvalidSide,
            "Invalid side in the hangup reason table",
            "'{0}' is not a side that reports a hangup reason: write Bolna or Telephony provider; the row is not generated");

        /// <summary>Every HG1xxx descriptor, for lookups by ID and for the tests that check docs and release notes.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
        {
            UnterminatedQuote, MalformedQuotedField, MissingRequiredColumn, DuplicateColumn, UnknownColumn,
            FieldCountMismatch, EmptyRequiredField, InvalidCode, DuplicateCode, InvalidIdentifier,
            DuplicateIdentifier, DuplicateName, InvalidRange, ConflictingCategoryRange, CodeOutsideCategoryRange,
            UnknownHangupSource, EmptyTable, MultipleTables, UnreadableTable, InvalidSetting, InvalidSipStatus, InvalidSide,
        };

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = All.ToDictionary(d => d.Id);

        /// <summary>Turns a problem from the model into a diagnostic located in its file.</summary>
        public static Diagnostic ToDiagnostic(GeneratorProblem problem)
        {
            Location location = problem.Path.Length == 0
                ? Location.None
                : Location.Create(
                    problem.Path,
                    new TextSpan(problem.Start, problem.Length),
                    new LinePositionSpan(new LinePosition(problem.Line, problem.Column), new LinePosition(problem.EndLine, problem.EndColumn)));
            return Diagnostic.Create(s_byId[problem.Id], location, problem.Arguments.Cast<object>().ToArray());
        }

        private static DiagnosticDescriptor Error(string id, string title, string message) => new DiagnosticDescriptor(
            id,
            title,
            message,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: HelpLinks.For(id));
    }
}

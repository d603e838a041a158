namespace HangupGen
{
    /// <summary>
    /// Every diagnostic ID HangupGen reports, in one place. HG0xxx are the code rules (analyzers),
    /// HG1xxx are problems in the hangup table (reported by the generator). Each ID has a page under
    /// <c>docs/rules/</c> and an entry in an <c>AnalyzerReleases</c> file.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string MagicHangupCode = "HG0001";
        public const string UnknownHangupCode = "HG0002";
        public const string NonExhaustiveHangupSwitch = "HG0003";
        public const string HangupCodeRange = "HG0004";
        public const string MagicHangupName = "HG0005";
        public const string MagicStatusValue = "HG0006";

        /// <summary>Suppresses CS8524 on switches over the generated enums that handle every member.</summary>
        public const string CompleteHangupSwitchSuppression = "HGSP0001";

        public const string UnterminatedQuote = "HG1001";
        public const string MalformedQuotedField = "HG1002";
        public const string MissingRequiredColumn = "HG1003";
        public const string DuplicateColumn = "HG1004";
        public const string UnknownColumn = "HG1005";
        public const string FieldCountMismatch = "HG1006";
        public const string EmptyRequiredField = "HG1007";
        public const string InvalidCode = "HG1008";
        public const string DuplicateCode = "HG1009";
        public const string InvalidIdentifier = "HG1010";
        public const string DuplicateIdentifier = "HG1011";
        public const string DuplicateName = "HG1012";
        public const string InvalidRange = "HG1013";
        public const string ConflictingCategoryRange = "HG1014";
        public const string CodeOutsideCategoryRange = "HG1015";
        public const string UnknownHangupSource = "HG1016";
        public const string EmptyTable = "HG1017";
        public const string MultipleTables = "HG1018";
        public const string UnreadableTable = "HG1019";
        public const string InvalidSetting = "HG1020";
        public const string InvalidSipStatus = "HG1021";
        public const string InvalidSide = "HG1022";
    }
}

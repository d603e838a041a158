namespace HangupGen.Contract
{
    /// <summary>
    /// The names of the generated types and of the members the analyzers read back from them.
    /// Compiled into the generator (which emits them) and the analyzers (which look them up), so
    /// the two cannot drift apart.
    /// </summary>
    internal static class GeneratedTypeNames
    {
        public const string HangupCause = "HangupCause";
        public const string HangupCategory = "HangupCategory";
        public const string HangupSource = "HangupSource";
        public const string HangupCauses = "HangupCauses";
        public const string HangupSources = "HangupSources";
        public const string HangupCauseExtensions = "HangupCauseExtensions";
        public const string HangupCategoryExtensions = "HangupCategoryExtensions";
        public const string HangupSourceExtensions = "HangupSourceExtensions";
        public const string HangupCauseNames = "HangupCauseNames";
        public const string HangupSourceNames = "HangupSourceNames";
        public const string HangupCauseNextSteps = "HangupCauseNextSteps";

        // The name vocabularies that arrive with a hangup (HangupSource above is one too): one enum,
        // one parser class, one names class and one extensions class each.
        public const string CallStatus = "CallStatus";
        public const string CallStatuses = "CallStatuses";
        public const string CallStatusNames = "CallStatusNames";
        public const string CallStatusExtensions = "CallStatusExtensions";
        public const string DialStatus = "DialStatus";
        public const string DialStatuses = "DialStatuses";
        public const string DialStatusNames = "DialStatusNames";
        public const string DialStatusExtensions = "DialStatusExtensions";
        public const string TelephonyCause = "TelephonyCause";
        public const string TelephonyCauses = "TelephonyCauses";
        public const string TelephonyCauseNames = "TelephonyCauseNames";
        public const string TelephonyCauseExtensions = "TelephonyCauseExtensions";
        public const string HangupReason = "HangupReason";
        public const string HangupReasons = "HangupReasons";
        public const string HangupReasonNames = "HangupReasonNames";
        public const string HangupReasonExtensions = "HangupReasonExtensions";

        /// <summary>Who reports a <c>HangupReason</c>: Bolna or the telephony provider.</summary>
        public const string HangupReasonSide = "HangupReasonSide";

        /// <summary>The constant of a category's class in <c>HangupCauses</c> holding its first code.</summary>
        public const string FirstCode = "FirstCode";

        /// <summary>The constant of a category's class in <c>HangupCauses</c> holding its last code (inclusive).</summary>
        public const string LastCode = "LastCode";

        /// <summary>The list of a category's causes, in its class in <c>HangupCauses</c>.</summary>
        public const string Members = "Members";
    }
}

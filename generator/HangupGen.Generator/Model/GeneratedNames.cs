using System;
using System.Collections.Generic;

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// The names of the generated types and of the members a table's identifiers could collide
    /// with. The table reader rejects such identifiers with a located error instead of letting the
    /// generated code fail to compile.
    /// </summary>
    internal static class GeneratedNames
    {
        public const string HangupCause = "HangupCause";
        public const string HangupCategory = "HangupCategory";
        public const string HangupSource = "HangupSource";
        public const string HangupCauses = "HangupCauses";
        public const string HangupSources = "HangupSources";
        public const string HangupCauseExtensions = "HangupCauseExtensions";
        public const string HangupCauseNames = "HangupCauseNames";
        public const string HangupSourceNames = "HangupSourceNames";
        public const string HangupCauseNextSteps = "HangupCauseNextSteps";

        /// <summary>
        /// Cause identifiers that cannot name an enum member of <c>HangupCause</c>, or a constant of
        /// <c>HangupCauseNames</c> or <c>HangupCauseNextSteps</c> (a constant cannot share its class's
        /// name, CS0542; a member of <see cref="object"/> would be hidden, CS0108).
        /// </summary>
        public static readonly ISet<string> ReservedCauseIdentifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            HangupCause, HangupCauseNames, HangupCauseNextSteps, "value__",
            "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
        };

        /// <summary>
        /// Category identifiers that cannot name a nested class of <c>HangupCauses</c> (they are its
        /// members, and the class's own members cannot share its name: CS0542) or a member of
        /// <c>HangupCategory</c>.
        /// </summary>
        public static readonly ISet<string> ReservedCategoryIdentifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            HangupCauses, HangupCategory, "value__", "All", "Count", "FromCode", "TryFromCode", "TryParseCode",
            "TryParse", "Parse", "TryGetCategory", "IsInCategory", "Category", "FirstCode", "LastCode", "Members",
        };
    }
}

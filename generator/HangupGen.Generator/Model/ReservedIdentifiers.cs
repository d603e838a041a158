using System;
using System.Collections.Generic;
using HangupGen.Contract;

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// The identifiers a table row cannot take because a generated type or member already has
    /// the name. The table reader rejects them with a located error instead of letting the
    /// generated code fail to compile.
    /// </summary>
    internal static class ReservedIdentifiers
    {
        /// <summary>
        /// Cause identifiers that cannot name an enum member of <c>HangupCause</c>, or a constant of
        /// <c>HangupCauseNames</c> or <c>HangupCauseNextSteps</c> (a constant cannot share its class's
        /// name, CS0542; a member of <see cref="object"/> would be hidden, CS0108).
        /// </summary>
        public static readonly ISet<string> Causes = new HashSet<string>(StringComparer.Ordinal)
        {
            GeneratedTypeNames.HangupCause, GeneratedTypeNames.HangupCauseNames, GeneratedTypeNames.HangupCauseNextSteps, "value__",
            "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
        };

        /// <summary>
        /// Category identifiers that cannot name a nested class of <c>HangupCauses</c> (they are its
        /// members, and the class's own members cannot share its name: CS0542) or a member of
        /// <c>HangupCategory</c>.
        /// </summary>
        public static readonly ISet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
        {
            GeneratedTypeNames.HangupCauses, GeneratedTypeNames.HangupCategory, "value__", "All", "Count", "FromCode", "TryFromCode", "TryParseCode",
            "TryParse", "Parse", "TryGetCategory", "IsInCategory", "Category",
            GeneratedTypeNames.FirstCode, GeneratedTypeNames.LastCode, GeneratedTypeNames.Members,
        };

        /// <summary>
        /// Member identifiers a vocabulary's table cannot use: its own enum's and names class's names
        /// (CS0542 in the names class) and the members of <see cref="object"/> (CS0108 there).
        /// </summary>
        public static ISet<string> MembersOf(Vocabulary vocabulary)
            => new HashSet<string>(StringComparer.Ordinal)
            {
                vocabulary.TypeName, vocabulary.NamesName, "value__",
                "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
            };
    }
}

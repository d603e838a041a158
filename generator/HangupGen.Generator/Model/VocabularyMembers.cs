using System;
using System.Collections.Generic;

namespace HangupGen.Generator.Model
{
    /// <summary>Lookups over the rows of a vocabulary table, by the rules its generated parser follows.</summary>
    internal static class VocabularyMembers
    {
        /// <summary>The member whose documented spelling, identifier or alias is <paramref name="text"/>, in any case; null when none is.</summary>
        public static VocabularyMemberSpec? Find(IEnumerable<VocabularyMemberSpec> members, string text)
        {
            foreach (VocabularyMemberSpec member in members)
            {
                if (string.Equals(member.Name, text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(member.Identifier, text, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }

                foreach (string alias in member.Aliases)
                {
                    if (string.Equals(alias, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return member;
                    }
                }
            }

            return null;
        }
    }
}

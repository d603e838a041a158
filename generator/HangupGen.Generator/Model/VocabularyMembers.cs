using System;
using System.Collections.Generic;

namespace HangupGen.Generator.Model
{
    /// <summary>Lookups over the rows of a vocabulary table, by the rules its generated parser follows.</summary>
    internal static class VocabularyMembers
    {
        /// <summary>The member whose documented spelling, identifier or alias is <paramref name="text"/>, in any case; null when none is.</summary>
        public static VocabularyMemberSpec? Find(IReadOnlyList<VocabularyMemberSpec> members, string text)
        {
            // Indexed, not foreach: an interface's enumerator is an allocation, and a large table asks for each name of each distinct sources text.
            for (int i = 0; i < members.Count; i++)
            {
                VocabularyMemberSpec member = members[i];
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

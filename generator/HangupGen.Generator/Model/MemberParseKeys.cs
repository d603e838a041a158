using System;
using System.Collections.Generic;

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// The spellings a member's generated <c>TryParse</c> accepts: its documented name, its identifier and
    /// its aliases, each once ignoring case (the first spelling is kept). One definition, so that the table
    /// reader's duplicate check (HG1012) and the generated parsers hold the same keys.
    /// </summary>
    internal static class MemberParseKeys
    {
        /// <summary>Replaces what <paramref name="keys"/> holds with the member's keys, in that order.</summary>
        /// <remarks>Generic over the aliases so that an <see cref="EquatableArray{T}"/> is read without boxing.</remarks>
        public static void Fill<TAliases>(List<string> keys, string name, string identifier, TAliases aliases)
            where TAliases : IReadOnlyList<string>
        {
            keys.Clear();
            Add(keys, name);
            Add(keys, identifier);
            for (int i = 0; i < aliases.Count; i++)
            {
                Add(keys, aliases[i]);
            }
        }

        private static void Add(List<string> keys, string key)
        {
            foreach (string taken in keys)
            {
                if (string.Equals(taken, key, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            keys.Add(key);
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace HangupGen.Analyzers
{
    /// <summary>Lists in messages and fix titles, written as a sentence writes them.</summary>
    internal static class EnglishText
    {
        /// <summary>"A", "A and B", "A, B and C"; empty for no item.</summary>
        public static string JoinAnd(IEnumerable<string> items)
        {
            IReadOnlyList<string> list = items as IReadOnlyList<string> ?? items.ToList();
            return list.Count <= 1
                ? string.Concat(list)
                : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
        }
    }
}

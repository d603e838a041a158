using System.Collections.Generic;
using System.Linq;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Writes the <c>switch</c> statements every lookup is made of. A switch over constant labels is
    /// what the compiler turns into jump tables or a binary search: no dictionary, no allocation.
    /// </summary>
    internal static class SwitchEmitter
    {
        /// <summary>
        /// Writes <c>switch (subject) { case A: case B: return X; … default: fallback }</c>. Labels
        /// with the same result share one <c>return</c>, in the order their first label appears.
        /// </summary>
        public static void WriteReturnSwitch(SourceWriter writer, string subject, IEnumerable<(string Label, string Result)> cases, string fallback)
        {
            writer.OpenBlock("switch (", subject, ")");
            foreach (IGrouping<string, (string Label, string Result)> group in cases.GroupBy(c => c.Result))
            {
                foreach ((string label, _) in group)
                {
                    writer.WriteLine("case ", label, ":");
                }

                writer.Indent();
                writer.WriteLine("return ", group.Key, ";");
                writer.Outdent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine(fallback);
            writer.Outdent();
            writer.CloseBlock();
        }
    }
}

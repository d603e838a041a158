using System.Collections.Generic;
using System.Text;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// The columns a HangupGen table may have. Each table has its own <see cref="TableLayout"/> of
    /// them; a header names them in any order.
    /// </summary>
    internal enum TableColumn
    {
        Code,
        Name,
        Identifier,
        Aliases,
        Category,
        Range,
        Description,
        NextSteps,
        Details,
        Sources,
        CallTypes,
        CallStates,
        SipStatus,
        Side,
        BolnaDescription,
        BolnaCodes,
    }

    /// <summary>Column names as a header writes them.</summary>
    internal static class TableColumns
    {
        private static readonly Dictionary<string, TableColumn> s_byKey = new Dictionary<string, TableColumn>
        {
            ["code"] = TableColumn.Code,
            ["name"] = TableColumn.Name,
            ["identifier"] = TableColumn.Identifier,
            ["aliases"] = TableColumn.Aliases,
            ["category"] = TableColumn.Category,
            ["range"] = TableColumn.Range,
            ["description"] = TableColumn.Description,
            ["nextsteps"] = TableColumn.NextSteps,
            ["details"] = TableColumn.Details,
            ["sources"] = TableColumn.Sources,
            ["calltypes"] = TableColumn.CallTypes,
            ["callstates"] = TableColumn.CallStates,
            ["sipstatus"] = TableColumn.SipStatus,
            ["side"] = TableColumn.Side,
            ["bolnadescription"] = TableColumn.BolnaDescription,
            ["bolnacodes"] = TableColumn.BolnaCodes,
        };

        /// <summary>The canonical spelling of a column, as <c>docs/table-format.md</c> writes it.</summary>
        public static string DisplayName(TableColumn column) => column switch
        {
            TableColumn.NextSteps => "next_steps",
            TableColumn.CallTypes => "call_types",
            TableColumn.CallStates => "call_states",
            TableColumn.SipStatus => "sip_status",
            TableColumn.BolnaDescription => "bolna_description",
            TableColumn.BolnaCodes => "bolna_codes",
            _ => column.ToString().ToLowerInvariant(),
        };

        /// <summary>
        /// Finds a column by its header text. Case, spaces, underscores and hyphens are ignored, so
        /// <c>next_steps</c>, <c>Next Steps</c> and <c>NextSteps</c> are the same column.
        /// </summary>
        public static bool TryFind(string header, out TableColumn column)
        {
            var key = new StringBuilder(header.Length);
            foreach (char c in header)
            {
                if (c != ' ' && c != '_' && c != '-')
                {
                    key.Append(char.ToLowerInvariant(c));
                }
            }

            return s_byKey.TryGetValue(key.ToString(), out column);
        }
    }
}

using System.Collections.Generic;

namespace HangupGen.Generator.Table
{
    /// <summary>The columns a hangup table may have. The header names them in any order.</summary>
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
    }

    /// <summary>Column names as a header writes them, and which columns are required.</summary>
    internal static class TableColumns
    {
        /// <summary>The columns without which no row can be generated.</summary>
        public static readonly TableColumn[] Required = { TableColumn.Code, TableColumn.Name, TableColumn.Category, TableColumn.Range };

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
        };

        /// <summary>The canonical spelling of a column, as <c>docs/table-format.md</c> writes it.</summary>
        public static string DisplayName(TableColumn column) => column switch
        {
            TableColumn.NextSteps => "next_steps",
            TableColumn.CallTypes => "call_types",
            TableColumn.CallStates => "call_states",
            _ => column.ToString().ToLowerInvariant(),
        };

        /// <summary>All canonical column names, for messages.</summary>
        public static string KnownNames => "code, name, identifier, aliases, category, range, description, next_steps, details, sources, call_types, call_states";

        /// <summary>
        /// Finds a column by its header text. Case, spaces, underscores and hyphens are ignored, so
        /// <c>next_steps</c>, <c>Next Steps</c> and <c>NextSteps</c> are the same column.
        /// </summary>
        public static bool TryFind(string header, out TableColumn column)
        {
            var key = new System.Text.StringBuilder(header.Length);
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

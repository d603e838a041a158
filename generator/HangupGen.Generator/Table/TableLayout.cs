using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>The columns one kind of table has, and which of them every row needs.</summary>
    internal sealed class TableLayout
    {
        /// <summary>The hangup table (<c>HangupCodes.csv</c>).</summary>
        public static readonly TableLayout Hangup = new TableLayout(
            new[]
            {
                TableColumn.Code, TableColumn.Name, TableColumn.Identifier, TableColumn.Aliases, TableColumn.Category, TableColumn.Range,
                TableColumn.Description, TableColumn.NextSteps, TableColumn.Details, TableColumn.Sources, TableColumn.CallTypes, TableColumn.CallStates,
            },
            new[] { TableColumn.Code, TableColumn.Name, TableColumn.Category, TableColumn.Range });

        private TableLayout(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableColumn> required)
        {
            Columns = columns;
            Required = required;
            KnownNames = string.Join(", ", columns.Select(TableColumns.DisplayName));
        }

        /// <summary>The columns, in documented order.</summary>
        public IReadOnlyList<TableColumn> Columns { get; }

        /// <summary>The columns without which no row can be generated.</summary>
        public IReadOnlyList<TableColumn> Required { get; }

        /// <summary>All canonical column names, for messages.</summary>
        public string KnownNames { get; }

        /// <summary>
        /// The table of <paramref name="vocabulary"/>: <c>code</c> first where members have codes,
        /// <c>sip_status</c> where they map to SIP, <c>side</c> where a side reports them, Bolna's
        /// columns where Bolna documents them.
        /// </summary>
        public static TableLayout For(Vocabulary vocabulary)
        {
            var columns = new List<TableColumn>();
            if (vocabulary.HasCodes)
            {
                columns.Add(TableColumn.Code);
            }

            columns.AddRange(new[] { TableColumn.Name, TableColumn.Identifier, TableColumn.Aliases, TableColumn.Description });
            if (vocabulary.HasSipStatus)
            {
                columns.Add(TableColumn.SipStatus);
            }

            if (vocabulary.HasSide)
            {
                columns.Add(TableColumn.Side);
            }

            if (vocabulary.HasBolnaColumns)
            {
                columns.AddRange(new[] { TableColumn.BolnaDescription, TableColumn.BolnaCodes });
            }

            var required = new List<TableColumn>();
            if (vocabulary.HasCodes)
            {
                required.Add(TableColumn.Code);
            }

            required.Add(TableColumn.Name);
            if (vocabulary.HasSide)
            {
                // A reason whose side is not known cannot answer GetSide().
                required.Add(TableColumn.Side);
            }

            return new TableLayout(columns, required);
        }

        /// <summary>The header's columns by index; null when a required column is missing. Unknown and repeated columns are reported.</summary>
        public Dictionary<TableColumn, int>? ReadHeader(CsvRecord header, ProblemCollector problems)
        {
            var columns = new Dictionary<TableColumn, int>();
            for (int i = 0; i < header.Fields.Count; i++)
            {
                CsvField field = header.Fields[i];
                string name = field.Value.Trim();
                if (!TableColumns.TryFind(name, out TableColumn column) || !Columns.Contains(column))
                {
                    problems.Add(DiagnosticIds.UnknownColumn, field, name, KnownNames);
                }
                else if (columns.ContainsKey(column))
                {
                    problems.Add(DiagnosticIds.DuplicateColumn, field, name);
                }
                else
                {
                    columns.Add(column, i);
                }
            }

            bool complete = true;
            foreach (TableColumn required in Required)
            {
                if (!columns.ContainsKey(required))
                {
                    problems.Add(DiagnosticIds.MissingRequiredColumn, header.Start, header.Length, TableColumns.DisplayName(required));
                    complete = false;
                }
            }

            return complete ? columns : null;
        }

        /// <summary>HG1007 for each required column the row leaves empty.</summary>
        public bool HasRequiredValues(TableRow row, ProblemCollector problems)
        {
            bool complete = true;
            foreach (TableColumn column in Required)
            {
                if (row.Value(column).Length == 0)
                {
                    problems.Add(DiagnosticIds.EmptyRequiredField, row.Field(column)!, TableColumns.DisplayName(column));
                    complete = false;
                }
            }

            return complete;
        }
    }
}

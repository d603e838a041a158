using System.Collections.Generic;

namespace HangupGen.Generator.Table
{
    /// <summary>One data row with its header's column map: fields and trimmed values by column.</summary>
    internal sealed class TableRow
    {
        private readonly IReadOnlyDictionary<TableColumn, int> _columns;

        public TableRow(CsvRecord record, IReadOnlyDictionary<TableColumn, int> columns)
        {
            Record = record;
            _columns = columns;
        }

        public CsvRecord Record { get; }

        /// <summary>The field of <paramref name="column"/>, or null when the header has no such column.</summary>
        public CsvField? Field(TableColumn column) => _columns.TryGetValue(column, out int index) ? Record.Fields[index] : null;

        /// <summary>The trimmed value of <paramref name="column"/>; empty when the header has no such column.</summary>
        public string Value(TableColumn column) => Field(column)?.Value.Trim() ?? string.Empty;

        /// <summary>The items of a <c>;</c>-separated column, trimmed, empty ones left out.</summary>
        public List<string> List(TableColumn column)
        {
            string value = Value(column);
            var items = new List<string>();
            for (int start = 0; start < value.Length;)
            {
                int end = value.IndexOf(';', start);
                if (end < 0)
                {
                    end = value.Length;
                }

                int first = start;
                int last = end - 1;
                while (first <= last && char.IsWhiteSpace(value[first]))
                {
                    first++;
                }

                while (last >= first && char.IsWhiteSpace(value[last]))
                {
                    last--;
                }

                if (last >= first)
                {
                    items.Add(value.Substring(first, last - first + 1));
                }

                start = end + 1;
            }

            return items;
        }
    }
}

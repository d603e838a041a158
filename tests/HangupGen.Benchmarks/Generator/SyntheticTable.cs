using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace HangupGen.Benchmarks.Generator;

/// <summary>
/// Hangup tables for the generator benchmarks: the repository's own, or a synthetic one of any
/// size in the documented format, spread over ten categories, with texts as long as Plivo's and
/// quoted fields, so that the reader and the emitters do the same work per row as on the real table.
/// </summary>
public static class SyntheticTable
{
    /// <summary>The repository's HangupCodes.csv, copied next to the program.</summary>
    public static string Real => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "HangupCodes.csv"));

    /// <summary>The real table for 54 rows, else a synthetic table of <paramref name="rows"/> rows.</summary>
    public static string WithRows(int rows) => rows == 54 ? Real : Create(rows);

    public static string Create(int rows)
    {
        const int Categories = 10;
        int perCategory = (rows + Categories - 1) / Categories;
        var csv = new StringBuilder();
        csv.Append("code,name,category,range,description,next_steps,details,sources,call_types,call_states\n");
        for (int i = 0; i < rows; i++)
        {
            int code = i + 1;
            int category = i / perCategory;
            int first = (category * perCategory) + 1;
            int last = (category + 1) * perCategory;
            csv.Append(code.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("Synthetic Cause ").Append(code.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("Synthetic Category ").Append((char)('A' + category)).Append(',')
                .Append(first.ToString(CultureInfo.InvariantCulture)).Append('-').Append(last.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("\"The call ended for synthetic reason ").Append(code.ToString(CultureInfo.InvariantCulture)).Append(", as documented\",")
                .Append("Retry later or check the destination's settings,")
                .Append("\"A longer explanation of the hangup, with \"\"quotes\"\".\n\nAnd a second paragraph.\",")
                .Append("Plivo; Carrier,Outbound and Inbound,Any\n");
        }

        return csv.ToString();
    }
}

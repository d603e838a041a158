using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Reads a JSON lines export: one JSON object per line, with the field names of Plivo's CDR API or of
/// a Bolna export; the first object decides which (<see cref="ExportSchema.Detect"/>). Numbers (as the
/// APIs return codes) and strings are both accepted.
/// </summary>
internal static class JsonLinesCdrReader
{
    /// <summary>Reads every line into <paramref name="sink"/>; a line that is not a JSON object is a problem and reading goes on.</summary>
    public static void Read(TextReader reader, IExportRowSink sink)
    {
        ExportSchema? schema = null;
        int line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.AsSpan().Trim().Length > 0)
            {
                ReadLine(line, text, sink, ref schema);
            }
        }
    }

    private static void ReadLine(int line, string text, IExportRowSink sink, ref ExportSchema? schema)
    {
        Dictionary<string, string> fields;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                sink.Problem(new RowProblem(line, $"The line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object."));
                return;
            }

            fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                string? value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
                if (value is not null)
                {
                    fields[property.Name] = value;
                }
            }
        }
        catch (JsonException exception)
        {
            sink.Problem(new RowProblem(line, $"The line is not valid JSON: {exception.Message}"));
            return;
        }

        if (schema is null)
        {
            schema = ExportSchema.Detect(fields.Keys);
            sink.Start(schema);
        }

        string?[] values = schema.Fields.Select(field => fields.GetValueOrDefault(field)).ToArray();
        sink.Row(line, new ExportRow(values));
    }
}

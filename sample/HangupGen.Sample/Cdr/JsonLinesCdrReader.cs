using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Reads a JSON lines CDR export: one JSON object per line, with the field names of Plivo's CDR API.
/// Numbers (as the API returns <c>hangup_cause_code</c>) and strings are both accepted.
/// </summary>
internal static class JsonLinesCdrReader
{
    /// <summary>Reads every line into <paramref name="sink"/>; a line that is not a JSON object is a problem and reading goes on.</summary>
    public static void Read(TextReader reader, ICdrRowSink sink)
    {
        int line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.AsSpan().Trim().Length > 0)
            {
                ReadLine(line, text, sink);
            }
        }
    }

    private static void ReadLine(int line, string text, ICdrRowSink sink)
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

        var values = new CdrFieldValues
        {
            CallUuid = fields.GetValueOrDefault(CdrFields.CallUuid),
            HangupCauseCode = fields.GetValueOrDefault(CdrFields.HangupCauseCode),
            HangupCauseName = fields.GetValueOrDefault(CdrFields.HangupCauseName),
            HangupSource = fields.GetValueOrDefault(CdrFields.HangupSource),
            BillDuration = fields.GetValueOrDefault(CdrFields.BillDuration),
            EndTime = fields.GetValueOrDefault(CdrFields.EndTime),
        };
        sink.Row(line, values);
    }
}

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
    /// <summary>Reads the records; a line that is not a JSON object is returned as a problem and reading goes on.</summary>
    public static IEnumerable<CdrRowResult> Read(TextReader reader)
    {
        int line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Trim().Length > 0)
            {
                yield return ParseLine(line, text);
            }
        }
    }

    private static CdrRowResult ParseLine(int line, string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new CdrRowResult(null, new RowProblem(line, $"The line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object."));
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
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

            return new CdrRowResult(new CdrRow(line, fields), null);
        }
        catch (JsonException exception)
        {
            return new CdrRowResult(null, new RowProblem(line, $"The line is not valid JSON: {exception.Message}"));
        }
    }
}

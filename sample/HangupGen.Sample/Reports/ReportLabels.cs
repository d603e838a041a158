namespace HangupAnalysis.Reports;

/// <summary>The names of the report's buckets that are not documented categories or sources.</summary>
internal static class ReportLabels
{
    /// <summary>Undocumented codes that no documented range holds.</summary>
    public const string NoDocumentedRange = "No documented range";

    /// <summary>Causes sent as text that is neither a code nor a documented name.</summary>
    public const string UnrecognizedCause = "Unrecognized cause";

    /// <summary>Calls whose hangup source was not sent (Dial events, older exports).</summary>
    public const string SourceNotReported = "Not reported";

    /// <summary>The name given to an undocumented code in a documented range: "Undocumented (Call Rejections range)".</summary>
    public static string UndocumentedIn(string category) => $"Undocumented ({category} range)";

    /// <summary>The name given to an undocumented code outside every documented range.</summary>
    public const string UndocumentedOutsideRanges = "Undocumented (no documented range)";

    /// <summary>What to do about an undocumented code.</summary>
    public const string UndocumentedNextSteps = "Not in the hangup table: look the code up in Plivo's hangup causes and add it to HangupCodes.csv.";

    /// <summary>What to do about unrecognized text.</summary>
    public const string UnrecognizedNextSteps = "Neither a hangup code nor a documented cause name: if it means a documented cause, add it to that row's aliases in HangupCodes.csv.";

    /// <summary>The bucket of a status or telephony cause the table does not document, named with the text as sent: "undocumented: queued".</summary>
    public static string UndocumentedValue(string text) => $"undocumented: {text}";

    /// <summary>What a value outside Plivo's documented values means in the report.</summary>
    public const string UndocumentedValueMeaning = "Not among Plivo's documented values: stored as sent and counted on its own.";

    /// <summary>What a breakdown line of calls without the field means.</summary>
    public const string NotReportedMeaning = "The callback did not send this field.";

    /// <summary>A Bolna field left empty: nothing was recorded (which is not the documented value Unknown).</summary>
    public const string NotRecorded = "(not recorded)";

    /// <summary>Who reports a hangup reason, as the Bolna report names the side.</summary>
    public static string ReasonSide(HangupGen.HangupReasonSide side) => side switch
    {
        HangupGen.HangupReasonSide.Bolna => "Bolna",
        HangupGen.HangupReasonSide.TelephonyProvider => "Telephony provider",
        _ => side.ToString(),
    };
}

namespace HangupAnalysis.Reports;

/// <summary>The report on an export: one of the two, as the export's header decided.</summary>
/// <param name="Plivo">The report on a Plivo CDR export.</param>
/// <param name="Bolna">The report on a Bolna export.</param>
internal sealed record ExportReport(HangupReport? Plivo, BolnaReport? Bolna);

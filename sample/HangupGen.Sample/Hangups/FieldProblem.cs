namespace HangupAnalysis.Hangups;

/// <summary>A field of a callback or a CDR row that cannot be accepted, and why.</summary>
/// <param name="Field">The field as the sender names it (<c>HangupCauseCode</c>, <c>hangup_cause_code</c>).</param>
/// <param name="Message">What is wrong, naming the field and the value received.</param>
internal sealed record FieldProblem(string Field, string Message);

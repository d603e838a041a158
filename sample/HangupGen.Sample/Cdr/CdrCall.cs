using System;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>A call of a CDR export, with its hangup fields resolved.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Cause">Why the call ended.</param>
/// <param name="Source">Who hung up; <see langword="null"/> when the record does not say.</param>
/// <param name="BilledSeconds">The billed duration, when the record has one.</param>
/// <param name="EndTime">When the call ended, when the record says.</param>
internal readonly record struct CdrCall(int Line, ResolvedCause Cause, HangupSource? Source, long? BilledSeconds, DateTimeOffset? EndTime);

using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>A call of a Bolna export, with its three hangup fields resolved; each is null where Bolna recorded nothing.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="HangupBy">Who hung up (<c>hangup_by</c>; Bolna's <c>Callee</c> is <see cref="HangupSource.CallRecipient"/>).</param>
/// <param name="Code">The provider's hangup code (<c>hangup_code</c>): documented, or undocumented and kept as a number.</param>
/// <param name="Reason">Why the call ended (<c>hangup_reason</c>), from Bolna or the telephony provider.</param>
internal readonly record struct BolnaCall(int Line, HangupSource? HangupBy, ResolvedCause? Code, HangupReason? Reason);

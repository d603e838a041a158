using System.Collections.Generic;
using HangupAnalysis.Hangups;

namespace HangupAnalysis.Callbacks;

/// <summary>What a callback parser made of a form: a hangup to store, the fields that are wrong, or a reason to ignore it.</summary>
internal sealed record CallbackParseResult(ReceivedHangup? Hangup, IReadOnlyList<FieldProblem> Problems, string? IgnoredBecause)
{
    /// <summary>A valid hangup.</summary>
    public static CallbackParseResult Valid(ReceivedHangup hangup) => new(hangup, [], null);

    /// <summary>A callback with wrong fields.</summary>
    public static CallbackParseResult Invalid(IReadOnlyList<FieldProblem> problems) => new(null, problems, null);

    /// <summary>A well-formed callback that is not a hangup.</summary>
    public static CallbackParseResult Ignored(string reason) => new(null, [], reason);
}

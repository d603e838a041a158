using System.Collections.Generic;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>Turns a <see cref="CdrRow"/> into a <see cref="CdrCall"/>, or says what is wrong with every bad field of it.</summary>
internal static class CdrCallParser
{
    /// <summary>Parses the row.</summary>
    /// <returns>The call, or <see langword="null"/> with <paramref name="problem"/> set.</returns>
    public static CdrCall? Parse(CdrRow row, out RowProblem? problem)
    {
        var problems = new List<FieldProblem>();
        string callUuid = row.Get(CdrFields.CallUuid)?.Trim() ?? string.Empty;
        if (callUuid.Length == 0)
        {
            problems.Add(new FieldProblem(CdrFields.CallUuid, $"{CdrFields.CallUuid} is missing."));
        }

        AddIfAny(problems, HangupFieldResolver.ResolveCause(row.Get(CdrFields.HangupCauseCode), row.Get(CdrFields.HangupCauseName), HangupFieldNames.Cdr, out ResolvedCause cause));
        AddIfAny(problems, HangupFieldResolver.ResolveSource(row.Get(CdrFields.HangupSource), CdrFields.HangupSource, out HangupSource? source));
        AddIfAny(problems, CallFieldParser.ParseSeconds(row.Get(CdrFields.BillDuration), CdrFields.BillDuration, out long? billedSeconds));
        AddIfAny(problems, CallFieldParser.ParseTime(row.Get(CdrFields.EndTime), CdrFields.EndTime, out System.DateTimeOffset? endTime));

        if (problems.Count > 0)
        {
            problem = new RowProblem(row.Line, string.Join(" ", problems.Select(p => p.Message)));
            return null;
        }

        problem = null;
        return new CdrCall(row.Line, callUuid, cause, source, billedSeconds, endTime);
    }

    private static void AddIfAny(List<FieldProblem> problems, FieldProblem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}

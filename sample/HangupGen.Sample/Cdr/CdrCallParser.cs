using System;
using System.Collections.Generic;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Turns the fields of a CDR record into a <see cref="CdrCall"/>, or says what is wrong with every bad
/// field of it. One parser per report: it remembers how each distinct code, name and source resolved,
/// so the common rows make no strings.
/// </summary>
internal sealed class CdrCallParser
{
    // Code and name are resolved together (a name must not contradict the code): the memo key is both.
    private const char KeySeparator = '\u001F';
    private const int StackKeyLimit = 256;

    private readonly SpanMemo<(ResolvedCause Cause, FieldProblem? Problem)> _causes = new(key =>
    {
        int separator = key.IndexOf(KeySeparator, StringComparison.Ordinal);
        FieldProblem? problem = HangupFieldResolver.ResolveCause(key[..separator], key[(separator + 1)..], HangupFieldNames.Cdr, out ResolvedCause cause);
        return (cause, problem);
    });

    private readonly SpanMemo<(HangupSource? Source, FieldProblem? Problem)> _sources = new(text =>
    {
        FieldProblem? problem = HangupFieldResolver.ResolveSource(text, CdrFields.HangupSource, out HangupSource? source);
        return (source, problem);
    });

    /// <summary>Parses the record that starts on <paramref name="line"/>.</summary>
    /// <returns>Whether the record is a call; when not, <paramref name="problem"/> says why.</returns>
    public bool TryParse(int line, scoped in CdrFieldValues fields, out CdrCall call, out RowProblem? problem)
    {
        List<FieldProblem>? problems = null;
        if (fields.CallUuid.Trim().IsEmpty)
        {
            Add(ref problems, new FieldProblem(CdrFields.CallUuid, $"{CdrFields.CallUuid} is missing."));
        }

        (ResolvedCause cause, FieldProblem? causeProblem) = ResolveCause(fields.HangupCauseCode, fields.HangupCauseName);
        Add(ref problems, causeProblem);
        (HangupSource? source, FieldProblem? sourceProblem) = _sources.Get(fields.HangupSource.Trim());
        Add(ref problems, sourceProblem);
        Add(ref problems, CallFieldParser.ParseSeconds(fields.BillDuration, CdrFields.BillDuration, out long? billedSeconds));
        Add(ref problems, CallFieldParser.ParseTime(fields.EndTime, CdrFields.EndTime, out DateTimeOffset? endTime));

        if (problems is not null)
        {
            call = default;
            problem = new RowProblem(line, string.Join(" ", problems.Select(p => p.Message)));
            return false;
        }

        call = new CdrCall(line, cause, source, billedSeconds, endTime);
        problem = null;
        return true;
    }

    private (ResolvedCause Cause, FieldProblem? Problem) ResolveCause(ReadOnlySpan<char> code, ReadOnlySpan<char> name)
    {
        code = code.Trim();
        name = name.Trim();
        int length = code.Length + 1 + name.Length;
        Span<char> key = length <= StackKeyLimit ? stackalloc char[StackKeyLimit] : new char[length];
        code.CopyTo(key);
        key[code.Length] = KeySeparator;
        name.CopyTo(key[(code.Length + 1)..]);
        return _causes.Get(key[..length]);
    }

    private static void Add(ref List<FieldProblem>? problems, FieldProblem? problem)
    {
        if (problem is not null)
        {
            (problems ??= []).Add(problem);
        }
    }
}

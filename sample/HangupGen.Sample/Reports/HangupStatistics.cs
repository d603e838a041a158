using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using HangupAnalysis.Cdr;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Reports;

/// <summary>
/// Counts calls by cause and source, and builds the <see cref="HangupReport"/> from the counts. The
/// CDR reader adds one call at a time; the callback store adds grouped counts from SQL.
/// </summary>
internal sealed class HangupStatistics
{
    private readonly Dictionary<ResolvedCause, int> _byCause = new();
    private readonly Dictionary<HangupSource, int> _bySource = new();
    private readonly Dictionary<(DateOnly Day, ResolvedCause Cause), int> _byDay = new();
    private readonly OutcomeCounts _outcomes = new();
    private int _sourceNotReported;
    private int _total;
    private long _billedSeconds;
    private DateTimeOffset? _firstEnd;
    private DateTimeOffset? _lastEnd;

    /// <summary>The calls counted so far.</summary>
    public int TotalCalls => _total;

    /// <summary>Counts <paramref name="calls"/> calls that ended with <paramref name="cause"/>, hung up by <paramref name="source"/>.</summary>
    public void Add(ResolvedCause cause, HangupSource? source, int calls = 1)
    {
        _total += calls;
        CollectionsMarshal.GetValueRefOrAddDefault(_byCause, cause, out _) += calls;
        if (source is HangupSource known)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_bySource, known, out _) += calls;
        }
        else
        {
            _sourceNotReported += calls;
        }
    }

    /// <summary>Counts <paramref name="calls"/> hangup callbacks whose <c>CallStatus</c> was <paramref name="text"/>, as sent (null: not sent).</summary>
    public void AddCallStatus(string? text, int calls = 1) => _outcomes.AddCallStatus(text, calls);

    /// <summary>Counts <paramref name="calls"/> Dial events by their <c>DialStatus</c> and <c>DialHangupCause</c>, as sent.</summary>
    public void AddDialOutcome(string? status, string? cause, int calls = 1) => _outcomes.AddDialOutcome(status, cause, calls);

    /// <summary>Adds billed seconds.</summary>
    public void AddBilledSeconds(long seconds) => _billedSeconds += seconds;

    /// <summary>Counts <paramref name="calls"/> calls that ended with <paramref name="cause"/> on <paramref name="day"/> (UTC), for the calls per day.</summary>
    public void AddOnDay(DateOnly day, ResolvedCause cause, int calls = 1)
        => CollectionsMarshal.GetValueRefOrAddDefault(_byDay, (day, cause), out _) += calls;

    /// <summary>Widens the period of the counted calls to include a call that ended at <paramref name="endTime"/>.</summary>
    public void AddEndTime(DateTimeOffset endTime)
    {
        if (_firstEnd is null || endTime < _firstEnd)
        {
            _firstEnd = endTime;
        }

        if (_lastEnd is null || endTime > _lastEnd)
        {
            _lastEnd = endTime;
        }
    }

    /// <summary>Builds the report of the calls counted so far.</summary>
    public HangupReport ToReport(string source, int duplicatesIgnored, IReadOnlyList<RowProblem> skippedRows)
    {
        CauseLine[] causes = _byCause
            .Select(pair => ToCauseLine(pair.Key, pair.Value))
            .OrderByDescending(line => line.Calls)
            .ThenBy(line => line.Code ?? int.MaxValue)
            .ThenBy(line => line.Name, StringComparer.Ordinal)
            .ToArray();

        CategoryLine[] categories = _byCause
            .GroupBy(pair => CategoryKey.Of(pair.Key))
            .Select(group => ToCategoryLine(group.Key, group.Sum(pair => pair.Value)))
            .OrderByDescending(line => line.Calls)
            .ThenBy(line => line.FirstCode ?? int.MaxValue)
            .ThenBy(line => line.Category, StringComparer.Ordinal)
            .ToArray();

        List<SourceLine> sources = _bySource
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Select(pair => new SourceLine(pair.Key.GetName(), pair.Value, Share(pair.Value)))
            .ToList();
        if (_sourceNotReported > 0)
        {
            sources.Add(new SourceLine(ReportLabels.SourceNotReported, _sourceNotReported, Share(_sourceNotReported)));
        }

        Dictionary<FollowUp, int> followUps = _byCause
            .GroupBy(pair => pair.Key.FollowUp)
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));
        FollowUpLine[] byFollowUp = Enum.GetValues<FollowUp>()
            .Select(followUp =>
            {
                int calls = followUps.GetValueOrDefault(followUp);
                return new FollowUpLine(followUp.GetName(), followUp.GetMeaning(), calls, Share(calls));
            })
            .ToArray();

        // Each day's categories in the order of the category breakdown, so every day stacks alike.
        Dictionary<string, int> categoryOrder = categories.Select((line, index) => (line.Category, index)).ToDictionary(pair => pair.Category, pair => pair.index, StringComparer.Ordinal);
        DayLine[] byDay = _byDay
            .GroupBy(pair => pair.Key.Day)
            .OrderBy(group => group.Key)
            .Select(group => new DayLine(
                group.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                group.Sum(pair => pair.Value),
                group.GroupBy(pair => CategoryKey.Of(pair.Key.Cause).Name)
                    .Select(category => new DayCategory(category.Key, category.Sum(pair => pair.Value)))
                    .OrderBy(category => categoryOrder.GetValueOrDefault(category.Category, int.MaxValue))
                    .ToArray()))
            .ToArray();

        int retry = followUps.GetValueOrDefault(FollowUp.Retry);
        CallPeriod? period = _firstEnd is DateTimeOffset first && _lastEnd is DateTimeOffset last ? new CallPeriod(first, last) : null;

        return new HangupReport(
            source,
            _total,
            period,
            _billedSeconds,
            categories,
            sources,
            causes,
            byFollowUp,
            new Tally(retry, Share(retry)),
            duplicatesIgnored,
            skippedRows)
        {
            ByDay = byDay,
            ByCallStatus = _outcomes.CallStatusLines(),
            ByDialStatus = _outcomes.DialStatusLines(),
            ByDialCause = _outcomes.DialCauseLines(),
        };
    }

    private CauseLine ToCauseLine(ResolvedCause cause, int calls)
    {
        string category = CategoryKey.Of(cause).Name;
        string followUp = cause.FollowUp.GetName();
        return cause.Kind switch
        {
            CauseKind.Documented => ToDocumentedLine((HangupCause)cause.Code, calls, followUp),
            CauseKind.Undocumented => new CauseLine(
                cause.Code,
                cause.TryGetCategory(out HangupCategory range) ? ReportLabels.UndocumentedIn(range.GetName()) : ReportLabels.UndocumentedOutsideRanges,
                category,
                false,
                calls,
                Share(calls),
                followUp,
                ReportLabels.UndocumentedNextSteps),
            _ => new CauseLine(null, cause.Text, category, false, calls, Share(calls), followUp, ReportLabels.UnrecognizedNextSteps),
        };
    }

    private CauseLine ToDocumentedLine(HangupCause cause, int calls, string followUp)
        => new((int)cause, cause.GetName(), cause.GetCategory().GetName(), true, calls, Share(calls), followUp, cause.GetNextSteps());

    private CategoryLine ToCategoryLine(CategoryKey key, int calls)
        => key.Category is HangupCategory category
            ? new CategoryLine(category.GetName(), category.GetFirstCode(), category.GetLastCode(), calls, Share(calls))
            : new CategoryLine(key.Name, null, null, calls, Share(calls));

    private double Share(int calls) => _total == 0 ? 0 : Math.Round((double)calls / _total, 4);

    /// <summary>A documented category, or one of the two buckets for causes that have none.</summary>
    private readonly record struct CategoryKey(HangupCategory? Category, string Name)
    {
        public static CategoryKey Of(ResolvedCause cause)
        {
            if (cause.TryGetCategory(out HangupCategory category))
            {
                return new CategoryKey(category, category.GetName());
            }

            return cause.Kind == CauseKind.Unrecognized
                ? new CategoryKey(null, ReportLabels.UnrecognizedCause)
                : new CategoryKey(null, ReportLabels.NoDocumentedRange);
        }
    }
}

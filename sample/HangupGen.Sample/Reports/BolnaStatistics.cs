using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using HangupAnalysis.Cdr;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Reports;

/// <summary>
/// Counts the calls of a Bolna export by <c>hangup_by</c>, <c>hangup_reason</c> and <c>hangup_code</c>,
/// and builds the <see cref="BolnaReport"/>. Codes are counted by the same <see cref="HangupStatistics"/>
/// as a CDR export's, so categories, causes and undocumented codes read alike.
/// </summary>
internal sealed class BolnaStatistics
{
    private readonly Dictionary<HangupSource, int> _byHangupBy = new();
    private readonly Dictionary<HangupReason, int> _byReason = new();
    private readonly Dictionary<(HangupSource? HangupBy, ResolvedCause? Code), int> _undocumentedPairs = new();
    private readonly HangupStatistics _codes = new();
    private int _hangupByNotRecorded;
    private int _reasonNotRecorded;
    private int _codeNotRecorded;
    private int _total;

    /// <summary>Counts one call.</summary>
    public void Add(BolnaCall call)
    {
        _total++;
        if (call.HangupBy is HangupSource hangupBy)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_byHangupBy, hangupBy, out _)++;
        }
        else
        {
            _hangupByNotRecorded++;
        }

        if (call.Reason is HangupReason reason)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_byReason, reason, out _)++;
        }
        else
        {
            _reasonNotRecorded++;
        }

        if (call.Code is ResolvedCause code)
        {
            _codes.Add(code, call.HangupBy);
        }
        else
        {
            _codeNotRecorded++;
        }

        if (!SourceCodePairs.IsDocumented(call.HangupBy, call.Code))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_undocumentedPairs, (call.HangupBy, call.Code), out _)++;
        }
    }

    /// <summary>Builds the report of the calls counted so far.</summary>
    public BolnaReport ToReport(string source, int duplicatesIgnored, IReadOnlyList<RowProblem> skippedRows)
    {
        List<SourceLine> byHangupBy = _byHangupBy
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Select(pair => new SourceLine(pair.Key.GetName(), pair.Value, Share(pair.Value)))
            .ToList();
        if (_hangupByNotRecorded > 0)
        {
            byHangupBy.Add(new SourceLine(ReportLabels.NotRecorded, _hangupByNotRecorded, Share(_hangupByNotRecorded)));
        }

        ReasonLine[] reasons = _byReason
            .OrderBy(pair => pair.Key.GetSide())
            .ThenByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Select(pair => new ReasonLine(pair.Key.GetName(), ReportLabels.ReasonSide(pair.Key.GetSide()), pair.Key.GetDescription(), pair.Value, Share(pair.Value)))
            .ToArray();
        if (_reasonNotRecorded > 0)
        {
            reasons = [.. reasons, new ReasonLine(ReportLabels.NotRecorded, ReportLabels.NotRecorded, string.Empty, _reasonNotRecorded, Share(_reasonNotRecorded))];
        }

        List<ReasonSideLine> bySide = _byReason
            .GroupBy(pair => pair.Key.GetSide(), pair => pair.Value)
            .OrderBy(group => group.Key)
            .Select(group => new ReasonSideLine(ReportLabels.ReasonSide(group.Key), group.Sum(), Share(group.Sum())))
            .ToList();
        if (_reasonNotRecorded > 0)
        {
            bySide.Add(new ReasonSideLine(ReportLabels.NotRecorded, _reasonNotRecorded, Share(_reasonNotRecorded)));
        }

        // The code breakdowns come from the CDR statistics; their shares are made shares of all calls.
        HangupReport codes = _codes.ToReport(source, 0, []);
        PairLine[] pairs = _undocumentedPairs
            .Select(pair => new PairLine(
                pair.Key.HangupBy?.GetName() ?? ReportLabels.NotRecorded,
                pair.Key.Code?.Code,
                pair.Key.Code?.Describe() ?? ReportLabels.NotRecorded,
                pair.Value))
            .OrderByDescending(line => line.Calls)
            .ThenBy(line => line.HangupBy, StringComparer.Ordinal)
            .ThenBy(line => line.Code ?? -1)
            .ToArray();

        return new BolnaReport(
            source,
            _total,
            byHangupBy,
            bySide,
            reasons,
            codes.ByCategory.Select(line => line with { Share = Share(line.Calls) }).ToArray(),
            codes.ByCause.Select(line => line with { Share = Share(line.Calls) }).ToArray(),
            new Tally(_codeNotRecorded, Share(_codeNotRecorded)),
            pairs,
            duplicatesIgnored,
            skippedRows);
    }

    private double Share(int calls) => _total == 0 ? 0 : Math.Round((double)calls / _total, 4);
}

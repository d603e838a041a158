using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HangupAnalysis.Hangups;
using HangupGen;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Writes a realistic CDR export in Plivo's field names: a week of calls mixing every category of the
/// hangup table, plus a few codes the table does not document, deterministically from a seed.
/// </summary>
internal static class SampleCdrGenerator
{
    private const string Header = "call_uuid,from_number,to_number,call_direction,end_time,call_duration,bill_duration,hangup_cause_code,hangup_cause_name,hangup_source";
    private static readonly DateTimeOffset s_firstDay = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
    private const int WeekSeconds = 7 * 24 * 60 * 60;

    // Weights are calls per million: a category's per-mille share times this.
    private const int PerMilleToPerMillion = 1000;

    /// <summary>Writes <paramref name="count"/> calls generated from <paramref name="seed"/>, with LF line ends.</summary>
    public static void Write(TextWriter writer, ulong seed, int count)
    {
        var random = new SplitMix64(seed);
        IReadOnlyList<(ResolvedCause Cause, int Weight)> causes = CauseWeights();
        int totalWeight = causes.Sum(choice => choice.Weight);

        writer.Write(Header);
        writer.Write('\n');
        for (int i = 0; i < count; i++)
        {
            ResolvedCause cause = Pick(causes, totalWeight, ref random);
            bool inbound = CanBeInbound(cause) && random.Next(100) < 40;
            bool answered = WasAnswered(cause);
            string ourNumber = string.Create(CultureInfo.InvariantCulture, $"+1415555{100 + random.Next(20):D4}");
            string theirNumber = string.Create(CultureInfo.InvariantCulture, $"+1{200 + random.Next(800)}555{random.Next(10000):D4}");
            int callSeconds = answered
                ? 10 + random.Next(590) + (random.Next(10) == 0 ? random.Next(1800) : 0)
                : random.Next(60);
            int billSeconds = answered ? (callSeconds + 59) / 60 * 60 : 0;
            DateTimeOffset endTime = s_firstDay.AddSeconds(((long)i * WeekSeconds / count) + random.Next(60));

            string[] fields =
            [
                NewUuid(ref random),
                inbound ? theirNumber : ourNumber,
                inbound ? ourNumber : theirNumber,
                inbound ? "inbound" : "outbound",
                endTime.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
                callSeconds.ToString(CultureInfo.InvariantCulture),
                billSeconds.ToString(CultureInfo.InvariantCulture),
                cause.Code.ToString(CultureInfo.InvariantCulture),
                cause.TryGetCause(out HangupCause documented) ? documented.GetName() : string.Empty,
                PickSource(cause, inbound, ref random).GetName(),
            ];
            writer.Write(string.Join(',', fields.Select(Escape)));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// The weight of each cause, in calls per million. Each category gets a share (the exhaustive
    /// category Match makes a new category impossible to forget); within it, earlier members are the
    /// more common ones, by the square of their rank from the end (No Answer before Forbidden, Normal
    /// Hangup before Kicked Out Of Multiparty Call).
    /// </summary>
    private static IReadOnlyList<(ResolvedCause Cause, int Weight)> CauseWeights()
    {
        var weights = new List<(ResolvedCause, int)>();
        foreach (IGrouping<HangupCategory, HangupCause> category in HangupCauses.All.GroupBy(cause => cause.GetCategory()))
        {
            int perMille = category.Key.Match(
                unknown: () => 3,
                canceledCalls: () => 35,
                destinationIssues: () => 30,
                callRejections: () => 190,
                carrierErrors: () => 40,
                normalCompletions: () => 580,
                systemErrors: () => 12,
                timeouts: () => 60,
                urlErrors: () => 20,
                xmlErrors: () => 8,
                specialCases: () => 22);
            HangupCause[] members = category.ToArray();
            int[] rankWeights = members.Select((_, rank) => (members.Length - rank) * (members.Length - rank)).ToArray();
            for (int rank = 0; rank < members.Length; rank++)
            {
                weights.Add((ResolvedCause.Documented(members[rank]), perMille * PerMilleToPerMillion * rankWeights[rank] / rankWeights.Sum()));
            }
        }

        // Codes a newer Plivo table may have: one between two documented Call Rejections (classified
        // by its range), one in the gap between Call Rejections and Carrier Errors (in no range).
        IReadOnlyList<HangupCause> rejections = HangupCauses.CallRejections.Members;
        weights.Add((ResolvedCause.FromCode(((int)rejections[1] + (int)rejections[2]) / 2), 4 * PerMilleToPerMillion));
        weights.Add((ResolvedCause.FromCode((HangupCauses.CallRejections.LastCode + HangupCauses.CarrierErrors.FirstCode) / 2), 2 * PerMilleToPerMillion));
        return weights;
    }

    private static ResolvedCause Pick(IReadOnlyList<(ResolvedCause Cause, int Weight)> causes, int totalWeight, ref SplitMix64 random)
    {
        int ticket = random.Next(totalWeight);
        foreach ((ResolvedCause cause, int weight) in causes)
        {
            if (ticket < weight)
            {
                return cause;
            }

            ticket -= weight;
        }

        return causes[^1].Cause;
    }

    private static bool CanBeInbound(ResolvedCause cause)
        => cause.TryGetCause(out HangupCause documented) && documented.GetCallTypes().Contains("Inbound", StringComparison.OrdinalIgnoreCase);

    private static bool WasAnswered(ResolvedCause cause)
        => cause.TryGetCause(out HangupCause documented)
            && (documented.GetCategory() == HangupCategory.NormalCompletions
                || documented.GetCallStates().Contains("Answered", StringComparison.OrdinalIgnoreCase));

    /// <summary>One of the documented sources of the cause; on an inbound call that ends normally, the caller.</summary>
    private static HangupSource PickSource(ResolvedCause cause, bool inbound, ref SplitMix64 random)
    {
        if (!cause.TryGetCause(out HangupCause documented))
        {
            return HangupSource.Carrier;
        }

        if (documented == HangupCause.NormalHangup && inbound)
        {
            return HangupSource.Caller;
        }

        IReadOnlyList<HangupSource> sources = documented.GetSources();
        if (sources.Count > 0)
        {
            return sources[random.Next(sources.Count)];
        }

        // The table names no source for a few causes: the carrier refuses rejections, Plivo the rest.
        HangupCategory category = documented.GetCategory();
        return category is HangupCategory.CallRejections or HangupCategory.CarrierErrors ? HangupSource.Carrier : HangupSource.Plivo;
    }

    private static string NewUuid(ref SplitMix64 random)
    {
        char[] hex = string.Create(CultureInfo.InvariantCulture, $"{random.NextBits():x16}{random.NextBits():x16}").ToCharArray();
        hex[12] = '4';
        hex[16] = "89ab"[hex[16] % 4];
        var text = new string(hex);
        return $"{text[..8]}-{text[8..12]}-{text[12..16]}-{text[16..20]}-{text[20..]}";
    }

    private static string Escape(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

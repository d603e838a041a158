using System;
using System.IO;
using System.Linq;
using System.Text;
using HangupAnalysis.Cdr;
using HangupAnalysis.Reports;
using HangupGen;

namespace HangupAnalysis.Tests.Cdr;

/// <summary>The embedded sample CDR export: reproducible, realistic, and fully readable.</summary>
public sealed class SampleCdrTests
{
    [Fact]
    public void Regenerating_with_the_committed_seed_reproduces_the_embedded_file_byte_for_byte()
    {
        var generated = new StringWriter();
        SampleCdrGenerator.Write(generated, SampleCdr.Seed, SampleCdr.CallCount);

        byte[] embedded = ReadEmbedded();
        Assert.True(embedded.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(generated.ToString())), "Data/sample-cdr.csv differs from what generate-cdr writes: regenerate it (see sample/README.md).");
    }

    [Fact]
    public void Another_seed_gives_other_calls()
    {
        var first = new StringWriter();
        var second = new StringWriter();
        SampleCdrGenerator.Write(first, 1, 50);
        SampleCdrGenerator.Write(second, 2, 50);

        Assert.NotEqual(first.ToString(), second.ToString());
    }

    [Fact]
    public void The_file_is_modest()
    {
        Assert.InRange(ReadEmbedded().Length, 100_000, 500_000);
    }

    [Fact]
    public void Every_call_is_read_and_every_category_appears()
    {
        HangupReport report = BuildEmbeddedReport();

        Assert.Equal(SampleCdr.CallCount, report.TotalCalls);
        Assert.Empty(report.SkippedRows);
        Assert.Equal(0, report.DuplicatesIgnored);
        Assert.Superset(
            HangupCauses.All.Select(cause => cause.GetCategory().GetName()).ToHashSet(),
            report.ByCategory.Select(line => line.Category).ToHashSet());
        Assert.All(report.ByFollowUp, line => Assert.True(line.Calls > 0, $"no call to {line.FollowUp}"));
        Assert.All(HangupSources.All, source => Assert.Contains(source.GetName(), report.BySource.Select(line => line.Source)));
    }

    [Fact]
    public void Every_section_adds_up_to_the_total()
    {
        HangupReport report = BuildEmbeddedReport();

        Assert.Equal(report.TotalCalls, report.ByCategory.Sum(line => line.Calls));
        Assert.Equal(report.TotalCalls, report.BySource.Sum(line => line.Calls));
        Assert.Equal(report.TotalCalls, report.ByCause.Sum(line => line.Calls));
        Assert.Equal(report.TotalCalls, report.ByFollowUp.Sum(line => line.Calls));
        Assert.Equal(report.ByCause.OrderByDescending(line => line.Calls).Select(line => line.Calls), report.ByCause.Select(line => line.Calls));
    }

    [Fact]
    public void Undocumented_codes_are_counted_in_their_range_or_in_none()
    {
        HangupReport report = BuildEmbeddedReport();

        CauseLine[] undocumented = report.ByCause.Where(line => !line.Documented).ToArray();
        Assert.Equal(2, undocumented.Length);
        Assert.Contains(undocumented, line => line.Category == HangupCategory.CallRejections.GetName() && !HangupCauses.TryFromCode(line.Code!.Value, out _));
        Assert.Contains(undocumented, line => line.Category == ReportLabels.NoDocumentedRange && !HangupCauses.TryGetCategory(line.Code!.Value, out _));
        Assert.All(undocumented, line => Assert.Equal("investigate", line.FollowUp));
    }

    private static HangupReport BuildEmbeddedReport()
    {
        using Stream stream = SampleCdr.Open();
        return CdrReport.Build(stream, CdrFormat.Csv, SampleCdr.FileName);
    }

    private static byte[] ReadEmbedded()
    {
        using Stream stream = SampleCdr.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

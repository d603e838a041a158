using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;

namespace HangupGen.Tests.Table;

/// <summary>What <see cref="HangupTableReader"/> makes of a valid table: the values of each row, in code order.</summary>
public sealed class HangupTableReaderTests
{
    [Fact]
    public void Columns_may_come_in_any_order_and_spelling()
    {
        HangupCauseSpec cause = ReadSingle("""
            Next Steps,CallStates,Range,call_types,Description,NAME,Sources,Category,Details,Aliases,Code,Identifier
            Retry later,Initiated,3000-3050,Outbound and Inbound,Destination is busy,Busy Line,Plivo,Call Rejections,A busy signal,Line Busy,3010,Busy
            """);

        Assert.Equal(
            new HangupCauseSpec(3010, "Busy Line", "Busy", new[] { "Line Busy" }.ToEquatableArray(), "CallRejections",
                "Destination is busy", "Retry later", "A busy signal", new[] { "Plivo" }.ToEquatableArray(), "Plivo",
                "Outbound and Inbound", "Initiated"),
            cause);
    }

    [Fact]
    public void Only_the_required_columns_are_needed()
    {
        HangupCauseSpec cause = ReadSingle("""
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            """);

        Assert.Equal("BusyLine", cause.Identifier);
        Assert.Equal("", cause.Description);
        Assert.Empty(cause.Aliases);
        Assert.Empty(cause.Sources);
    }

    [Fact]
    public void Values_are_trimmed_and_aliases_and_sources_are_split_on_semicolons()
    {
        HangupCauseSpec cause = ReadSingle("""
            code,name,aliases,category,range,sources
             3010 ,  Busy Line  , Line Busy ;; Engaged ;, Call Rejections , 3000 - 3050 ,"Plivo, if the destination is a Plivo SIP endpoint; Carrier; plivo"
            """);

        Assert.Equal("Busy Line", cause.Name);
        Assert.Equal(["Line Busy", "Engaged"], cause.Aliases);
        Assert.Equal(["Plivo", "Carrier"], cause.Sources);
        Assert.Equal("Plivo, if the destination is a Plivo SIP endpoint; Carrier; plivo", cause.SourcesText);
    }

    [Fact]
    public void Documented_source_spellings_map_to_their_identifiers()
    {
        HangupCauseSpec cause = ReadSingle("""
            code,name,category,range,sources
            4000,Normal Hangup,Normal Completions,4000-4030,Called party; API request; Answer XML; Call recipient; Error; unknown; CALLER
            """);

        Assert.Equal(["CallRecipient", "ApiRequest", "AnswerXml", "Error", "Unknown", "Caller"], cause.Sources);
    }

    [Fact]
    public void Quoted_multi_line_details_keep_their_paragraphs_with_lf()
    {
        HangupCauseSpec cause = ReadSingle("code,name,category,range,details\r\n3010,Busy Line,Call Rejections,3000-3050,\"First.\r\n\r\nSecond.\"\r\n");

        Assert.Equal("First.\n\nSecond.", cause.Details);
    }

    [Fact]
    public void Causes_are_ordered_by_code_and_categories_by_range_whatever_the_row_order()
    {
        TableParseResult result = HangupTableReader.Read("/t.csv", """
            code,name,category,range
            3140,DNO Caller ID,Carrier Errors,3070-3140
            3010,Busy Line,Call Rejections,3000-3050
            0,Unknown,Unknown,0
            3000,No Answer,Call Rejections,3000-3050
            """, CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal([0, 3000, 3010, 3140], result.Table!.Causes.Select(c => c.Code));
        Assert.Equal(
            [
                new HangupCategorySpec(0, "Unknown", "Unknown", 0, 0),
                new HangupCategorySpec(1, "Call Rejections", "CallRejections", 3000, 3050),
                new HangupCategorySpec(2, "Carrier Errors", "CarrierErrors", 3070, 3140),
            ],
            result.Table.Categories);
    }

    [Fact]
    public void Category_keeps_the_spelling_of_its_first_row_and_matches_later_rows_in_any_case()
    {
        TableParseResult result = HangupTableReader.Read("/t.csv", """
            code,name,category,range
            3000,No Answer,Call Rejections,3000-3050
            3010,Busy Line,call rejections,3000-3050
            """, CancellationToken.None);

        Assert.Empty(result.Problems);
        HangupCategorySpec category = Assert.Single(result.Table!.Categories);
        Assert.Equal("Call Rejections", category.Name);
        Assert.All(result.Table.Causes, c => Assert.Equal("CallRejections", c.CategoryIdentifier));
    }

    [Fact]
    public void Category_of_a_rejected_row_does_not_exist()
    {
        TableParseResult result = HangupTableReader.Read("/t.csv", """
            code,name,category,range
            3010,Busy Line,Call Rejections,3000-3050
            3010,Duplicate,Carrier Errors,3000-3140
            3140,DNO Caller ID,Carrier Errors,3070-3140
            """, CancellationToken.None);

        Assert.Equal(["HG1014"], result.Problems.Select(p => p.Id));
        Assert.Equal(["CallRejections", "CarrierErrors"], result.Table!.Categories.Select(c => c.Identifier));
        Assert.Equal(3070, result.Table.Categories[1].FirstCode);
    }

    [Fact]
    public void Real_table_reads_without_problems()
    {
        TableParseResult result = HangupTableReader.Read("/HangupCodes.csv", Infrastructure.TestTables.Real, CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal(54, result.Table!.Causes.Count);
        Assert.Equal(11, result.Table.Categories.Count);
    }

    private static HangupCauseSpec ReadSingle(string table)
    {
        TableParseResult result = HangupTableReader.Read("/t.csv", table, CancellationToken.None);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Table!.Causes);
    }
}

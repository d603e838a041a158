using HangupGen.Generator.Model;
using HangupGen.Generator.Table;

namespace HangupGen.Tests.Table;

/// <summary>Header names: any case, with or without spaces, underscores or hyphens.</summary>
public sealed class TableColumnTests
{
    [Theory]
    [InlineData("next_steps", "NextSteps")]
    [InlineData("Next Steps", "NextSteps")]
    [InlineData("NextSteps", "NextSteps")]
    [InlineData("next-steps", "NextSteps")]
    [InlineData("NEXT_STEPS", "NextSteps")]
    [InlineData("call_types", "CallTypes")]
    [InlineData("Call Types", "CallTypes")]
    [InlineData("call_states", "CallStates")]
    [InlineData("CallStates", "CallStates")]
    [InlineData("Code", "Code")]
    [InlineData("Identifier", "Identifier")]
    [InlineData("ALIASES", "Aliases")]
    public void Column_is_found_whatever_its_spelling(string header, string column)
    {
        Assert.True(TableColumns.TryFind(header, out TableColumn found));
        Assert.Equal(column, found.ToString());
    }

    [Theory]
    [InlineData("next step")]
    [InlineData("colour")]
    [InlineData("")]
    [InlineData("code name")]
    public void Unknown_header_is_no_column(string header)
    {
        Assert.False(TableColumns.TryFind(header, out _));
    }

    [Fact]
    public void Required_columns_of_the_hangup_table_are_code_name_category_and_range()
    {
        Assert.Equal([TableColumn.Code, TableColumn.Name, TableColumn.Category, TableColumn.Range], TableLayout.Hangup.Required);
    }

    [Fact]
    public void Vocabulary_tables_have_name_identifier_aliases_description_and_codes_where_their_members_have_them()
    {
        Assert.Equal([TableColumn.Name, TableColumn.Identifier, TableColumn.Aliases, TableColumn.Description], TableLayout.For(Vocabulary.CallStatus).Columns);
        Assert.Equal([TableColumn.Name], TableLayout.For(Vocabulary.DialStatus).Required);
        Assert.Equal(
            [TableColumn.Code, TableColumn.Name, TableColumn.Identifier, TableColumn.Aliases, TableColumn.Description, TableColumn.SipStatus],
            TableLayout.For(Vocabulary.TelephonyCause).Columns);
        Assert.Equal([TableColumn.Code, TableColumn.Name], TableLayout.For(Vocabulary.TelephonyCause).Required);
    }

    [Fact]
    public void A_column_of_another_table_is_unknown_in_a_hangup_table()
        => Assert.DoesNotContain(TableColumn.SipStatus, TableLayout.Hangup.Columns);
}

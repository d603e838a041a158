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
    public void Required_columns_are_code_name_category_and_range()
    {
        Assert.Equal([TableColumn.Code, TableColumn.Name, TableColumn.Category, TableColumn.Range], TableColumns.Required);
    }
}

using HangupGen.Generator.Table;

namespace HangupGen.Tests.Table;

/// <summary>How a documented name becomes a C# member name (<see cref="IdentifierRules"/>).</summary>
public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("Busy Line", "BusyLine")]
    [InlineData("Canceled (Out Of Credits)", "CanceledOutOfCredits")]
    [InlineData("Canceled (Simultaneous dial limit reached)", "CanceledSimultaneousDialLimitReached")]
    [InlineData("DNO Caller ID", "DnoCallerId")]
    [InlineData("URL Errors", "UrlErrors")]
    [InlineData("XML Errors", "XmlErrors")]
    [InlineData("End Of XML Instructions", "EndOfXmlInstructions")]
    [InlineData("Error Reaching Answer URL", "ErrorReachingAnswerUrl")]
    [InlineData("User does not exist anywhere", "UserDoesNotExistAnywhere")]
    [InlineData("Unallocated number", "UnallocatedNumber")]
    [InlineData("Unknown", "Unknown")]
    [InlineData("A", "A")]
    [InlineData("unknown caller-id", "UnknownCallerId")]
    [InlineData("Error 404", "Error404")]
    [InlineData("iOS push", "IOSPush")]
    [InlineData("  Spam   block  ", "SpamBlock")]
    [InlineData("Café Busy", "CaféBusy")]
    [InlineData("class", "Class")]
    public void Name_becomes_a_pascal_case_identifier(string name, string identifier)
    {
        Assert.Equal(identifier, IdentifierRules.Derive(name));
    }

    [Theory]
    [InlineData("3rd Party")]
    [InlineData("2000 Series")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    [InlineData("(!)")]
    public void Name_that_yields_no_valid_identifier_gives_none(string name)
    {
        Assert.Null(IdentifierRules.Derive(name));
    }

    [Theory]
    [InlineData("BusyLine", true)]
    [InlineData("_private", true)]
    [InlineData("value__", true)]
    [InlineData("Café", true)]
    [InlineData("", false)]
    [InlineData("class", false)]
    [InlineData("@class", false)]
    [InlineData("@BusyLine", false)]
    [InlineData("Busy Line", false)]
    [InlineData("Busy-Line", false)]
    [InlineData("3010", false)]
    public void Valid_identifier_is_a_csharp_identifier_that_is_no_keyword_and_has_no_at_sign(string identifier, bool valid)
    {
        Assert.Equal(valid, IdentifierRules.IsValid(identifier));
    }
}

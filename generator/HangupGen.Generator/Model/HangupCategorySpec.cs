namespace HangupGen.Generator.Model
{
    /// <summary>One category of the table and its documented code range.</summary>
    /// <param name="Value">The value of the generated <c>HangupCategory</c> member (its rank by range).</param>
    /// <param name="Name">The documented name, e.g. <c>Call Rejections</c>.</param>
    /// <param name="Identifier">The C# member name, e.g. <c>CallRejections</c>.</param>
    /// <param name="FirstCode">The first code of the documented range.</param>
    /// <param name="LastCode">The last code of the documented range (inclusive).</param>
    internal sealed record HangupCategorySpec(int Value, string Name, string Identifier, int FirstCode, int LastCode);
}

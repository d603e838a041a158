namespace HangupGen.Generator.Table
{
    /// <summary>How an additional file was recognized as the hangup table, if at all.</summary>
    internal enum TableMarking
    {
        /// <summary>Not a table: another file, or one marked <c>HangupGenTable="false"</c>.</summary>
        NotATable,

        /// <summary>A table by its name, <c>HangupCodes.csv</c>, with no metadata.</summary>
        ByName,

        /// <summary>Marked <c>HangupGenTable="true"</c>, by the package's props or by hand.</summary>
        Marked,
    }
}

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// Who reports a hangup reason (seed 004 lists "Bolna-Side Hangup Reasons" and "Telephony
    /// Provider Hangup Reasons"). The values are those of the generated side enum.
    /// </summary>
    internal enum ReportingSide
    {
        None = 0,
        Bolna = 1,
        TelephonyProvider = 2,
    }
}

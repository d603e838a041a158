namespace HangupAnalysis.Commands;

/// <summary>What the process returns.</summary>
internal static class ExitCodes
{
    /// <summary>Done (a report with rows it could not count is still done: they are listed in it).</summary>
    public const int Success = 0;

    /// <summary>The input could not be read or the server could not start.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}

using System;
using System.IO;

namespace HangupAnalysis.Cdr;

/// <summary>The sample CDR export embedded in the app: what a run with no arguments reports on.</summary>
internal static class SampleCdr
{
    /// <summary>The file's name, in <c>sample/HangupGen.Sample/Data/</c>.</summary>
    public const string FileName = "sample-cdr.csv";

    /// <summary>The seed the committed file was generated with.</summary>
    public const ulong Seed = 20250303;

    /// <summary>The number of calls in the committed file.</summary>
    public const int CallCount = 2500;

    private const string ResourceName = "HangupAnalysis.sample-cdr.csv";

    /// <summary>Opens the embedded file.</summary>
    public static Stream Open()
        => typeof(SampleCdr).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
}

using System;
using System.IO;

namespace HangupAnalysis.Cdr;

/// <summary>The sample Bolna export embedded in the app: what <c>report --sample bolna</c> reports on.</summary>
internal static class SampleBolna
{
    /// <summary>The file's name, in <c>sample/HangupGen.Sample/Data/</c>.</summary>
    public const string FileName = "sample-bolna.csv";

    private const string ResourceName = "HangupAnalysis.sample-bolna.csv";

    /// <summary>Opens the embedded file.</summary>
    public static Stream Open()
        => typeof(SampleBolna).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
}

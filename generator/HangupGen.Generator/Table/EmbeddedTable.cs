using System;
using System.IO;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>The documented Plivo table shipped inside the generator, read once per process.</summary>
    internal static class EmbeddedTable
    {
        /// <summary>The resource name given in the project file.</summary>
        public const string ResourceName = "HangupGen.HangupCodes.csv";

        /// <summary>The path problems of the embedded table would be reported at (it has none: a test checks it).</summary>
        public const string DisplayPath = "HangupCodes.csv";

        private static readonly Lazy<TableParseResult> s_parsed = new Lazy<TableParseResult>(
            () => HangupTableReader.Read(DisplayPath, Text, CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The parsed default table.</summary>
        public static TableParseResult Parsed => s_parsed.Value;

        /// <summary>The text of the default table.</summary>
        public static string Text
        {
            get
            {
                using Stream stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(ResourceName)
                    ?? throw new InvalidOperationException("The embedded hangup table is missing from the generator assembly.");
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        }
    }
}

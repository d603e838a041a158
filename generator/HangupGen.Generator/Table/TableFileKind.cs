using System;
using System.IO;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Which table an additional file is, if any: by its <c>HangupGenTable</c> metadata, else by its name.</summary>
    internal static class TableFileKind
    {
        /// <summary>The kind of the hangup table (<c>HangupCodes.csv</c>); the vocabularies' kinds are their <see cref="Vocabulary.Key"/>.</summary>
        public const string Hangup = "HangupCodes";

        /// <summary>The file name that makes a file the hangup table without the package's props.</summary>
        public const string HangupFileName = Hangup + ".csv";

        /// <summary>
        /// The metadata decides when it is set: <c>true</c> (or <c>HangupCodes</c>) is the hangup table,
        /// a vocabulary's key (<c>CallStatuses</c>, <c>DialStatuses</c>, <c>TelephonyCauses</c>) is its
        /// table, anything else is no table. Without it, a file is a table by its name.
        /// </summary>
        /// <returns>The kind, or null when the file is no table.</returns>
        public static string? Of(string path, string? metadata, out bool isMarked)
        {
            isMarked = !string.IsNullOrEmpty(metadata);
            return isMarked ? KindOf(metadata!) : KindOf(Path.GetFileNameWithoutExtension(path), Path.GetExtension(path));
        }

        private static string? KindOf(string metadata)
            => string.Equals(metadata, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(metadata, Hangup, StringComparison.OrdinalIgnoreCase)
                ? Hangup
                : Vocabulary.Find(metadata)?.Key;

        private static string? KindOf(string name, string extension)
            => !string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase) ? null
                : string.Equals(name, Hangup, StringComparison.OrdinalIgnoreCase) ? Hangup
                : Vocabulary.Find(name)?.Key;
    }
}

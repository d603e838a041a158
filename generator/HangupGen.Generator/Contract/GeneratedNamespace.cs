using Microsoft.CodeAnalysis.CSharp;

namespace HangupGen.Contract
{
    /// <summary>
    /// The namespace of the generated types: the <c>HangupGenNamespace</c> MSBuild property when it is
    /// a valid C# namespace, <c>HangupGen</c> otherwise. The generator emits there and the analyzers,
    /// suppressor and fixes look there, by the same rule, so an invalid setting (HG1020) moves both.
    /// </summary>
    internal static class GeneratedNamespace
    {
        public const string Default = "HangupGen";

        /// <summary>The MSBuild property, made compiler-visible by the package's props.</summary>
        public const string Property = "HangupGenNamespace";

        /// <summary>The key of <see cref="Property"/> in the analyzer config options.</summary>
        public const string OptionKey = "build_property." + Property;

        /// <summary>
        /// The namespace to use for the configured value (trimmed); <paramref name="isValid"/> is
        /// false when a value was set but is not a C# namespace, and <see cref="Default"/> is used.
        /// </summary>
        public static string Resolve(string? configured, out bool isValid)
        {
            string value = configured?.Trim() ?? string.Empty;
            isValid = value.Length == 0 || IsValid(value);
            return value.Length > 0 && isValid ? value : Default;
        }

        private static bool IsValid(string ns)
        {
            foreach (string part in ns.Split('.'))
            {
                // A namespace named 'nameof' would capture the generated nameof(...) expressions.
                if (!IsValidIdentifier(part) || part == "nameof")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="identifier"/> can name a namespace, type or member: a valid C# identifier, not a keyword, no <c>@</c>.</summary>
        public static bool IsValidIdentifier(string identifier)
            => identifier.Length > 0
            && identifier[0] != '@'
            && SyntaxFacts.IsValidIdentifier(identifier)
            && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None;
    }
}

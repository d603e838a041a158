using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Decides from a name (of a variable, field, property, parameter, method or dictionary key)
    /// whether it holds a hangup code, cause name or source. Names are compared without case,
    /// underscores or hyphens, so <c>HangupCauseCode</c>, <c>hangup_cause_code</c> and
    /// <c>hangupCauseCode</c> are the same. Codebases with other names list them in
    /// <c>.editorconfig</c>: <c>hangupgen.hangup_symbol_names = disconnectCode, endReason</c>.
    /// </summary>
    internal sealed class HangupNameMatcher
    {
        /// <summary>The <c>.editorconfig</c> key listing extra names, comma-separated.</summary>
        public const string SymbolNamesOption = "hangupgen.hangup_symbol_names";

        private readonly HashSet<string> _extraNames;

        private HangupNameMatcher(HashSet<string> extraNames)
        {
            _extraNames = extraNames;
        }

        /// <summary>The matcher for code with no extra names configured.</summary>
        public static HangupNameMatcher Default { get; } = new HangupNameMatcher(new HashSet<string>(StringComparer.Ordinal));

        /// <summary>The matcher configured by <paramref name="options"/> (the options of one syntax tree).</summary>
        public static HangupNameMatcher Create(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(SymbolNamesOption, out string? value) || string.IsNullOrWhiteSpace(value))
            {
                return Default;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in value.Split(','))
            {
                string key = Normalize(name);
                if (key.Length > 0)
                {
                    names.Add(key);
                }
            }

            return names.Count == 0 ? Default : new HangupNameMatcher(names);
        }

        /// <summary>What a value called <paramref name="name"/> holds.</summary>
        public HangupRole RoleOf(string? name)
        {
            if (name is null || name.Length == 0)
            {
                return HangupRole.None;
            }

            string key = Normalize(name);
            if (_extraNames.Contains(key))
            {
                HangupRole role = RoleFromWords(key);
                return role == HangupRole.None ? HangupRole.Code | HangupRole.CauseName : role;
            }

            return key.IndexOf("hangup", StringComparison.Ordinal) >= 0 ? RoleFromWords(key) : HangupRole.None;
        }

        private static HangupRole RoleFromWords(string key)
        {
            if (Contains(key, "source") || Contains(key, "hangupby"))
            {
                return HangupRole.SourceName;
            }

            if (Contains(key, "code"))
            {
                return HangupRole.Code;
            }

            if (Contains(key, "name") || Contains(key, "reason"))
            {
                return HangupRole.CauseName;
            }

            // "HangupCause" alone holds a code in one payload and a name in another.
            return Contains(key, "cause") ? HangupRole.Code | HangupRole.CauseName : HangupRole.None;
        }

        private static bool Contains(string key, string word) => key.IndexOf(word, StringComparison.Ordinal) >= 0;

        private static string Normalize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}

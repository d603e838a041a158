using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Decides from a name (of a variable, field, property, parameter, method or dictionary key)
    /// whether it holds a hangup code, cause name or source, or a call status, Dial status or
    /// telephony cause (<c>CallStatus</c>, <c>dial_status</c>, <c>DialHangupCause</c>). Names are compared without case,
    /// underscores or hyphens, so <c>HangupCauseCode</c>, <c>hangup_cause_code</c> and
    /// <c>hangupCauseCode</c> are the same. A name whose last word is a quantity or a measure
    /// (<c>hangupCodeCount</c>, <c>hangupCauseIndex</c>, <c>hangupCodeLength</c>) holds a number about
    /// hangups, not a hangup code. Codebases with other names list them in <c>.editorconfig</c>:
    /// <c>hangupgen.hangup_symbol_names = disconnectCode, endReason</c>.
    /// </summary>
    internal sealed class HangupNameMatcher
    {
        /// <summary>The <c>.editorconfig</c> key listing extra names, comma-separated.</summary>
        public const string SymbolNamesOption = "hangupgen.hangup_symbol_names";

        /// <summary>Last words that make a hangup-named value a number about hangups rather than a code.</summary>
        private static readonly HashSet<string> s_quantityWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "count", "counts", "counter", "counters", "total", "totals", "sum", "length", "size", "index", "indexes", "indices", "idx",
            "ms", "millis", "milliseconds", "seconds", "secs", "timeout", "delay", "duration", "attempts", "retries", "rate", "ratio",
            "percent", "percentage", "stats", "statistics", "histogram", "category", "categories", "description",
        };

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
                string key = Normalize(name, out _);
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
            // Nearly every name in a program holds no hangup value: answer those without allocating.
            if (name is null || name.Length == 0
                || (_extraNames.Count == 0 && !Spells(name, "hangup") && !Spells(name, "callstatus") && !Spells(name, "dialstatus") && !Spells(name, "telephony")))
            {
                return HangupRole.None;
            }

            string key = Normalize(name, out string lastWord);
            if (_extraNames.Contains(key))
            {
                HangupRole role = RoleFromWords(key);
                return (role == HangupRole.None ? HangupRole.Code | HangupRole.CauseName : role) | StatusRoleFromWords(key, listed: true);
            }

            if (s_quantityWords.Contains(lastWord))
            {
                return HangupRole.None;
            }

            // DialHangupCause is the standard telephony cause of a Dial event, not a Plivo hangup code.
            HangupRole status = StatusRoleFromWords(key, listed: false);
            if (status != HangupRole.None)
            {
                return status;
            }

            return key.IndexOf("hangup", StringComparison.Ordinal) >= 0 ? RoleFromWords(key) : HangupRole.None;
        }

        /// <summary>
        /// The status vocabulary a name holds (HG0006): call status, Dial status, telephony cause. A
        /// name listed in the option that says <c>status</c> without saying which holds either status.
        /// </summary>
        private static HangupRole StatusRoleFromWords(string key, bool listed)
        {
            if (Contains(key, "dialhangupcause") || Contains(key, "telephonycause"))
            {
                return HangupRole.TelephonyCause;
            }

            if (Contains(key, "dialstatus"))
            {
                return HangupRole.DialStatus;
            }

            if (Contains(key, "callstatus"))
            {
                return HangupRole.CallStatus;
            }

            return listed && Contains(key, "status") ? HangupRole.CallStatus | HangupRole.DialStatus : HangupRole.None;
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

            // A hangup reason is Bolna's (HangupReason), or a cause name in exports that call it so.
            if (Contains(key, "reason"))
            {
                return HangupRole.ReasonName | HangupRole.CauseName;
            }

            if (Contains(key, "name"))
            {
                return HangupRole.CauseName;
            }

            // "HangupCause" alone holds a code in one payload and a name in another.
            return Contains(key, "cause") ? HangupRole.Code | HangupRole.CauseName : HangupRole.None;
        }

        private static bool Contains(string key, string word) => key.IndexOf(word, StringComparison.Ordinal) >= 0;

        /// <summary>
        /// Whether the letters and digits of <paramref name="name"/> contain <paramref name="word"/>
        /// (lower-case ASCII) in any case — exactly when <see cref="Normalize"/> would give a key
        /// containing it, without building the key.
        /// </summary>
        private static bool Spells(string name, string word)
        {
            int matched = 0;
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    continue;
                }

                char lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                if (lower == word[matched])
                {
                    if (++matched == word.Length)
                    {
                        return true;
                    }
                }
                else
                {
                    // No proper prefix of "hangup", "callstatus", "dialstatus" or "telephony" is also a suffix of it: a mismatch restarts at its first letter.
                    matched = lower == word[0] ? 1 : 0;
                }
            }

            return false;
        }

        /// <summary>
        /// The name in lower case without separators, and its last word: words break at
        /// separators, at a lower-case letter or digit followed by an upper-case one, and inside a
        /// run of capitals before a lower-case letter (<c>HTTPStatus</c> → http, status).
        /// </summary>
        private static string Normalize(string name, out string lastWord)
        {
            var builder = new StringBuilder(name.Length);
            int lastWordStart = 0;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (i + 1 < name.Length)
                    {
                        lastWordStart = builder.Length;
                    }

                    continue;
                }

                if (i > 0 && char.IsUpper(c) && builder.Length > 0)
                {
                    char previous = name[i - 1];
                    bool next = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && next))
                    {
                        lastWordStart = builder.Length;
                    }
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            string key = builder.ToString();
            lastWord = key.Substring(Math.Min(lastWordStart, key.Length));
            return key;
        }
    }
}

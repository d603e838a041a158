using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// One vocabulary that arrives with a hangup (call status, Dial status, telephony cause, Bolna's
    /// hangup reason) as the
    /// analyzers learn it from the generated types: the enum, and the constants of its names class
    /// (<c>CallStatusNames.NoAnswer = "no-answer"</c>). For the telephony cause, the enum's values
    /// are the Q.850 numbers.
    /// </summary>
    internal sealed class StatusVocabulary
    {
        private readonly Dictionary<string, GeneratedField> _names;
        private readonly Dictionary<long, GeneratedField> _members;
        private readonly Dictionary<string, string> _wireNames;
        private readonly ImmutableArray<GeneratedField> _orderedMembers;
        private ImmutableArray<IFieldSymbol> _memberSymbols;

        /// <param name="role">The role of a value that holds the vocabulary.</param>
        /// <param name="description">How a message calls it.</param>
        /// <param name="enumType">The generated enum.</param>
        /// <param name="namesType">The generated names class.</param>
        /// <param name="names">The names class's constants by value (the spelling on the wire), ignoring case.</param>
        /// <param name="constants">The enum's members, each with its value.</param>
        /// <param name="members">The enum's members by value, for a vocabulary whose values are codes (the telephony causes); empty otherwise.</param>
        public StatusVocabulary(
            HangupRole role,
            string description,
            INamedTypeSymbol enumType,
            INamedTypeSymbol namesType,
            Dictionary<string, GeneratedField> names,
            IEnumerable<(GeneratedField Field, object Value)> constants,
            Dictionary<long, GeneratedField> members)
        {
            Role = role;
            Description = description;
            EnumType = enumType;
            NamesType = namesType;
            _names = names;
            _members = members;
            foreach (string name in names.Keys)
            {
                LongestName = Math.Max(LongestName, name.Length);
            }

            _orderedMembers = constants
                .OrderBy(c => Convert.ToInt64(c.Value, System.Globalization.CultureInfo.InvariantCulture))
                .Select(c => c.Field)
                .ToImmutableArray();

            // Each names constant is keyed by its own value, so the key is its spelling on the wire.
            _wireNames = names.GroupBy(pair => pair.Value.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        }

        /// <summary>The enum's members, in value order: what a switch over it must handle (HG0003, HGSP0001). Their symbols are made on first use.</summary>
        public ImmutableArray<IFieldSymbol> Members
        {
            get
            {
                if (_memberSymbols.IsDefault)
                {
                    ImmutableInterlocked.InterlockedInitialize(ref _memberSymbols, _orderedMembers.Select(member => member.Symbol).ToImmutableArray());
                }

                return _memberSymbols;
            }
        }

        /// <summary>The spelling on the wire of the member named <paramref name="member"/> (<c>NoAnswer</c> → <c>no-answer</c>).</summary>
        public bool TryGetWireName(string member, out string wireName) => _wireNames.TryGetValue(member, out wireName!);

        /// <summary>The role of a value that holds this vocabulary.</summary>
        public HangupRole Role { get; }

        /// <summary>How a message calls it: "call status", "Dial status", "telephony cause".</summary>
        public string Description { get; }

        /// <summary>The generated enum: <c>CallStatus</c>, <c>DialStatus</c>, <c>TelephonyCause</c>.</summary>
        public INamedTypeSymbol EnumType { get; }

        /// <summary>The generated names class: <c>CallStatusNames</c>, <c>DialStatusNames</c>, <c>TelephonyCauseNames</c>.</summary>
        public INamedTypeSymbol NamesType { get; }

        /// <summary>The length of the longest documented spelling.</summary>
        public int LongestName { get; }

        /// <summary>Whether numbers are members too (the telephony cause's Q.850 codes).</summary>
        public bool HasCodes => _members.Count > 0;

        /// <summary>The names constant whose value is <paramref name="name"/>, ignoring case.</summary>
        public bool TryGetName(string name, out IFieldSymbol constant) => GeneratedField.TryFind(_names, name, out constant);

        /// <summary>The enum member valued <paramref name="code"/> (telephony causes only).</summary>
        public bool TryGetMember(long code, out IFieldSymbol member) => GeneratedField.TryFind(_members, code, out member);

        /// <summary>Whether a names constant has the value <paramref name="name"/>, ignoring case; no symbol is made.</summary>
        public bool HasName(string name) => _names.ContainsKey(name);

        /// <summary>Whether a member is valued <paramref name="code"/> (telephony causes only); no symbol is made.</summary>
        public bool HasMember(long code) => _members.ContainsKey(code);
    }
}

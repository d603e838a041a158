using System;
using System.Collections.Generic;
using HangupGen.Contract;

namespace HangupGen.Generator.Model
{
    /// <summary>
    /// A documented vocabulary that arrives with a hangup besides its cause code (<c>HangupSource</c>,
    /// <c>CallStatus</c>, <c>DialStatus</c>, <c>DialHangupCause</c>, Bolna's <c>hangup_reason</c>): its
    /// replaceable table and the types generated from it. Static definitions; a spec names its vocabulary by <see cref="Key"/>, so it stays a value.
    /// </summary>
    internal sealed class Vocabulary
    {
        /// <summary>Who or what ended the call (seed 001), with the spellings Bolna's <c>hangup_by</c> uses and Bolna's codes per source (seed 004).</summary>
        public static readonly Vocabulary HangupSource = new Vocabulary(
            GeneratedTypeNames.HangupSources, GeneratedTypeNames.HangupSource, GeneratedTypeNames.HangupSourceNames, GeneratedTypeNames.HangupSourceExtensions,
            "source", "hangup source", "HangupSource", "Call recipient", codeExample: null)
        {
            FirstValue = 0,
            HasBolnaColumns = true,
            EmptyMeansNotRecorded = true,
        };

        public static readonly Vocabulary CallStatus = new Vocabulary(
            GeneratedTypeNames.CallStatuses, GeneratedTypeNames.CallStatus, GeneratedTypeNames.CallStatusNames, GeneratedTypeNames.CallStatusExtensions,
            "status", "call status", "CallStatus", "no-answer", codeExample: null);

        public static readonly Vocabulary DialStatus = new Vocabulary(
            GeneratedTypeNames.DialStatuses, GeneratedTypeNames.DialStatus, GeneratedTypeNames.DialStatusNames, GeneratedTypeNames.DialStatusExtensions,
            "status", "Dial status", "DialStatus", "no-answer", codeExample: null);

        public static readonly Vocabulary TelephonyCause = new Vocabulary(
            GeneratedTypeNames.TelephonyCauses, GeneratedTypeNames.TelephonyCause, GeneratedTypeNames.TelephonyCauseNames, GeneratedTypeNames.TelephonyCauseExtensions,
            "cause", "standard telephony cause", "DialHangupCause", "NORMAL_CLEARING", codeExample: "16")
        {
            HasSipStatus = true,
        };

        /// <summary>Bolna's <c>hangup_reason</c> (seed 004): its own reasons and the telephony provider's, each with the side that reports it.</summary>
        public static readonly Vocabulary HangupReason = new Vocabulary(
            GeneratedTypeNames.HangupReasons, GeneratedTypeNames.HangupReason, GeneratedTypeNames.HangupReasonNames, GeneratedTypeNames.HangupReasonExtensions,
            "reason", "hangup reason", "hangup_reason", "Carrier declined", codeExample: null)
        {
            SideTypeName = GeneratedTypeNames.HangupReasonSide,
            EmptyMeansNotRecorded = true,
        };

        /// <summary>Every vocabulary, in the order their files are generated.</summary>
        public static IReadOnlyList<Vocabulary> All { get; } = new[] { HangupSource, CallStatus, DialStatus, TelephonyCause, HangupReason };

        private Vocabulary(
            string key,
            string typeName,
            string namesName,
            string extensionsName,
            string parameter,
            string description,
            string wireField,
            string example,
            string? codeExample)
        {
            Key = key;
            TypeName = typeName;
            ParserName = key;
            NamesName = namesName;
            ExtensionsName = extensionsName;
            Parameter = parameter;
            Description = description;
            WireField = wireField;
            Example = example;
            CodeExample = codeExample;
        }

        /// <summary>The table's name: its file is <c>Key.csv</c>, its <c>HangupGenTable</c> metadata value is <c>Key</c>.</summary>
        public string Key { get; }

        /// <summary>The generated enum, e.g. <c>CallStatus</c>.</summary>
        public string TypeName { get; }

        /// <summary>The generated class that parses and lists the members, e.g. <c>CallStatuses</c>.</summary>
        public string ParserName { get; }

        /// <summary>The generated class of name constants, e.g. <c>CallStatusNames</c>.</summary>
        public string NamesName { get; }

        /// <summary>The generated extensions class, e.g. <c>CallStatusExtensions</c>.</summary>
        public string ExtensionsName { get; }

        /// <summary>The parameter name of a member in generated methods.</summary>
        public string Parameter { get; }

        /// <summary>What one member is, for documentation: "call status".</summary>
        public string Description { get; }

        /// <summary>The callback parameter Plivo sends it in.</summary>
        public string WireField { get; }

        /// <summary>A documented spelling, for examples in the documentation.</summary>
        public string Example { get; }

        /// <summary>A documented code, for the documentation; null where members have no codes.</summary>
        public string? CodeExample { get; }

        /// <summary>Whether rows carry a numeric <c>code</c>, the enum value (otherwise members are numbered from 1 in row order).</summary>
        public bool HasCodes => CodeExample is not null;

        /// <summary>Whether rows may map to a SIP response status (<c>sip_status</c>).</summary>
        public bool HasSipStatus { get; private init; }

        /// <summary>
        /// The value of the first row of a table without codes, the next rows counting up from it:
        /// 1, so that <c>default</c> is no member, except where the first row is the sensible default
        /// (<c>HangupSource.Unknown</c> is 0).
        /// </summary>
        public int FirstValue { get; private init; } = 1;

        /// <summary>Whether rows carry Bolna's description and codes for the member (<c>bolna_description</c>, <c>bolna_codes</c>).</summary>
        public bool HasBolnaColumns { get; private init; }

        /// <summary>
        /// The enum naming the side that reports a member (<c>side</c> column), or null where rows have
        /// no side.
        /// </summary>
        public string? SideTypeName { get; private init; }

        /// <summary>Whether rows carry the side that reports them.</summary>
        public bool HasSide => SideTypeName is not null;

        /// <summary>
        /// Whether an empty value on the wire means "nothing was recorded" (Bolna's empty
        /// <c>hangup_by</c> and <c>hangup_reason</c>), which the parser class tells apart from an
        /// unknown spelling (<c>TryParseRecorded</c>).
        /// </summary>
        public bool EmptyMeansNotRecorded { get; private init; }

        /// <summary>The file name that makes a file this table without the package's props.</summary>
        public string FileName => Key + ".csv";

        /// <summary>The name of the embedded default table in the generator assembly.</summary>
        public string ResourceName => "HangupGen." + Key + ".csv";

        /// <summary>The vocabulary whose table is named <paramref name="key"/> (metadata value or file name without extension), ignoring case.</summary>
        public static Vocabulary? Find(string key)
        {
            foreach (Vocabulary vocabulary in All)
            {
                if (string.Equals(vocabulary.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return vocabulary;
                }
            }

            return null;
        }
    }
}

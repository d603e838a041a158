using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// A generated vocabulary enum (<c>CallStatus</c>, <c>DialStatus</c>, <c>TelephonyCause</c>) as the
    /// analyzers see it: its members in value order, each with the spelling its names class documents.
    /// </summary>
    internal sealed class VocabularyTypeInfo
    {
        public VocabularyTypeInfo(INamedTypeSymbol type, ImmutableArray<IFieldSymbol> members, IReadOnlyDictionary<string, string> wireNames)
        {
            Type = type;
            Members = members;
            WireNames = wireNames;
        }

        /// <summary>The generated enum.</summary>
        public INamedTypeSymbol Type { get; }

        /// <summary>The members, in value order.</summary>
        public ImmutableArray<IFieldSymbol> Members { get; }

        /// <summary>Member name → the spelling sent on the wire (<c>NoAnswer</c> → <c>no-answer</c>), from the names class.</summary>
        public IReadOnlyDictionary<string, string> WireNames { get; }
    }
}

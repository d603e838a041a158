using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// One generated enum (<c>HangupCause</c>, <c>HangupCategory</c>, <c>HangupSource</c> and each
    /// status vocabulary's) with what the generator gives it in place of the <c>Enum</c> API: the
    /// parser class (<c>HangupCauses.TryParse</c>, <c>TryParseCode</c>, <c>All</c>), the
    /// <c>GetName()</c> extension and the documented name of each member (its names class). The
    /// helpers are found by their signatures in the generated namespace, so a vocabulary added to
    /// the table's list brings its own without a change here.
    /// </summary>
    internal sealed class GeneratedEnum
    {
        private readonly Dictionary<string, IFieldSymbol> _byText;
        private readonly Dictionary<string, string> _documentedNames;

        private GeneratedEnum(INamedTypeSymbol type, INamedTypeSymbol? namesType, bool parseAcceptsCodes, Helpers helpers)
        {
            Type = type;
            Parser = helpers.Parser;
            HasTryParseCode = helpers.TryParseCode && !parseAcceptsCodes;
            HasGetName = helpers.GetName;
            HasAll = helpers.All;
            Members = GeneratedConstant.Of(type)
                .OrderBy(c => Convert.ToInt64(c.Value, CultureInfo.InvariantCulture))
                .Select(c => c.Field)
                .ToImmutableArray();

            _documentedNames = new Dictionary<string, string>(StringComparer.Ordinal);
            _byText = new Dictionary<string, IFieldSymbol>(StringComparer.OrdinalIgnoreCase);
            foreach (IFieldSymbol member in Members)
            {
                if (namesType?.GetMembers(member.Name).OfType<IFieldSymbol>().FirstOrDefault() is IFieldSymbol nameField && GeneratedConstant.ValueOf(nameField) is string name
                    && name.Length > 0)
                {
                    _documentedNames[member.Name] = name;
                    if (!_byText.ContainsKey(name))
                    {
                        _byText.Add(name, member);
                    }
                }
            }

            foreach (IFieldSymbol member in Members)
            {
                if (!_byText.ContainsKey(member.Name))
                {
                    _byText.Add(member.Name, member);
                }
            }

            Example = Members.FirstOrDefault(m => _documentedNames.TryGetValue(m.Name, out string? name) && name != m.Name)
                ?? Members.FirstOrDefault(m => _documentedNames.ContainsKey(m.Name))
                ?? Members.FirstOrDefault();
        }

        /// <summary>The enum.</summary>
        public INamedTypeSymbol Type { get; }

        /// <summary>The enum's name: <c>HangupCause</c>.</summary>
        public string Name => Type.Name;

        /// <summary>The members, in value order.</summary>
        public ImmutableArray<IFieldSymbol> Members { get; }

        /// <summary>The class with <c>TryParse(string, out T)</c>: <c>HangupCauses</c>, <c>CallStatuses</c>; null for <c>HangupCategory</c>.</summary>
        public INamedTypeSymbol? Parser { get; }

        /// <summary>
        /// Whether the parser's <c>TryParseCode</c> reads the numbers its <c>TryParse</c> does not: a
        /// hangup code (<c>"3010"</c>). A telephony cause's <c>TryParse</c> reads its number already.
        /// </summary>
        public bool HasTryParseCode { get; }

        /// <summary>Whether a <c>GetName()</c> extension gives the documented name.</summary>
        public bool HasGetName { get; }

        /// <summary>Whether the parser class lists the members in <c>All</c>.</summary>
        public bool HasAll { get; }

        /// <summary>The member the messages show: the first whose documented name differs from its identifier.</summary>
        public IFieldSymbol? Example { get; }

        /// <summary>The documented name of <paramref name="member"/> (<c>BusyLine</c> → <c>Busy Line</c>), when the names class has it.</summary>
        public string? DocumentedName(string member) => _documentedNames.TryGetValue(member, out string? name) ? name : null;

        /// <summary>The member whose documented name or identifier is <paramref name="text"/>, ignoring case.</summary>
        public bool TryGetMember(string text, out IFieldSymbol member) => _byText.TryGetValue(text, out member!);

        /// <summary>Whether <paramref name="text"/> is, exactly, the identifier of a member.</summary>
        public bool IsIdentifier(string text) => Type.GetMembers(text).OfType<IFieldSymbol>().Any(f => f.HasConstantValue);

        /// <summary>
        /// Every generated enum of <paramref name="table"/>'s compilation: the hangup table's, the
        /// vocabularies' (with their names classes), then any other enum the generator emitted in the
        /// namespace (a vocabulary the analyzers do not list yet), whose names class is <c>{Enum}Names</c>.
        /// </summary>
        internal static ImmutableArray<GeneratedEnum> LoadAll(HangupTable table)
        {
            var enums = new List<(INamedTypeSymbol Type, INamedTypeSymbol? Names, bool ParseAcceptsCodes)>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            void Add(INamedTypeSymbol? type, INamedTypeSymbol? names, bool parseAcceptsCodes)
            {
                if (type is not null && seen.Add(type))
                {
                    enums.Add((type, names, parseAcceptsCodes));
                }
            }

            Add(table.CauseType, table.CauseNamesType, false);
            Add(table.CategoryType, null, false);
            Add(table.SourceType, table.SourceNamesType, false);
            foreach (StatusVocabulary vocabulary in table.StatusVocabularies)
            {
                Add(vocabulary.EnumType, vocabulary.NamesType, vocabulary.HasCodes);
            }

            if (table.ReasonVocabulary is StatusVocabulary reasons)
            {
                Add(reasons.EnumType, reasons.NamesType, reasons.HasCodes);
            }

            INamespaceSymbol generatedNamespace = table.CauseType.ContainingNamespace;
            foreach (INamedTypeSymbol type in generatedNamespace.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Enum && !seen.Contains(type) && GeneratedCodeMarker.IsGenerated(type))
                {
                    INamedTypeSymbol? names = generatedNamespace.GetTypeMembers(type.Name + "Names").FirstOrDefault(GeneratedCodeMarker.IsGenerated);
                    Add(type, names, false);
                }
            }

            Dictionary<INamedTypeSymbol, Helpers> helpers = FindHelpers(generatedNamespace, enums.Select(e => e.Type));
            return enums
                .Select(e => new GeneratedEnum(e.Type, e.Names, e.ParseAcceptsCodes, helpers[e.Type]))
                .ToImmutableArray();
        }

        /// <summary>The generated static classes of the namespace, read once for the helpers of each enum.</summary>
        private static Dictionary<INamedTypeSymbol, Helpers> FindHelpers(INamespaceSymbol generatedNamespace, IEnumerable<INamedTypeSymbol> enumTypes)
        {
            var helpers = new Dictionary<INamedTypeSymbol, Helpers>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol enumType in enumTypes)
            {
                helpers[enumType] = new Helpers();
            }

            foreach (INamedTypeSymbol type in generatedNamespace.GetTypeMembers())
            {
                if (!type.IsStatic || !GeneratedCodeMarker.IsGenerated(type))
                {
                    continue;
                }

                foreach (ISymbol member in type.GetMembers())
                {
                    switch (member)
                    {
                        case IMethodSymbol { IsExtensionMethod: true, Parameters.Length: 1, Name: "GetName" } getName
                            when getName.Parameters[0].Type is INamedTypeSymbol named && helpers.TryGetValue(named, out Helpers? forGetName):
                            forGetName.GetName = true;
                            break;
                        case IMethodSymbol { IsStatic: true, Name: "TryParse" or "TryParseCode", Parameters.Length: 2 } parse
                            when parse.Parameters[0].Type.SpecialType == SpecialType.System_String
                                && parse.Parameters[1].RefKind == RefKind.Out
                                && parse.Parameters[1].Type is INamedTypeSymbol parsed
                                && helpers.TryGetValue(parsed, out Helpers? forParse):
                            if (parse.Name == "TryParse")
                            {
                                forParse.Parser = type;
                            }
                            else
                            {
                                forParse.TryParseCode = true;
                            }

                            break;
                        case IPropertySymbol { IsStatic: true, Name: "All", Type: INamedTypeSymbol { TypeArguments.Length: 1 } list }
                            when list.TypeArguments[0] is INamedTypeSymbol listed && helpers.TryGetValue(listed, out Helpers? forAll):
                            forAll.All = true;
                            break;
                    }
                }
            }

            return helpers;
        }

        private sealed class Helpers
        {
            public INamedTypeSymbol? Parser;
            public bool TryParseCode;
            public bool GetName;
            public bool All;
        }
    }
}

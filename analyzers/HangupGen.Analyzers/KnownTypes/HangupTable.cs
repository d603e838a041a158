using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using HangupGen.Analyzers.Context;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// The hangup table as the analyzers learn it from a compilation: the generated enums, the
    /// category ranges (constants of <c>HangupCauses.&lt;Category&gt;</c>) and the documented names
    /// (constants of <c>HangupCauseNames</c> and <c>HangupSourceNames</c>). Reading the table from
    /// the generated types, not from the CSV, makes the rules follow a custom table, a custom
    /// namespace and types that come from a referenced project alike. Built once per compilation.
    /// </summary>
    internal sealed class HangupTable
    {
        /// <summary>
        /// One table per compilation, read once: the rules' first callbacks can ask at the same time (the
        /// table is read on first use, finding 19), and the others wait for it instead of reading it again.
        /// </summary>
        private static readonly ConditionalWeakTable<Compilation, Lazy<HangupTable?>> s_cache = new ConditionalWeakTable<Compilation, Lazy<HangupTable?>>();

        private readonly Dictionary<long, HangupCauseInfo> _causesByCode;
        private readonly Dictionary<string, HangupCauseInfo> _causesByName;
        private readonly Dictionary<string, GeneratedField> _sourceNames;
        private ImmutableArray<GeneratedEnum> _generatedEnums;

        private HangupTable(
            INamedTypeSymbol causeType,
            INamedTypeSymbol? categoryType,
            INamedTypeSymbol? causesType,
            INamedTypeSymbol? causeNamesType,
            INamedTypeSymbol? sourceNamesType,
            ImmutableArray<HangupCauseInfo> causes,
            ImmutableArray<HangupCategoryInfo> categories,
            Dictionary<string, GeneratedField> sourceNames)
        {
            CauseType = causeType;
            CategoryType = categoryType;
            CausesType = causesType;
            CauseNamesType = causeNamesType;
            SourceNamesType = sourceNamesType;
            Causes = causes;
            Categories = categories;
            _sourceNames = sourceNames;
            _causesByCode = new Dictionary<long, HangupCauseInfo>();
            _causesByName = new Dictionary<string, HangupCauseInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (HangupCauseInfo cause in causes)
            {
                // Two members with one value are legal C#, if never generated: the first wins instead of a throw into the compiler.
                if (!_causesByCode.ContainsKey(cause.Code))
                {
                    _causesByCode.Add(cause.Code, cause);
                }

                if (cause.Name is not null && !_causesByName.ContainsKey(cause.Name))
                {
                    _causesByName.Add(cause.Name, cause);
                }
            }
        }

        /// <summary>The generated <c>HangupCause</c> enum.</summary>
        public INamedTypeSymbol CauseType { get; }

        /// <summary>The generated <c>HangupCategory</c> enum.</summary>
        public INamedTypeSymbol? CategoryType { get; }

        /// <summary>The generated <c>HangupCauses</c> class.</summary>
        public INamedTypeSymbol? CausesType { get; }

        /// <summary>The generated <c>HangupCauseNames</c> class.</summary>
        public INamedTypeSymbol? CauseNamesType { get; }

        /// <summary>The generated <c>HangupSourceNames</c> class.</summary>
        public INamedTypeSymbol? SourceNamesType { get; }

        /// <summary>The causes, in code order.</summary>
        public ImmutableArray<HangupCauseInfo> Causes { get; }

        /// <summary>The categories, in range order.</summary>
        public ImmutableArray<HangupCategoryInfo> Categories { get; }

        /// <summary>The call status, Dial status and telephony cause vocabularies the compilation has (HG0006).</summary>
        public ImmutableArray<StatusVocabulary> StatusVocabularies { get; private set; } = ImmutableArray<StatusVocabulary>.Empty;

        /// <summary>The generated <c>HangupSource</c> enum.</summary>
        public INamedTypeSymbol? SourceType { get; private set; }

        /// <summary>The generated <c>HangupCode</c> struct (the code as received), when the generator emits it.</summary>
        public INamedTypeSymbol? CodeType { get; private set; }

        /// <summary>Every generated enum with the generated helpers that replace the <c>Enum</c> API on it (HG0007); worked out on first use.</summary>
        public ImmutableArray<GeneratedEnum> GeneratedEnums
        {
            get
            {
                if (_generatedEnums.IsDefault)
                {
                    ImmutableInterlocked.InterlockedInitialize(ref _generatedEnums, GeneratedEnum.LoadAll(this));
                }

                return _generatedEnums;
            }
        }

        /// <summary>The generated enum <paramref name="type"/> is (not a nullable of it), if any.</summary>
        public GeneratedEnum? GeneratedEnumOf(ITypeSymbol? type)
        {
            if (type is not { TypeKind: TypeKind.Enum })
            {
                return null;
            }

            foreach (GeneratedEnum generated in GeneratedEnums)
            {
                if (SymbolEqualityComparer.Default.Equals(type, generated.Type))
                {
                    return generated;
                }
            }

            return null;
        }

        /// <summary>Bolna's hangup reasons (HG0005), when the compilation has <c>HangupReason</c> and <c>HangupReasonNames</c>.</summary>
        public StatusVocabulary? ReasonVocabulary { get; private set; }

        /// <summary>The role of a value of type <paramref name="type"/> (or a nullable of it) when it is a generated vocabulary enum.</summary>
        public HangupRole StatusRoleOfType(ITypeSymbol? type)
            => type is { TypeKind: TypeKind.Enum or TypeKind.Struct } && (!StatusVocabularies.IsEmpty || ReasonVocabulary is not null)
                ? VocabularyOf(type)?.Role ?? HangupRole.None
                : HangupRole.None;

        /// <summary>The table of <paramref name="compilation"/>, or null when it has no HangupGen types (the rules then stay silent).</summary>
        public static HangupTable? Get(Compilation compilation, AnalyzerOptions options)
            => s_cache.GetValue(compilation, c => new Lazy<HangupTable?>(() => Load(c, options.AnalyzerConfigOptionsProvider.GlobalOptions), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        /// <summary>Whether the table of <paramref name="compilation"/> has been read (for the tests of when it is).</summary>
        internal static bool IsRead(Compilation compilation)
            => s_cache.TryGetValue(compilation, out Lazy<HangupTable?>? table) && table.IsValueCreated;

        /// <summary>The cause with code <paramref name="code"/>.</summary>
        public bool TryGetCause(long code, out HangupCauseInfo cause) => _causesByCode.TryGetValue(code, out cause!);

        /// <summary>The cause whose documented name is <paramref name="name"/>, ignoring case.</summary>
        public bool TryGetCauseByName(string name, out HangupCauseInfo cause) => _causesByName.TryGetValue(name, out cause!);

        /// <summary>The <c>HangupSourceNames</c> constant whose value is <paramref name="name"/>, ignoring case.</summary>
        public bool TryGetSourceName(string name, out IFieldSymbol constant) => GeneratedField.TryFind(_sourceNames, name, out constant);

        /// <summary>The category whose range holds <paramref name="code"/>, if any.</summary>
        public HangupCategoryInfo? FindCategory(long code)
        {
            foreach (HangupCategoryInfo category in Categories)
            {
                if (category.Contains(code))
                {
                    return category;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="type"/> is the generated <c>HangupCause</c>, or a nullable of it.</summary>
        public bool IsCauseType(ITypeSymbol? type) => IsType(type, CauseType);

        /// <summary>Whether <paramref name="type"/> is the generated <c>HangupCategory</c>, or a nullable of it.</summary>
        public bool IsCategoryType(ITypeSymbol? type) => CategoryType is not null && IsType(type, CategoryType);

        /// <summary>The vocabulary (a status one, or the hangup reasons) whose enum is <paramref name="type"/> (or a nullable of it), if any.</summary>
        public StatusVocabulary? VocabularyOf(ITypeSymbol? type)
        {
            foreach (StatusVocabulary vocabulary in StatusVocabularies)
            {
                if (IsType(type, vocabulary.EnumType))
                {
                    return vocabulary;
                }
            }

            return ReasonVocabulary is not null && IsType(type, ReasonVocabulary.EnumType) ? ReasonVocabulary : null;
        }

        private static bool IsType(ITypeSymbol? type, INamedTypeSymbol expected)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return SymbolEqualityComparer.Default.Equals(type, expected);
        }

        private static HangupTable? Load(Compilation compilation, AnalyzerConfigOptions globalOptions)
        {
            // The generator's rule, so an invalid HangupGenNamespace (HG1020) sends both to the fallback.
            globalOptions.TryGetValue(GeneratedNamespace.OptionKey, out string? configured);
            string prefix = GeneratedNamespace.Resolve(configured, out _) + ".";
            INamedTypeSymbol? causeType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCause);
            if (causeType is null || causeType.TypeKind != TypeKind.Enum)
            {
                return null;
            }

            INamedTypeSymbol? categoryType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCategory);
            INamedTypeSymbol? causesType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCauses);
            INamedTypeSymbol? causeNamesType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCauseNames);
            Dictionary<string, string> causeNames = ConstantStrings(causeNamesType);

            ImmutableArray<HangupCauseInfo> causes = GeneratedConstant.Read(causeType)
                .Where(c => c.Value is int)
                .Select(c => new HangupCauseInfo(new GeneratedField(causeType, c.Name), (int)c.Value, causeNames.TryGetValue(c.Name, out string? name) ? name : null))
                .OrderBy(c => c.Code)
                .ToImmutableArray();

            ImmutableArray<HangupCategoryInfo> categories = LoadCategories(categoryType, causesType);
            foreach (HangupCauseInfo cause in causes)
            {
                HangupCategoryInfo? category = categories.FirstOrDefault(c => c.Contains(cause.Code));
                cause.Category = category;
                category?.Add(cause);
            }

            LoadNextSteps(FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCauseNextSteps), causes);

            INamedTypeSymbol? sourceNamesType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupSourceNames);
            var sourceNames = new Dictionary<string, GeneratedField>(StringComparer.OrdinalIgnoreCase);
            foreach ((GeneratedField field, string value) in ConstantStringFields(sourceNamesType))
            {
                if (!sourceNames.ContainsKey(value))
                {
                    sourceNames.Add(value, field);
                }
            }

            return new HangupTable(
                causeType,
                categoryType,
                causesType,
                causeNamesType,
                sourceNamesType,
                causes,
                categories,
                sourceNames)
            {
                StatusVocabularies = LoadStatusVocabularies(compilation, prefix),
                SourceType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupSource) is { TypeKind: TypeKind.Enum } sourceType ? sourceType : null,
                CodeType = FindGeneratedType(compilation, prefix + GeneratedTypeNames.HangupCode) is { TypeKind: TypeKind.Struct } codeType ? codeType : null,
                ReasonVocabulary = LoadReasonVocabulary(compilation, prefix),
            };
        }

        /// <summary>The call status, Dial status and telephony cause vocabularies whose enum and names class are both generated.</summary>
        private static ImmutableArray<StatusVocabulary> LoadStatusVocabularies(Compilation compilation, string prefix)
        {
            var vocabularies = ImmutableArray.CreateBuilder<StatusVocabulary>(3);
            foreach (StatusVocabulary? vocabulary in new[]
            {
                LoadVocabulary(compilation, prefix, HangupRole.CallStatus, "call status", GeneratedTypeNames.CallStatus, GeneratedTypeNames.CallStatusNames, withCodes: false),
                LoadVocabulary(compilation, prefix, HangupRole.DialStatus, "Dial status", GeneratedTypeNames.DialStatus, GeneratedTypeNames.DialStatusNames, withCodes: false),
                LoadVocabulary(compilation, prefix, HangupRole.TelephonyCause, "telephony cause", GeneratedTypeNames.TelephonyCause, GeneratedTypeNames.TelephonyCauseNames, withCodes: true),
            })
            {
                if (vocabulary is not null)
                {
                    vocabularies.Add(vocabulary);
                }
            }

            return vocabularies.ToImmutable();
        }

        /// <summary>Bolna's hangup reasons, when their enum and names class are both generated.</summary>
        private static StatusVocabulary? LoadReasonVocabulary(Compilation compilation, string prefix)
            => LoadVocabulary(compilation, prefix, HangupRole.ReasonName, "hangup reason", GeneratedTypeNames.HangupReason, GeneratedTypeNames.HangupReasonNames, withCodes: false);

        /// <summary>A vocabulary whose enum and names class are both generated; null otherwise.</summary>
        private static StatusVocabulary? LoadVocabulary(Compilation compilation, string prefix, HangupRole role, string description, string enumName, string namesName, bool withCodes)
        {
            INamedTypeSymbol? enumType = FindGeneratedType(compilation, prefix + enumName);
            INamedTypeSymbol? namesType = FindGeneratedType(compilation, prefix + namesName);
            if (enumType is not { TypeKind: TypeKind.Enum } || namesType is null)
            {
                return null;
            }

            var names = new Dictionary<string, GeneratedField>(StringComparer.OrdinalIgnoreCase);
            foreach ((GeneratedField field, string value) in ConstantStringFields(namesType))
            {
                if (value.Length > 0 && !names.ContainsKey(value))
                {
                    names.Add(value, field);
                }
            }

            // Read once: the vocabulary orders the members by value, and the telephony causes look them up by code.
            List<(GeneratedField Field, object Value)> constants = GeneratedConstant.Read(enumType).Select(c => (new GeneratedField(enumType, c.Name), c.Value)).ToList();
            var members = new Dictionary<long, GeneratedField>();
            foreach ((GeneratedField member, object value) in withCodes ? constants : Enumerable.Empty<(GeneratedField, object)>())
            {
                if (value is int code && !members.ContainsKey(code))
                {
                    members.Add(code, member);
                }
            }

            return new StatusVocabulary(role, description, enumType, namesType, names, constants, members);
        }

        private static ImmutableArray<HangupCategoryInfo> LoadCategories(INamedTypeSymbol? categoryType, INamedTypeSymbol? causesType)
        {
            if (categoryType is null || causesType is null)
            {
                return ImmutableArray<HangupCategoryInfo>.Empty;
            }

            var categories = ImmutableArray.CreateBuilder<HangupCategoryInfo>();
            foreach ((string member, _) in GeneratedConstant.Read(categoryType))
            {
                INamedTypeSymbol? holder = causesType.GetTypeMembers(member).FirstOrDefault();
                if (holder is not null
                    && ConstantInt(holder, GeneratedTypeNames.FirstCode) is int first
                    && ConstantInt(holder, GeneratedTypeNames.LastCode) is int last)
                {
                    categories.Add(new HangupCategoryInfo(new GeneratedField(categoryType, member), first, last));
                }
            }

            return categories.OrderBy(c => c.FirstCode).ToImmutableArray();
        }

        /// <summary>
        /// The next steps of each cause, from the constants of <c>HangupCauseNextSteps</c> (not from the
        /// XML documentation, which a build that does not parse documentation comments lacks).
        /// </summary>
        private static void LoadNextSteps(INamedTypeSymbol? nextStepsType, ImmutableArray<HangupCauseInfo> causes)
        {
            Dictionary<string, string> nextSteps = ConstantStrings(nextStepsType);
            foreach (HangupCauseInfo cause in causes)
            {
                cause.NextSteps = nextSteps.TryGetValue(cause.Identifier, out string? steps) ? steps : null;
            }
        }

        private static int? ConstantInt(INamedTypeSymbol type, string name)
            => GeneratedConstant.ValueOf(type, name) as int?;

        private static Dictionary<string, string> ConstantStrings(INamedTypeSymbol? type)
        {
            // By name only: no GeneratedField is kept, so none is made.
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((string name, object value) in type is null ? Array.Empty<(string, object)>() : GeneratedConstant.Read(type))
            {
                // The first of two same-named constants (a compile error in the type) wins, as a lookup by name would.
                if (value is string text && !strings.ContainsKey(name))
                {
                    strings.Add(name, text);
                }
            }

            return strings;
        }

        /// <summary>The string constants of <paramref name="type"/>, each with its value.</summary>
        private static IEnumerable<(GeneratedField Field, string Value)> ConstantStringFields(INamedTypeSymbol? type)
            => type is null
                ? Enumerable.Empty<(GeneratedField, string)>()
                : GeneratedConstant.Read(type).Where(c => c.Value is string).Select(c => (new GeneratedField(type, c.Name), (string)c.Value));

        /// <summary>
        /// Finds a HangupGen-generated type by metadata name: the compilation's own first, then one
        /// from a reference that this compilation can access.
        /// </summary>
        private static INamedTypeSymbol? FindGeneratedType(Compilation compilation, string metadataName)
        {
            // The generator emits into this compilation, so its own assembly answers first: searching
            // every reference for each generated type (GetTypesByMetadataName) was most of the table's
            // setup in a real build (docs/analyzer-profile.md, finding 5).
            INamedTypeSymbol? own = compilation.Assembly.GetTypeByMetadataName(metadataName);
            if (own is not null && GeneratedCodeMarker.IsGenerated(own))
            {
                return own;
            }

            // Types generated in a referenced project (this one turned its emission off).
            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(metadataName))
            {
                if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                    && GeneratedCodeMarker.IsGenerated(type)
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    return type;
                }
            }

            return null;
        }
    }
}

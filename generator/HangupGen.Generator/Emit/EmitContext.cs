using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// What every emitter shares: the spec, the fully qualified names of the generated types, and
    /// the file header and footer (see <see cref="FileContext"/>).
    /// </summary>
    internal sealed class EmitContext : FileContext
    {
        private readonly Dictionary<string, HangupCategorySpec> _categories;
        private readonly Dictionary<string, string> _codes;

        public EmitContext(GenerationSpec spec)
            : base(new EmitSettings(spec.Namespace, spec.Accessibility, spec.NullableAnnotations, spec.Features, spec.Json), "the hangup table (HangupCodes.csv)")
        {
            Spec = spec;
            string prefix = Prefix;
            Cause = prefix + GeneratedTypeNames.HangupCause;
            Category = prefix + GeneratedTypeNames.HangupCategory;
            Source = prefix + GeneratedTypeNames.HangupSource;
            Causes = prefix + GeneratedTypeNames.HangupCauses;
            Sources = prefix + GeneratedTypeNames.HangupSources;
            CauseExtensions = prefix + GeneratedTypeNames.HangupCauseExtensions;
            Code = prefix + GeneratedTypeNames.HangupCode;
            _categories = spec.Table.Categories.ToDictionary(c => c.Identifier);
            _codes = spec.Table.Categories.ToDictionary(c => c.Identifier, c => (c.FirstCode == c.LastCode ? "code " : "codes ") + Range(c));
        }

        public GenerationSpec Spec { get; }

        // The arrays themselves, not IReadOnlyList: a foreach over them allocates nothing.
        public EquatableArray<HangupCauseSpec> CauseRows => Spec.Table.Causes;

        public EquatableArray<HangupCategorySpec> CategoryRows => Spec.Table.Categories;

        /// <summary><c>global::Ns.HangupCause</c>.</summary>
        public string Cause { get; }

        /// <summary><c>global::Ns.HangupCategory</c>.</summary>
        public string Category { get; }

        /// <summary><c>global::Ns.HangupSource</c>.</summary>
        public string Source { get; }

        /// <summary><c>global::Ns.HangupCauses</c>.</summary>
        public string Causes { get; }

        /// <summary><c>global::Ns.HangupSources</c>.</summary>
        public string Sources { get; }

        /// <summary><c>global::Ns.HangupCauseExtensions</c>.</summary>
        public string CauseExtensions { get; }

        /// <summary><c>global::Ns.HangupCode</c>.</summary>
        public string Code { get; }

        /// <summary>The cause and the category enums and the code struct have converters (<c>HangupCauseJsonConverter</c>, <c>HangupCategoryJsonConverter</c>, <c>HangupCodeJsonConverter</c>).</summary>
        protected override bool HasJsonConverter(string typeName)
            => typeName == GeneratedTypeNames.HangupCause || typeName == GeneratedTypeNames.HangupCategory || typeName == GeneratedTypeNames.HangupCode;

        public HangupCategorySpec CategoryOf(HangupCauseSpec cause) => _categories[cause.CategoryIdentifier];

        public IEnumerable<HangupCauseSpec> MembersOf(HangupCategorySpec category)
            => CauseRows.Where(c => c.CategoryIdentifier == category.Identifier);

        /// <summary>"3000-3050", or "0" for a one-code range.</summary>
        public static string Range(HangupCategorySpec category)
            => CodeRangeText.Format(category.FirstCode, category.LastCode);

        /// <summary>"codes 3000-3050", or "code 0" for a one-code range; written once per category.</summary>
        public string Codes(HangupCategorySpec category) => _codes[category.Identifier];
    }
}

using System;
using System.Collections.Generic;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Generator
{
    /// <summary>Reads the MSBuild properties the package's props make visible to the compiler.</summary>
    internal static class GeneratorSettingsReader
    {
        public const string DefaultNamespace = "HangupGen";
        public const string NamespaceProperty = "HangupGenNamespace";
        public const string AccessibilityProperty = "HangupGenAccessibility";
        public const string EmitTypesProperty = "HangupGenEmitTypes";

        public static GeneratorSettings Read(AnalyzerConfigOptions options)
        {
            var problems = new List<GeneratorProblem>();
            string ns = Get(options, NamespaceProperty);
            if (ns.Length == 0)
            {
                ns = DefaultNamespace;
            }
            else if (!IsValidNamespace(ns))
            {
                problems.Add(Problem(NamespaceProperty, ns, "use a C# namespace such as Contoso.Telephony; the types are generated in 'HangupGen' instead"));
                ns = DefaultNamespace;
            }

            string accessibility = Get(options, AccessibilityProperty);
            bool isPublic = string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase);
            if (accessibility.Length > 0 && !isPublic && !string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(AccessibilityProperty, accessibility, "use 'internal' (the default) or 'public'"));
            }

            string emit = Get(options, EmitTypesProperty);
            bool emitTypes = !string.Equals(emit, "false", StringComparison.OrdinalIgnoreCase);
            if (emit.Length > 0 && emitTypes && !string.Equals(emit, "true", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(EmitTypesProperty, emit, "use 'true' (the default) or 'false'"));
            }

            return new GeneratorSettings(ns, isPublic, emitTypes, problems.ToEquatableArray());
        }

        private static string Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out string? value) && value is not null ? value.Trim() : string.Empty;

        private static bool IsValidNamespace(string ns)
        {
            foreach (string part in ns.Split('.'))
            {
                // A namespace named 'nameof' would capture the generated nameof(...) expressions.
                if (!IdentifierRules.IsValid(part) || part == "nameof")
                {
                    return false;
                }
            }

            return true;
        }

        private static GeneratorProblem Problem(string property, string value, string remedy)
            => new GeneratorProblem(DiagnosticIds.InvalidSetting, string.Empty, 0, 0, 0, 0, 0, 0, new[] { property, value, remedy }.ToEquatableArray());
    }
}

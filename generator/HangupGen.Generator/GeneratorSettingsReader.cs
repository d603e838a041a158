using System;
using System.Collections.Generic;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Generator
{
    /// <summary>Reads the MSBuild properties the package's props make visible to the compiler.</summary>
    internal static class GeneratorSettingsReader
    {
        public const string AccessibilityProperty = "HangupGenAccessibility";
        public const string EmitTypesProperty = "HangupGenEmitTypes";

        public static GeneratorSettings Read(AnalyzerConfigOptions options)
        {
            var problems = new List<GeneratorProblem>();
            options.TryGetValue(GeneratedNamespace.OptionKey, out string? configured);
            string ns = GeneratedNamespace.Resolve(configured, out bool isValidNamespace);
            if (!isValidNamespace)
            {
                problems.Add(Problem(GeneratedNamespace.Property, configured!.Trim(), "use a C# namespace such as Contoso.Telephony; the types are generated in '" + GeneratedNamespace.Default + "' instead"));
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

        private static GeneratorProblem Problem(string property, string value, string remedy)
            => new GeneratorProblem(DiagnosticIds.InvalidSetting, string.Empty, 0, 0, 0, 0, 0, 0, new[] { property, value, remedy }.ToEquatableArray());
    }
}

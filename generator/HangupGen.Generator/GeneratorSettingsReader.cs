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
        public const string JsonConvertersProperty = "HangupGenJsonConverters";

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

            bool emitTypes = ReadSwitch(options, EmitTypesProperty, problems);
            bool jsonConverters = ReadSwitch(options, JsonConvertersProperty, problems);
            return new GeneratorSettings(ns, isPublic, emitTypes, jsonConverters, problems.ToEquatableArray());
        }

        /// <summary>A true/false property that is on unless set to false; any other value is a problem and leaves it on.</summary>
        private static bool ReadSwitch(AnalyzerConfigOptions options, string property, List<GeneratorProblem> problems)
        {
            string value = Get(options, property);
            bool on = !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
            if (value.Length > 0 && on && !string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(property, value, "use 'true' (the default) or 'false'"));
            }

            return on;
        }

        private static string Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out string? value) && value is not null ? value.Trim() : string.Empty;

        private static GeneratorProblem Problem(string property, string value, string remedy)
            => new GeneratorProblem(DiagnosticIds.InvalidSetting, string.Empty, 0, 0, 0, 0, 0, 0, new[] { property, value, remedy }.ToEquatableArray());
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using HangupGen.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// Every analyzer and suppressor of the HangupGen.Analyzers assembly, found by reflection, so that
/// the tests that must hold for all rules cover a rule as soon as it is added.
/// </summary>
internal static class HangupRules
{
    /// <summary>The concrete <see cref="DiagnosticAnalyzer"/> types marked <c>[DiagnosticAnalyzer]</c>, suppressors included.</summary>
    public static IReadOnlyList<Type> Types { get; } = typeof(HangupAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
            && !t.IsAbstract
            && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null
            && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>A fresh instance of each rule.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create()
        => Types.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
}

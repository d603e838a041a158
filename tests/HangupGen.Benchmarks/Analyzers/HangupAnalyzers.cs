using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using HangupGen.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>
/// Every analyzer and the suppressor the package ships, found as the compiler finds them: each type
/// of the analyzers assembly marked <c>[DiagnosticAnalyzer]</c>, so a new rule (HG0007
/// <see cref="EnumApiOnGeneratedTypeAnalyzer"/> was missing from a hand-written list) is measured
/// without editing the benchmarks.
/// </summary>
public static class HangupAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = [.. typeof(HangupAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];
}

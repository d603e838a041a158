using System.Collections.Immutable;
using HangupGen.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Benchmarks.Analyzers;

/// <summary>Every analyzer and the suppressor the package ships, as the compiler loads them.</summary>
public static class HangupAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new MagicHangupCodeAnalyzer(),
        new NonExhaustiveHangupSwitchAnalyzer(),
        new HangupCodeRangeAnalyzer(),
        new MagicHangupNameAnalyzer(),
        new MagicStatusValueAnalyzer(),
        new CompleteHangupSwitchSuppressor());
}

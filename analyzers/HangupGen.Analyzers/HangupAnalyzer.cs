using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// The common start of every HangupGen rule: concurrent, silent in generated code, and with
    /// nothing registered at all in a compilation that has no HangupGen types.
    /// </summary>
    public abstract class HangupAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                HangupTable? table = HangupTable.Get(start.Compilation, start.Options);
                if (table is not null)
                {
                    Register(start, new HangupAnalysisContext(table, start.Options.AnalyzerConfigOptionsProvider));
                }
            });
        }

        /// <summary>Registers the rule's actions for a compilation that has the HangupGen types.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, HangupAnalysisContext hangup);
    }
}

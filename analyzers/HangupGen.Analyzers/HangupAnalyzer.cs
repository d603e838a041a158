using HangupGen.Analyzers.Context;
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
                if (HangupAnalysisContext.For(start.Compilation, start.Options) is HangupAnalysisContext hangup)
                {
                    Register(start, hangup);
                }
            });
        }

        /// <summary>Registers the rule's actions for a compilation that has the HangupGen types.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, HangupAnalysisContext hangup);
    }
}

using HangupGen.Analyzers.Context;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers
{
    /// <summary>
    /// The common start of every HangupGen rule: concurrent, silent in generated code, and with
    /// nothing registered at all in a compilation that has no HangupGen types. A compilation that
    /// holds the generator's output gets its table on the rules' first callback, not at compilation
    /// start (<see cref="HangupContextSource"/>).
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
                if (HangupContextSource.For(start.Compilation, start.Options) is HangupContextSource source)
                {
                    Register(start, source);
                }
            });
        }

        /// <summary>
        /// Registers the rule's actions for a compilation that has (or, when deferred, holds the files
        /// of) the HangupGen types. Nothing here may read the table: each callback asks
        /// <paramref name="source"/> (or a state it deferred) and returns when there is none.
        /// </summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, HangupContextSource source);
    }
}

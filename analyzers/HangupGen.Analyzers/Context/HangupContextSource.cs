using System;
using System.Runtime.CompilerServices;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// Where a rule gets the <see cref="HangupAnalysisContext"/> of a compilation. When the compilation
    /// holds the generator's own output, the context (and the table it reads from the generated types)
    /// is made on the first callback that needs it, not at compilation start: the first lookup of a
    /// type in a compilation merges the declarations of every file, which the compiler needs anyway, and
    /// the analyzer that asks first is charged with it (35–49 ms of a 1,000-file build here,
    /// docs/analyzer-profile.md, finding 19). By the first operation callback the compiler has bound a
    /// method, so the merge is done. When the types come from a referenced project, the context is
    /// looked up at once, as before: without it there is nothing to register.
    /// </summary>
    internal sealed class HangupContextSource
    {
        /// <summary>
        /// The end of the path of the file the generator writes whenever it emits the types, as the compiler
        /// names generated files ("…/{generator assembly}/{generator type}/{hint name}"), from the separator
        /// before the generator's folder so that no other folder's name ends the same way.
        /// </summary>
        private const string GeneratedCauseFile = "/" + GeneratorIdentity.TypeName + "/" + GeneratedTypeNames.HangupCause + ".g.cs";

        private const string GeneratedCauseFileWindows = "\\" + GeneratorIdentity.TypeName + "\\" + GeneratedTypeNames.HangupCause + ".g.cs";

        /// <summary>
        /// Whether each compilation holds the generator's output, worked out once: every rule's compilation
        /// start asks, and the answer is a walk over all of its trees' paths.
        /// </summary>
        private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> s_holdsOutput = new ConditionalWeakTable<Compilation, StrongBox<bool>>();

        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private StrongBox<HangupAnalysisContext?>? _context;

        private HangupContextSource(Compilation compilation, AnalyzerOptions options, HangupAnalysisContext? ready, bool deferred)
        {
            _compilation = compilation;
            _options = options;
            _context = ready is null ? null : new StrongBox<HangupAnalysisContext?>(ready);
            IsDeferred = deferred;
        }

        /// <summary>Whether the context waits for its first use (the compilation holds the generator's output).</summary>
        public bool IsDeferred { get; }

        /// <summary>
        /// The compilation's context: read on first use when deferred. Null when a file at the generator's
        /// path holds no readable table (its types lack the generator's marker): the rules then stay
        /// silent, as with no HangupGen types at all.
        /// </summary>
        public HangupAnalysisContext? Context
            // Callbacks racing here read the table once (HangupTable.Get), and all keep the first box.
            => FirstUse.Get(ref _context, this, static source => HangupAnalysisContext.For(source._compilation, source._options));

        /// <summary>
        /// The source for <paramref name="compilation"/>: deferred when it holds the generator's output,
        /// otherwise the context looked up now; null when the compilation has no HangupGen types at all.
        /// </summary>
        public static HangupContextSource? For(Compilation compilation, AnalyzerOptions options)
        {
            if (HoldsGeneratorOutput(compilation))
            {
                return new HangupContextSource(compilation, options, ready: null, deferred: true);
            }

            return HangupAnalysisContext.For(compilation, options) is HangupAnalysisContext context
                ? new HangupContextSource(compilation, options, context, deferred: false)
                : null;
        }

        /// <summary>What a rule makes from the context once per compilation, on first use (null: nothing to do).</summary>
        public DeferredRuleState<TState> Defer<TState>(Func<HangupAnalysisContext, TState?> create)
            where TState : class
            => new DeferredRuleState<TState>(this, create);

        /// <summary>
        /// Whether a syntax tree of <paramref name="compilation"/> is the generator's <c>HangupCause.g.cs</c>,
        /// by its path alone: no symbol, no binding.
        /// </summary>
        public static bool HoldsGeneratorOutput(Compilation compilation)
            => s_holdsOutput.GetValue(compilation, static c => new StrongBox<bool>(FindGeneratorOutput(c))).Value;

        private static bool FindGeneratorOutput(Compilation compilation)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                string path = tree.FilePath;
                if (path.EndsWith(GeneratedCauseFile, StringComparison.Ordinal) || path.EndsWith(GeneratedCauseFileWindows, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

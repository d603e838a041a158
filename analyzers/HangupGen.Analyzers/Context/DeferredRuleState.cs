using System;
using System.Runtime.CompilerServices;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// What one rule works with in one compilation (the context, and what the rule derives from the
    /// table), made by the first callback that asks. Null when the compilation turns out to have no
    /// readable table, or the rule has nothing to look for in it (no categories, no names).
    /// </summary>
    /// <typeparam name="TState">The rule's state.</typeparam>
    internal sealed class DeferredRuleState<TState>
        where TState : class
    {
        private readonly HangupContextSource _source;
        private readonly Func<HangupAnalysisContext, TState?> _create;
        private StrongBox<TState?>? _state;

        public DeferredRuleState(HangupContextSource source, Func<HangupAnalysisContext, TState?> create)
        {
            _source = source;
            _create = create;
        }

        /// <summary>
        /// Known at compilation start to be null: the context was looked up at once (types from a
        /// referenced project) and the rule has nothing to look for in it, so it registers nothing.
        /// </summary>
        public bool IsKnownEmpty => !_source.IsDeferred && Value is null;

        /// <summary>The state, made on first use (a race makes it twice and keeps the first: the states are read-only views of one table).</summary>
        public TState? Value
            => FirstUse.Get(ref _state, this, static rule => rule._source.Context is HangupAnalysisContext context ? rule._create(context) : null);

        /// <summary>A callback that runs <paramref name="analyze"/> with the state, or returns at once when there is none.</summary>
        /// <typeparam name="TContext">The callback's context (an operation's, a symbol's).</typeparam>
        public Action<TContext> Guard<TContext>(Action<TContext, TState> analyze)
            => context =>
            {
                if (Value is TState state)
                {
                    analyze(context, state);
                }
            };
    }
}

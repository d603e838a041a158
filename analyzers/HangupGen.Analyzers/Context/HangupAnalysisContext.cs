using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.Context
{
    /// <summary>What every rule needs for one compilation: the table, and the name matcher of each syntax tree.</summary>
    internal sealed class HangupAnalysisContext
    {
        /// <summary>Lock stripes of the matcher cache: they guard only adds, one per tree.</summary>
        private const int ConcurrencyLevel = 4;

        private static readonly ConditionalWeakTable<Compilation, StrongBox<HangupAnalysisContext?>> s_shared = new ConditionalWeakTable<Compilation, StrongBox<HangupAnalysisContext?>>();

        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<SyntaxTree, HangupNameMatcher> _matchers;

        /// <summary>Made once: a lambda passed to <c>GetOrAdd</c> on every lookup would allocate a delegate each time.</summary>
        private readonly Func<SyntaxTree, HangupNameMatcher> _createMatcher;

        /// <summary>A context of its own (a code fix's); the rules share one per compilation through <see cref="For"/>.</summary>
        /// <param name="table">The compilation's table.</param>
        /// <param name="options">The options of its trees.</param>
        /// <param name="trees">How many trees will ask for a matcher, when known: the cache is made that
        /// large, so it never grows (growing takes every lock of the dictionary while it copies).</param>
        public HangupAnalysisContext(HangupTable table, AnalyzerConfigOptionsProvider options, int trees = 0)
        {
            Table = table;
            _options = options;
            _matchers = trees > 0
                ? new ConcurrentDictionary<SyntaxTree, HangupNameMatcher>(ConcurrencyLevel, trees)
                : new ConcurrentDictionary<SyntaxTree, HangupNameMatcher>();
            _createMatcher = tree => HangupNameMatcher.Create(_options.GetOptions(tree));
        }

        public HangupTable Table { get; }

        /// <summary>
        /// The context of <paramref name="compilation"/>, shared by every rule, or null when the
        /// compilation has no HangupGen types. One per compilation: with one per rule, every tree's
        /// options were read and its matcher added once per rule, into dictionaries that grew under
        /// their locks (docs/analyzer-profile.md, finding 6).
        /// </summary>
        public static HangupAnalysisContext? For(Compilation compilation, AnalyzerOptions options)
        {
            HangupAnalysisContext? shared = s_shared.GetValue(compilation, c => new StrongBox<HangupAnalysisContext?>(Create(c, options))).Value;

            // A host that analyzes the same compilation with other options (an IDE can) gets its own.
            return shared is null || shared._options == options.AnalyzerConfigOptionsProvider ? shared : Create(compilation, options);
        }

        private static HangupAnalysisContext? Create(Compilation compilation, AnalyzerOptions options)
            => HangupTable.Get(compilation, options) is HangupTable table
                ? new HangupAnalysisContext(table, options.AnalyzerConfigOptionsProvider, compilation.SyntaxTrees.Count())
                : null;

        /// <summary>The options of the tree <paramref name="tree"/> (e.g. rule settings from <c>.editorconfig</c>).</summary>
        public AnalyzerConfigOptions OptionsFor(SyntaxTree tree) => _options.GetOptions(tree);

        /// <summary>The name matcher configured for <paramref name="tree"/>.</summary>
        public HangupNameMatcher NamesFor(SyntaxTree tree)
            => _matchers.GetOrAdd(tree, _createMatcher);

        /// <summary>What the value of <paramref name="operation"/> holds, by its type or its name.</summary>
        public HangupRole RoleOf(IOperation? operation) => HangupOperands.RoleOf(operation, this);
    }
}

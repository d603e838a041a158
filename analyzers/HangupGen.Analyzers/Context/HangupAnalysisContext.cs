using System;
using System.Collections.Concurrent;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Analyzers.Context
{
    /// <summary>What every rule needs for one compilation: the table, and the name matcher of each syntax tree.</summary>
    internal sealed class HangupAnalysisContext
    {
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<SyntaxTree, HangupNameMatcher> _matchers = new ConcurrentDictionary<SyntaxTree, HangupNameMatcher>();

        /// <summary>Made once: a lambda passed to <c>GetOrAdd</c> on every lookup would allocate a delegate each time.</summary>
        private readonly Func<SyntaxTree, HangupNameMatcher> _createMatcher;

        public HangupAnalysisContext(HangupTable table, AnalyzerConfigOptionsProvider options)
        {
            Table = table;
            _options = options;
            _createMatcher = tree => HangupNameMatcher.Create(_options.GetOptions(tree));
        }

        public HangupTable Table { get; }

        /// <summary>The options of the tree <paramref name="tree"/> (e.g. rule settings from <c>.editorconfig</c>).</summary>
        public AnalyzerConfigOptions OptionsFor(SyntaxTree tree) => _options.GetOptions(tree);

        /// <summary>The name matcher configured for <paramref name="tree"/>.</summary>
        public HangupNameMatcher NamesFor(SyntaxTree tree)
            => _matchers.GetOrAdd(tree, _createMatcher);

        /// <summary>What the value of <paramref name="operation"/> holds, by its type or its name.</summary>
        public HangupRole RoleOf(IOperation? operation) => HangupOperands.RoleOf(operation, this);
    }
}

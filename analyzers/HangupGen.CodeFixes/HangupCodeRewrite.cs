using System;
using System.Collections.Generic;
using HangupGen.Analyzers.KnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// One planned replacement of a hangup code literal by a <c>HangupCause</c> member: the node to
    /// replace, and how to build its replacement from that node as it is when the editor reaches it
    /// (an inner literal may have been replaced already), with the names of the variables it declares.
    /// </summary>
    internal sealed class HangupCodeRewrite
    {
        private readonly Func<IReadOnlyList<string>, ExpressionSyntax, ExpressionSyntax> _build;
        private readonly string[] _baseNames;
        private readonly string[] _variables;

        public HangupCodeRewrite(
            SyntaxNode target,
            HangupCauseInfo cause,
            bool parses,
            Func<IReadOnlyList<string>, ExpressionSyntax, ExpressionSyntax> build,
            params string[] variableBaseNames)
        {
            Target = target;
            Cause = cause;
            Parses = parses;
            _build = build;
            _baseNames = variableBaseNames;
            _variables = (string[])variableBaseNames.Clone();
        }

        public SyntaxNode Target { get; }

        /// <summary>The member the literal becomes.</summary>
        public HangupCauseInfo Cause { get; }

        /// <summary>
        /// True for a numeric string: the comparison becomes a parse and a comparison of causes. False
        /// for an integer: the member, converted to the literal's type, takes the literal's place.
        /// </summary>
        public bool Parses { get; }

        /// <summary>Gives each variable the rewrite declares a name free where it is declared.</summary>
        public void ReserveNames(VariableNames names)
        {
            for (int i = 0; i < _baseNames.Length; i++)
            {
                _variables[i] = names.Reserve(Target, _baseNames[i]);
            }
        }

        public SyntaxNode Replace(SyntaxNode current)
            => current is ExpressionSyntax expression ? _build(_variables, expression) : current;
    }
}

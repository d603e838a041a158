using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// Picks names for the variables a fix declares: free in the enclosing member (declared
    /// there or visible from outside) and not given to another fix of the same pass.
    /// </summary>
    internal sealed class VariableNames
    {
        private readonly SemanticModel _model;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<SyntaxNode, HashSet<string>> _taken = new Dictionary<SyntaxNode, HashSet<string>>();

        public VariableNames(SemanticModel model, CancellationToken cancellationToken)
        {
            _model = model;
            _cancellationToken = cancellationToken;
        }

        public string Reserve(SyntaxNode at, string baseName)
        {
            SyntaxNode member = at.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax || n is CompilationUnitSyntax)!;
            if (!_taken.TryGetValue(member, out HashSet<string>? taken))
            {
                taken = new HashSet<string>(DeclaredNames(member));
                _taken.Add(member, taken);
            }

            foreach (ISymbol symbol in _model.LookupSymbols(at.SpanStart))
            {
                taken.Add(symbol.Name);
            }

            string name = baseName;
            for (int i = 2; taken.Contains(name); i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            _cancellationToken.ThrowIfCancellationRequested();
            return name;
        }

        private static IEnumerable<string> DeclaredNames(SyntaxNode member)
        {
            foreach (SyntaxNode node in member.DescendantNodesAndSelf())
            {
                SyntaxToken identifier = node switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    LocalFunctionStatementSyntax function => function.Identifier,
                    ForEachStatementSyntax forEach => forEach.Identifier,
                    CatchDeclarationSyntax @catch => @catch.Identifier,
                    QueryClauseSyntax or QueryContinuationSyntax => QueryIdentifier(node),
                    _ => default,
                };
                if (identifier.ValueText.Length > 0)
                {
                    yield return identifier.ValueText;
                }
            }
        }

        private static SyntaxToken QueryIdentifier(SyntaxNode node) => node switch
        {
            FromClauseSyntax from => from.Identifier,
            LetClauseSyntax let => let.Identifier,
            JoinClauseSyntax join => join.Identifier,
            JoinIntoClauseSyntax into => into.Identifier,
            QueryContinuationSyntax continuation => continuation.Identifier,
            _ => default,
        };
    }
}

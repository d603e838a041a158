using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace HangupGen.CodeFixes.MissingCases
{
    /// <summary>
    /// Adds the new cases to a switch: sections of a statement, arms of an expression, each
    /// throwing <c>NotImplementedException</c>, with the category comment above a group's first case
    /// and the case's comment at the end of its line. The new syntax carries
    /// <see cref="Formatter.Annotation"/>: the formatter lays it out (as Roslyn's populate-switch fix
    /// does), with the document's options. Only line breaks are placed here: a line comment must
    /// end its line, and the first new case must start one. They are written like the document's
    /// own, and not elastic, so that the formatter keeps the blank line that ends a comment group;
    /// the formatter then ends the lines it formats with its <c>end_of_line</c> option.
    /// </summary>
    internal sealed class NewCaseSyntax
    {
        private readonly SyntaxGenerator _generator;
        private readonly TypeSyntax _exception;
        private readonly SyntaxTrivia _endOfLine;

        private NewCaseSyntax(SyntaxGenerator generator, TypeSyntax exception, SyntaxTrivia endOfLine)
        {
            _generator = generator;
            _exception = exception;
            _endOfLine = endOfLine;
        }

        /// <summary><paramref name="switch"/> with <paramref name="cases"/> added, before its default when it ends with one.</summary>
        public static SyntaxNode AddTo(SyntaxNode @switch, ImmutableArray<NewCase> cases, int defaultIndex, SyntaxGenerator generator, TypeSyntax exception)
        {
            var syntax = new NewCaseSyntax(generator, exception, EndOfLineOf(@switch));
            return @switch switch
            {
                SwitchStatementSyntax statement => syntax.AddSections(statement, defaultIndex, cases),
                SwitchExpressionSyntax expression => syntax.AddArms(expression, defaultIndex, cases),
                _ => @switch,
            };
        }

        private SyntaxNode AddSections(SwitchStatementSyntax statement, int defaultIndex, ImmutableArray<NewCase> cases)
        {
            // A default section in the middle stays where it is; new sections go after the last case,
            // where no case after them can be subsumed by them.
            SyntaxList<SwitchSectionSyntax> existing = statement.Sections;
            int insertAt = defaultIndex >= 0 && defaultIndex == existing.Count - 1 ? defaultIndex : existing.Count;
            SyntaxToken previous = insertAt == 0 ? statement.OpenBraceToken : existing[insertAt - 1].GetLastToken();
            var sections = new List<SyntaxNode>();
            string? group = null;
            foreach (NewCase newCase in cases)
            {
                SyntaxNode @throw = _generator.ThrowStatement(_generator.ObjectCreationExpression(_exception));
                var section = (SwitchSectionSyntax)_generator.SwitchSection(newCase.Value, new[] { @throw });
                SyntaxToken colon = section.Labels[0].ColonToken;
                section = section.ReplaceToken(colon, colon.WithTrailingTrivia(TrailingComment(newCase.Comment)));
                sections.Add(Leading(section, newCase.Group, ref group, sections.Count == 0 ? previous : default));
            }

            return _generator.InsertSwitchSections(statement, insertAt, sections);
        }

        private SyntaxNode AddArms(SwitchExpressionSyntax expression, int defaultIndex, ImmutableArray<NewCase> cases)
        {
            // A catch-all arm must stay last: the new arms go before it.
            SeparatedSyntaxList<SwitchExpressionArmSyntax> arms = expression.Arms;
            int insertAt = defaultIndex >= 0 && defaultIndex < arms.Count ? defaultIndex : arms.Count;
            bool endsWithoutComma = insertAt == arms.Count && arms.SeparatorCount < arms.Count;
            var items = new List<SyntaxNodeOrToken>();
            SyntaxToken previous = expression.OpenBraceToken;
            for (int i = 0; i < insertAt; i++)
            {
                if (endsWithoutComma && i == arms.Count - 1)
                {
                    // The last arm gets a comma, and the end of its line moves after it.
                    items.Add(arms[i].WithoutTrailingTrivia());
                    previous = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(arms[i].GetTrailingTrivia());
                }
                else
                {
                    items.Add(arms[i]);
                    previous = arms.GetSeparator(i);
                }

                items.Add(previous);
            }

            string? group = null;
            for (int i = 0; i < cases.Length; i++)
            {
                NewCase newCase = cases[i];
                var arm = SyntaxFactory.SwitchExpressionArm(
                    SyntaxFactory.ConstantPattern(newCase.Value),
                    (ExpressionSyntax)_generator.ThrowExpression(_generator.ObjectCreationExpression(_exception)));
                arm = Leading(arm, newCase.Group, ref group, previous);
                if (endsWithoutComma && i == cases.Length - 1)
                {
                    items.Add(arm.WithTrailingTrivia(TrailingComment(newCase.Comment)));
                }
                else
                {
                    previous = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(TrailingComment(newCase.Comment));
                    items.Add(arm);
                    items.Add(previous.WithAdditionalAnnotations(Formatter.Annotation));
                }
            }

            for (int i = insertAt; i < arms.Count; i++)
            {
                items.Add(arms[i]);
                if (i < arms.SeparatorCount)
                {
                    items.Add(arms.GetSeparator(i));
                }
            }

            return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items));
        }

        /// <summary>
        /// The new case, to be formatted, with the category comment on a line of its own when a group
        /// starts, and a line break first when it follows a token that does not end its line
        /// (<c>{ x => 1,</c>). After a line that ends with a comment, the category comment starts after
        /// a blank line: the formatter aligns a comment on the very next line with the one before it.
        /// </summary>
        private T Leading<T>(T node, string? group, ref string? previousGroup, SyntaxToken previous)
            where T : SyntaxNode
        {
            var leading = new List<SyntaxTrivia>();
            bool endsLine = previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
            if (previous.RawKind != 0 && !endsLine)
            {
                leading.Add(_endOfLine);
            }

            if (group is not null && group != previousGroup)
            {
                if (endsLine && previous.TrailingTrivia.Any(SyntaxKind.SingleLineCommentTrivia))
                {
                    leading.Add(_endOfLine);
                }

                leading.Add(SyntaxFactory.Comment("// " + group));
                leading.Add(_endOfLine);
            }

            previousGroup = group;
            return (leading.Count == 0 ? node : node.WithLeadingTrivia(leading)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        private SyntaxTriviaList TrailingComment(string comment)
            => SyntaxFactory.TriviaList(SyntaxFactory.Space, SyntaxFactory.Comment("// " + comment), _endOfLine);

        /// <summary>The switch's own line end (or its document's), so that the new lines end like the others.</summary>
        private static SyntaxTrivia EndOfLineOf(SyntaxNode @switch)
        {
            SyntaxNode scope = @switch.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? @switch : @switch.SyntaxTree.GetRoot();
            SyntaxTrivia endOfLine = scope.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.RawKind == 0 ? SyntaxFactory.ElasticCarriageReturnLineFeed : SyntaxFactory.EndOfLine(endOfLine.ToString());
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using HangupGen.Analyzers;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Switches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0003: adds a case (statement) or arm (expression) for every missing member, before the
    /// default, grouped by category under a comment line. Each new case carries a one-line comment
    /// with the cause's documented next steps and throws <c>NotImplementedException</c> until it is
    /// written: the switch then handles every member by name, and the exception says which one is
    /// still to do. Indentation and line endings are taken from the switch being fixed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingHangupCasesFix))]
    [Shared]
    public sealed class AddMissingHangupCasesFix : CodeFixProvider
    {
        /// <summary>One equivalence key for every HG0003 fix, so Fix All applies them together.</summary>
        public const string EquivalenceKey = DiagnosticIds.NonExhaustiveHangupSwitch + ".AddMissingCases";

        private const string NextStepsLabel = "Next steps:";

        private static readonly SyntaxAnnotation s_firstAdded = new SyntaxAnnotation();
        private static readonly SyntaxAnnotation s_lastAdded = new SyntaxAnnotation();
        private const string DefaultIndentUnit = "    ";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonExhaustiveHangupSwitch);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || !Request.TryRead(diagnostic, root, out Request request))
                {
                    continue;
                }

                string noun = request.Subject switch
                {
                    HangupSwitchSubject.Category => request.Missing.Length == 1 ? "category" : "categories",
                    HangupSwitchSubject.Code => request.Missing.Length == 1 ? "code" : "codes",
                    _ => request.Missing.Length == 1 ? "cause" : "causes",
                };
                string title = request.Missing.Length == 1
                    ? "Add a case for the missing " + noun + " " + request.Missing[0]
                    : "Add cases for the " + request.Missing.Length.ToString(CultureInfo.InvariantCulture) + " missing " + noun;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => AddCasesAsync(context.Document, request, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> AddCasesAsync(Document document, Request request, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || HangupSyntax.Table(document, model) is not HangupTable table)
            {
                return document;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var layout = new Layout(text, request.Switch, IndentUnit(document, request.Switch.SyntaxTree));
            TypeSyntax exception = ExceptionType(document, model.Compilation);
            List<NewCase> cases = NewCases(request, table, model, cancellationToken);
            if (cases.Count == 0)
            {
                return document;
            }

            SyntaxNode fixedSwitch = request.Switch switch
            {
                SwitchStatementSyntax statement => AddSections(statement, request.DefaultIndex, cases, exception, layout),
                SwitchExpressionSyntax expression => AddArms(expression, request.DefaultIndex, cases, exception, layout),
                _ => request.Switch,
            };
            return document.WithSyntaxRoot(root.ReplaceNode(request.Switch, fixedSwitch));
        }

        /// <summary>The cases to add, in table order, each with its group (category) and comment.</summary>
        private static List<NewCase> NewCases(Request request, HangupTable table, SemanticModel model, CancellationToken cancellationToken)
        {
            var missing = new HashSet<string>(request.Missing, StringComparer.Ordinal);
            var cases = new List<NewCase>();
            if (request.Subject == HangupSwitchSubject.Category)
            {
                foreach (HangupCategoryInfo category in table.Categories.Where(c => missing.Contains(c.Identifier)))
                {
                    string members = string.Join(", ", category.Members.Select(m => m.Identifier));
                    string comment = category.Members.Count == 0
                        ? "Codes " + category.RangeText
                        : "Codes " + category.RangeText + ": " + members;
                    cases.Add(new NewCase(HangupSyntax.Member(table.CategoryType!, category.Identifier), null, comment));
                }

                return cases;
            }

            ITypeSymbol? integral = null;
            long min = long.MinValue;
            long max = long.MaxValue;
            if (request.Subject == HangupSwitchSubject.Code)
            {
                ExpressionSyntax governing = request.Switch is SwitchStatementSyntax statement
                    ? statement.Expression
                    : ((SwitchExpressionSyntax)request.Switch).GoverningExpression;
                integral = Integers.WithoutNullable(model.GetTypeInfo(governing, cancellationToken).Type);
                if (!Integers.TryGetRange(integral, out min, out max))
                {
                    return cases;
                }
            }

            foreach (HangupCauseInfo cause in table.Causes.Where(c => missing.Contains(c.Identifier)))
            {
                // A case the switched type cannot hold (3010 in a switch over a byte) would not compile.
                if (cause.Code < min || cause.Code > max)
                {
                    continue;
                }

                ExpressionSyntax member = HangupSyntax.Member(table.CauseType, cause.Identifier);
                ExpressionSyntax value = integral is null ? member : HangupSyntax.Cast(integral, member);
                string? group = cause.Category is null ? null : cause.Category.Identifier + " (" + cause.Category.RangeText + ")";
                cases.Add(new NewCase(value, group, CauseComment(cause, cancellationToken)));
            }

            return cases;
        }

        /// <summary>"Next steps: …" from the member's XML documentation, or its documented name when there is none.</summary>
        private static string CauseComment(HangupCauseInfo cause, CancellationToken cancellationToken)
        {
            string? nextSteps = NextSteps(cause.Field.GetDocumentationCommentXml(cancellationToken: cancellationToken));
            return nextSteps is null ? cause.Name ?? cause.Identifier : NextStepsLabel + " " + nextSteps;
        }

        /// <summary>The text of the <c>&lt;para&gt;&lt;b&gt;Next steps:&lt;/b&gt; …&lt;/para&gt;</c> of a documentation comment, on one line.</summary>
        private static string? NextSteps(string? documentation)
        {
            if (string.IsNullOrWhiteSpace(documentation))
            {
                return null;
            }

            XElement element;
            try
            {
                element = XElement.Parse(documentation);
            }
            catch (XmlException)
            {
                return null;
            }

            foreach (XElement para in element.Descendants("para"))
            {
                if (para.FirstNode is XElement { Name.LocalName: "b" } bold && bold.Value.Trim() == NextStepsLabel)
                {
                    string steps = string.Concat(bold.NodesAfterSelf().Select(n => n is XElement e ? e.Value : (n as XText)?.Value));
                    string line = string.Join(" ", steps.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    return line.Length == 0 ? null : line;
                }
            }

            return null;
        }

        private static SwitchStatementSyntax AddSections(SwitchStatementSyntax statement, int defaultIndex, List<NewCase> cases, TypeSyntax exception, Layout layout)
        {
            SyntaxList<SwitchSectionSyntax> sections = statement.Sections;

            // A default section in the middle stays where it is; new sections go after the last case,
            // where no case after them can be subsumed by them.
            int insertAt = defaultIndex >= 0 && defaultIndex == sections.Count - 1 ? defaultIndex : sections.Count;
            string labelIndent = layout.ItemIndent(sections.Select(s => s.GetFirstToken()));
            string bodyIndent = layout.BodyIndent(sections.SelectMany(s => s.Statements).Select(s => s.GetFirstToken()), labelIndent);

            var added = new List<SwitchSectionSyntax>();
            string? group = null;
            foreach (NewCase newCase in cases)
            {
                SyntaxTriviaList leading = layout.Leading(labelIndent, newCase.Group != group ? newCase.Group : null);
                group = newCase.Group;
                SwitchLabelSyntax label = SyntaxFactory.CaseSwitchLabel(
                    SyntaxFactory.Token(leading, SyntaxKind.CaseKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                    newCase.Value,
                    SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.ColonToken, layout.TrailingComment(newCase.Comment)));
                StatementSyntax body = SyntaxFactory.ThrowStatement(
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(bodyIndent)), SyntaxKind.ThrowKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                    NewException(exception),
                    SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.SemicolonToken, SyntaxFactory.TriviaList(layout.EndOfLine)));
                added.Add(SyntaxFactory.SwitchSection(SyntaxFactory.SingletonList(label), SyntaxFactory.SingletonList(body)));
            }

            added[0] = added[0].WithAdditionalAnnotations(s_firstAdded);
            added[added.Count - 1] = added[added.Count - 1].WithAdditionalAnnotations(s_lastAdded);
            string nextIndent = insertAt < sections.Count ? labelIndent : layout.BraceIndent;
            return layout.Reflow(statement.WithSections(sections.InsertRange(insertAt, added)), nextIndent);
        }

        private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, int defaultIndex, List<NewCase> cases, TypeSyntax exception, Layout layout)
        {
            SeparatedSyntaxList<SwitchExpressionArmSyntax> arms = expression.Arms;

            // A catch-all arm must stay last: the new arms go before it.
            int insertAt = defaultIndex >= 0 && defaultIndex < arms.Count ? defaultIndex : arms.Count;
            string indent = layout.ItemIndent(arms.Select(a => a.GetFirstToken()));
            bool trailingComma = arms.SeparatorCount == arms.Count;

            var added = new List<SyntaxNodeOrToken>();
            string? group = null;
            for (int i = 0; i < cases.Count; i++)
            {
                NewCase newCase = cases[i];
                SyntaxTriviaList leading = layout.Leading(indent, newCase.Group != group ? newCase.Group : null);
                group = newCase.Group;
                SwitchExpressionArmSyntax arm = SyntaxFactory.SwitchExpressionArm(
                        SyntaxFactory.ConstantPattern(newCase.Value),
                        null,
                        SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsGreaterThanToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                        SyntaxFactory.ThrowExpression(SyntaxFactory.Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(SyntaxFactory.Space), NewException(exception)))
                    .WithLeadingTrivia(leading);
                if (i == 0)
                {
                    arm = arm.WithAdditionalAnnotations(s_firstAdded);
                }

                bool last = i == cases.Count - 1;
                if (last && insertAt == arms.Count && !trailingComma)
                {
                    added.Add(arm.WithTrailingTrivia(layout.TrailingComment(newCase.Comment)).WithAdditionalAnnotations(s_lastAdded));
                }
                else
                {
                    added.Add(arm);
                    SyntaxToken comma = SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CommaToken, layout.TrailingComment(newCase.Comment));
                    added.Add(last ? comma.WithAdditionalAnnotations(s_lastAdded) : comma);
                }
            }

            var items = new List<SyntaxNodeOrToken>();
            for (int i = 0; i < arms.Count; i++)
            {
                if (i == insertAt)
                {
                    items.AddRange(added);
                }

                SwitchExpressionArmSyntax arm = arms[i];
                bool hasSeparator = i < arms.SeparatorCount;
                if (!hasSeparator && insertAt == arms.Count)
                {
                    // The last arm had no comma: it gets one, and its line break moves after it.
                    items.Add(arm.WithoutTrailingTrivia());
                    items.Add(SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CommaToken, arm.GetTrailingTrivia()));
                    continue;
                }

                items.Add(arm);
                if (hasSeparator)
                {
                    items.Add(arms.GetSeparator(i));
                }
            }

            if (insertAt == arms.Count)
            {
                items.AddRange(added);
            }

            string nextIndent = insertAt < arms.Count ? indent : layout.BraceIndent;
            return layout.Reflow(expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items)), nextIndent);
        }

        private static ObjectCreationExpressionSyntax NewException(TypeSyntax exception)
            => SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                exception,
                SyntaxFactory.ArgumentList(),
                null);

        /// <summary>
        /// <c>System.NotImplementedException</c>, annotated with its symbol so that the clean-up adds
        /// <c>using System;</c> when the file lacks it and simplifies the name to <c>NotImplementedException</c>.
        /// </summary>
        private static TypeSyntax ExceptionType(Document document, Compilation compilation)
            => compilation.GetTypeByMetadataName("System.NotImplementedException") is INamedTypeSymbol type
                && SyntaxGenerator.GetGenerator(document).TypeExpression(type, addImport: true) is TypeSyntax typeSyntax
                ? typeSyntax
                : QualifiedExceptionType();

        private static TypeSyntax QualifiedExceptionType()
            => SyntaxFactory.ParseTypeName("global::System.NotImplementedException").WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>One indentation level: <c>indent_style</c>/<c>indent_size</c> from <c>.editorconfig</c>, else four spaces.</summary>
        private static string IndentUnit(Document document, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            if (options.TryGetValue("indent_style", out string? style) && string.Equals(style.Trim(), "tab", StringComparison.OrdinalIgnoreCase))
            {
                return "\t";
            }

            return options.TryGetValue("indent_size", out string? size)
                && int.TryParse(size.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                && count > 0 && count <= 16
                ? new string(' ', count)
                : DefaultIndentUnit;
        }

        /// <summary>What a diagnostic asks for, read and checked before anything is registered.</summary>
        private readonly struct Request
        {
            private Request(SyntaxNode @switch, HangupSwitchSubject subject, string[] missing, int defaultIndex)
            {
                Switch = @switch;
                Subject = subject;
                Missing = missing;
                DefaultIndex = defaultIndex;
            }

            /// <summary>The <see cref="SwitchStatementSyntax"/> or <see cref="SwitchExpressionSyntax"/>.</summary>
            public SyntaxNode Switch { get; }

            public HangupSwitchSubject Subject { get; }

            public string[] Missing { get; }

            public int DefaultIndex { get; }

            public static bool TryRead(Diagnostic diagnostic, SyntaxNode root, out Request request)
            {
                request = default;
                ImmutableDictionary<string, string?> properties = diagnostic.Properties;
                if (!properties.TryGetValue(NonExhaustiveHangupSwitchAnalyzer.SubjectProperty, out string? subjectText)
                    || !Enum.TryParse(subjectText, out HangupSwitchSubject subject)
                    || !properties.TryGetValue(NonExhaustiveHangupSwitchAnalyzer.MissingProperty, out string? missingText)
                    || string.IsNullOrEmpty(missingText)
                    || !properties.TryGetValue(NonExhaustiveHangupSwitchAnalyzer.DefaultIndexProperty, out string? indexText)
                    || !int.TryParse(indexText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int defaultIndex)
                    || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    return false;
                }

                SyntaxNode? node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
                if (node is not (SwitchStatementSyntax or SwitchExpressionSyntax) || node.ContainsDiagnostics && HasMissingBraces(node))
                {
                    return false;
                }

                request = new Request(node, subject, missingText!.Split(','), defaultIndex);
                return true;
            }

            /// <summary>An unterminated switch (no closing brace) has nowhere to put the new cases.</summary>
            private static bool HasMissingBraces(SyntaxNode node)
                => node switch
                {
                    SwitchStatementSyntax statement => statement.OpenBraceToken.IsMissing || statement.CloseBraceToken.IsMissing,
                    SwitchExpressionSyntax expression => expression.OpenBraceToken.IsMissing || expression.CloseBraceToken.IsMissing,
                    _ => true,
                };
        }

        /// <summary>A case to add: the value it names, its category group (null for none) and its comment.</summary>
        private sealed class NewCase
        {
            public NewCase(ExpressionSyntax value, string? group, string comment)
            {
                Value = value;
                Group = group;
                Comment = comment;
            }

            public ExpressionSyntax Value { get; }

            public string? Group { get; }

            public string Comment { get; }
        }

        /// <summary>The indentation and line breaks of the switch being fixed, so the new cases look like the old ones.</summary>
        private sealed class Layout
        {
            private readonly SourceText _text;
            private readonly SyntaxNode _switch;
            private readonly string _unit;

            public Layout(SourceText text, SyntaxNode @switch, string unit)
            {
                _text = text;
                _switch = @switch;
                _unit = unit;
                EndOfLine = SyntaxFactory.EndOfLine(FindEndOfLine(@switch));
            }

            public SyntaxTrivia EndOfLine { get; }

            /// <summary>The indentation of the line holding the switch's open brace (where its closing brace goes).</summary>
            public string BraceIndent => IndentOf(_switch is SwitchStatementSyntax statement
                ? statement.OpenBraceToken
                : ((SwitchExpressionSyntax)_switch).OpenBraceToken);

            /// <summary>
            /// In a switch written on one line, the new cases still start lines of their own: a line
            /// break goes before them, and what followed them on that line moves to a new line, indented.
            /// </summary>
            public T Reflow<T>(T node, string nextIndent)
                where T : SyntaxNode
            {
                SyntaxToken first = node.GetAnnotatedNodesAndTokens(s_firstAdded).Single().AsNode()!.GetFirstToken();
                SyntaxToken previous = first.GetPreviousToken();
                if (previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
                {
                    return node;
                }

                SyntaxTriviaList trailing = previous.TrailingTrivia;
                while (trailing.Count > 0 && trailing[trailing.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    trailing = trailing.RemoveAt(trailing.Count - 1);
                }

                node = node.ReplaceToken(previous, previous.WithTrailingTrivia(trailing.Add(EndOfLine)));
                SyntaxNodeOrToken lastAdded = node.GetAnnotatedNodesAndTokens(s_lastAdded).Single();
                SyntaxToken next = (lastAdded.IsToken ? lastAdded.AsToken() : lastAdded.AsNode()!.GetLastToken()).GetNextToken();
                return next.RawKind == 0 || next.LeadingTrivia.Any(SyntaxKind.WhitespaceTrivia)
                    ? node
                    : node.ReplaceToken(next, next.WithLeadingTrivia(next.LeadingTrivia.Insert(0, SyntaxFactory.Whitespace(nextIndent))));
            }

            /// <summary>The indentation of the first existing item that starts a line, or one level inside the braces.</summary>
            public string ItemIndent(IEnumerable<SyntaxToken> firstTokens)
            {
                foreach (SyntaxToken token in firstTokens)
                {
                    if (StartsLine(token))
                    {
                        return IndentOf(token);
                    }
                }

                return BraceIndent + _unit;
            }

            /// <summary>The indentation of the first existing statement that starts a line, or one level inside the label.</summary>
            public string BodyIndent(IEnumerable<SyntaxToken> firstTokens, string labelIndent)
            {
                foreach (SyntaxToken token in firstTokens)
                {
                    if (StartsLine(token))
                    {
                        return IndentOf(token);
                    }
                }

                return labelIndent + _unit;
            }

            /// <summary>The indentation, preceded by a category comment line when a new group starts.</summary>
            public SyntaxTriviaList Leading(string indent, string? groupComment)
                => groupComment is null
                    ? SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(indent))
                    : SyntaxFactory.TriviaList(
                        SyntaxFactory.Whitespace(indent),
                        SyntaxFactory.Comment("// " + groupComment),
                        EndOfLine,
                        SyntaxFactory.Whitespace(indent));

            public SyntaxTriviaList TrailingComment(string comment)
                => SyntaxFactory.TriviaList(SyntaxFactory.Space, SyntaxFactory.Comment("// " + comment), EndOfLine);

            private bool StartsLine(SyntaxToken token)
            {
                TextLine line = _text.Lines.GetLineFromPosition(token.SpanStart);
                for (int i = line.Start; i < token.SpanStart; i++)
                {
                    if (!char.IsWhiteSpace(_text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            private string IndentOf(SyntaxToken token)
            {
                TextLine line = _text.Lines.GetLineFromPosition(token.SpanStart);
                int end = line.Start;
                while (end < line.End && (_text[end] == ' ' || _text[end] == '\t'))
                {
                    end++;
                }

                return _text.ToString(TextSpan.FromBounds(line.Start, end));
            }

            private static string FindEndOfLine(SyntaxNode node)
            {
                foreach (SyntaxTrivia trivia in node.DescendantTrivia())
                {
                    if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                    {
                        return trivia.ToString();
                    }
                }

                return "\n";
            }
        }
    }
}

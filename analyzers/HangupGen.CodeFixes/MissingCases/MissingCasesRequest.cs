using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HangupGen.Analyzers;
using HangupGen.Analyzers.Switches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes.MissingCases
{
    /// <summary>
    /// What an HG0003 diagnostic asks for, decoded from its properties and checked before a fix is
    /// registered: the fixer does not analyze the switch again.
    /// </summary>
    /// <param name="Switch">The <see cref="SwitchStatementSyntax"/> or <see cref="SwitchExpressionSyntax"/>.</param>
    /// <param name="Subject">What the switch is over.</param>
    /// <param name="Missing">The identifiers of the missing causes or categories.</param>
    /// <param name="DefaultIndex">The index of the default section or catch-all arm, or -1.</param>
    internal sealed record MissingCasesRequest(SyntaxNode Switch, HangupSwitchSubject Subject, ImmutableArray<string> Missing, int DefaultIndex)
    {
        /// <summary>The value switched on.</summary>
        public ExpressionSyntax Governing => Switch is SwitchStatementSyntax statement
            ? statement.Expression
            : ((SwitchExpressionSyntax)Switch).GoverningExpression;

        public static bool TryRead(Diagnostic diagnostic, SyntaxNode root, [NotNullWhen(true)] out MissingCasesRequest? request)
        {
            request = null;
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

            request = new MissingCasesRequest(node, subject, missingText!.Split(',').ToImmutableArray(), defaultIndex);
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
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HangupGen.Analyzers.Context;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Analyzers.Switches;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes.MissingCases
{
    /// <summary>The cases a request asks for, in table order, each with its group (category) and comment.</summary>
    internal static class NewCases
    {
        public static ImmutableArray<NewCase> For(MissingCasesRequest request, HangupTable table, SemanticModel model, CancellationToken cancellationToken)
        {
            var missing = new HashSet<string>(request.Missing, StringComparer.Ordinal);
            if (request.Subject == HangupSwitchSubject.Category)
            {
                return table.Categories
                    .Where(c => missing.Contains(c.Identifier))
                    .Select(c => new NewCase(HangupSyntax.Member(table.CategoryType!, c.Identifier), null, CategoryComment(c)))
                    .ToImmutableArray();
            }

            if (request.Subject == HangupSwitchSubject.Vocabulary)
            {
                // A vocabulary's cases carry the spelling that travels on the wire.
                StatusVocabulary? vocabulary = table.VocabularyOf(model.GetTypeInfo(request.Governing, cancellationToken).Type);
                return vocabulary is null
                    ? ImmutableArray<NewCase>.Empty
                    : vocabulary.Members
                        .Where(m => missing.Contains(m.Name))
                        .Select(m => new NewCase(HangupSyntax.Member(vocabulary.EnumType, m.Name), null, vocabulary.TryGetWireName(m.Name, out string wire) ? wire : m.Name))
                        .ToImmutableArray();
            }

            ITypeSymbol? integral = null;
            long min = long.MinValue;
            long max = long.MaxValue;
            if (request.Subject == HangupSwitchSubject.Code)
            {
                integral = Integers.WithoutNullable(model.GetTypeInfo(request.Governing, cancellationToken).Type);
                if (!Integers.TryGetRange(integral, out min, out max))
                {
                    return ImmutableArray<NewCase>.Empty;
                }
            }

            var cases = ImmutableArray.CreateBuilder<NewCase>();
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
                cases.Add(new NewCase(value, group, CauseComment(cause)));
            }

            return cases.ToImmutable();
        }

        private static string CategoryComment(HangupCategoryInfo category)
            => category.Members.Count == 0
                ? "Codes " + category.RangeText
                : "Codes " + category.RangeText + ": " + string.Join(", ", category.Members.Select(m => m.Identifier));

        /// <summary>"Next steps: …" on one line, or the documented name when the table gives no next steps.</summary>
        private static string CauseComment(HangupCauseInfo cause)
        {
            string[] words = (cause.NextSteps ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? cause.Name ?? cause.Identifier : DocumentationLabels.NextSteps + ": " + string.Join(" ", words);
        }
    }
}

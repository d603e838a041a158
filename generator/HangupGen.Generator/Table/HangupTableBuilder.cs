using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>Validates rows one by one against what the earlier rows defined.</summary>
    internal sealed class HangupTableBuilder
    {
        private readonly ProblemCollector _problems;
        private readonly MemberIdentityRules _identity;
        private readonly Dictionary<string, CategoryDraft> _categoriesByName = new Dictionary<string, CategoryDraft>(StringComparer.OrdinalIgnoreCase);
        private readonly List<CauseDraft> _causes = new List<CauseDraft>();
        private readonly IReadOnlyList<VocabularyMemberSpec> _sources;
        private readonly string _sourceNames;

        /// <param name="problems">Where problems are reported.</param>
        /// <param name="sources">The hangup sources the <c>sources</c> column may name (the hangup source table's rows).</param>
        public HangupTableBuilder(ProblemCollector problems, IReadOnlyList<VocabularyMemberSpec> sources)
        {
            _problems = problems;
            _sources = sources;
            _sourceNames = string.Join(", ", sources.Select(s => s.Name));
            _identity = new MemberIdentityRules(problems, ReservedIdentifiers.Causes);
        }

        public void AddRow(TableRow row)
        {
            int line = _problems.DisplayLine(row.Record.Start);
            if (!_identity.TryReadCode(row, out int code)
                || !TryResolveCategory(row, line, out CategoryDraft? category)
                || !IsInCategoryRange(row, code, category!)
                || !_identity.IsNewCode(row, code)
                || !_identity.TryReadIdentifier(row, out string identifier)
                || !_identity.TryReadParseKeys(row, identifier, out List<string> aliases)
                || !TryReadSources(row, out List<string> sources))
            {
                return;
            }

            string name = row.Value(TableColumn.Name);
            if (category!.Line == line)
            {
                _categoriesByName.Add(category.Name, category);
            }

            _identity.Take(code, name, identifier, aliases, line);
            _causes.Add(new CauseDraft(code, name, identifier, aliases, category, sources)
            {
                Description = row.Value(TableColumn.Description),
                NextSteps = row.Value(TableColumn.NextSteps),
                Details = row.Value(TableColumn.Details),
                SourcesText = row.Value(TableColumn.Sources),
                CallTypes = row.Value(TableColumn.CallTypes),
                CallStates = row.Value(TableColumn.CallStates),
            });
        }

        public HangupTableSpec? Build()
        {
            if (_causes.Count == 0)
            {
                return null;
            }

            List<CategoryDraft> categories = _causes.Select(c => c.Category).Distinct().OrderBy(c => c.FirstCode).ToList();
            var categorySpecs = categories
                .Select((c, index) => new HangupCategorySpec(index, c.Name, c.Identifier, c.FirstCode, c.LastCode))
                .ToEquatableArray();
            var causeSpecs = _causes
                .OrderBy(c => c.Code)
                .Select(c => new HangupCauseSpec(
                    c.Code,
                    c.Name,
                    c.Identifier,
                    c.Aliases.ToEquatableArray(),
                    c.Category.Identifier,
                    c.Description,
                    c.NextSteps,
                    c.Details,
                    c.Sources.ToEquatableArray(),
                    c.SourcesText,
                    c.CallTypes,
                    c.CallStates))
                .ToEquatableArray();
            return new HangupTableSpec(categorySpecs, causeSpecs);
        }

        /// <summary>Finds the row's category, or drafts a new one; a new one is kept only if the row is valid.</summary>
        private bool TryResolveCategory(TableRow row, int line, out CategoryDraft? category)
        {
            category = null;
            string name = row.Value(TableColumn.Category);
            string rangeText = row.Value(TableColumn.Range);
            CsvField rangeField = row.Field(TableColumn.Range)!;
            if (!CodeRange.TryParseRange(rangeText, out int first, out int last))
            {
                _problems.Add(DiagnosticIds.InvalidRange, rangeField, rangeText);
                return false;
            }

            if (_categoriesByName.TryGetValue(name, out CategoryDraft? existing))
            {
                if (existing.FirstCode != first || existing.LastCode != last)
                {
                    _problems.Add(DiagnosticIds.ConflictingCategoryRange, rangeField, name, Num(existing.Line),
                        "its range there is " + CodeRangeText.Format(existing.FirstCode, existing.LastCode));
                    return false;
                }

                category = existing;
                return true;
            }

            CsvField categoryField = row.Field(TableColumn.Category)!;
            string? identifier = IdentifierRules.Derive(name);
            if (identifier is null || ReservedIdentifiers.Categories.Contains(identifier))
            {
                _problems.Add(DiagnosticIds.InvalidIdentifier, categoryField, identifier ?? name,
                    identifier is null
                        ? "no C# identifier can be derived from this category name; start it with a letter"
                        : "it is the name of a generated member; rename the category");
                return false;
            }

            foreach (CategoryDraft other in _categoriesByName.Values)
            {
                if (string.Equals(other.Identifier, identifier, StringComparison.OrdinalIgnoreCase))
                {
                    _problems.Add(DiagnosticIds.DuplicateIdentifier, categoryField, identifier, Num(other.Line));
                    return false;
                }

                if (first <= other.LastCode && other.FirstCode <= last)
                {
                    _problems.Add(DiagnosticIds.ConflictingCategoryRange, rangeField, name, Num(other.Line),
                        "it overlaps category '" + other.Name + "' (" + CodeRangeText.Format(other.FirstCode, other.LastCode) + ")");
                    return false;
                }
            }

            category = new CategoryDraft(name, identifier, first, last, line);
            return true;
        }

        private bool IsInCategoryRange(TableRow row, int code, CategoryDraft category)
        {
            if (code >= category.FirstCode && code <= category.LastCode)
            {
                return true;
            }

            _problems.Add(DiagnosticIds.CodeOutsideCategoryRange, row.Field(TableColumn.Code)!, Num(code),
                CodeRangeText.Format(category.FirstCode, category.LastCode), category.Name);
            return false;
        }

        private bool TryReadSources(TableRow row, out List<string> sources)
        {
            sources = new List<string>();
            foreach (string item in row.List(TableColumn.Sources))
            {
                // An item is a documented source name, optionally followed by ", <condition>".
                int comma = item.IndexOf(',');
                string sourceName = (comma < 0 ? item : item.Substring(0, comma)).Trim();
                VocabularyMemberSpec? source = VocabularyMembers.Find(_sources, sourceName);
                if (source is null)
                {
                    _problems.Add(DiagnosticIds.UnknownHangupSource, row.Field(TableColumn.Sources)!, sourceName, _sourceNames);
                    return false;
                }

                if (!sources.Contains(source.Identifier))
                {
                    sources.Add(source.Identifier);
                }
            }

            return true;
        }

        private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

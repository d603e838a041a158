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
        private readonly Dictionary<TableColumn, int> _columns;
        private readonly int _fieldCount;
        private readonly Dictionary<string, CategoryDraft> _categoriesByName = new Dictionary<string, CategoryDraft>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<int, int> _codeLines = new Dictionary<int, int>();
        private readonly Dictionary<string, int> _identifierLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _parseKeyLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly List<CauseDraft> _causes = new List<CauseDraft>();

        public HangupTableBuilder(ProblemCollector problems, Dictionary<TableColumn, int> columns, int fieldCount)
        {
            _problems = problems;
            _columns = columns;
            _fieldCount = fieldCount;
        }

        public void AddRow(CsvRecord row)
        {
            if (row.Fields.Count != _fieldCount)
            {
                _problems.Add(DiagnosticIds.FieldCountMismatch, row.Start, row.Length,
                    row.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _fieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            int line = _problems.DisplayLine(row.Start);
            if (!HasRequiredValues(row)
                || !TryReadCode(row, out int code)
                || !TryResolveCategory(row, line, out CategoryDraft? category)
                || !IsInCategoryRange(row, code, category!)
                || !IsNewCode(row, code)
                || !TryReadIdentifier(row, out string identifier)
                || !TryReadParseKeys(row, identifier, out List<string> aliases)
                || !TryReadSources(row, out List<string> sources))
            {
                return;
            }

            string name = Value(row, TableColumn.Name);
            if (category!.Line == line)
            {
                _categoriesByName.Add(category.Name, category);
            }

            _codeLines.Add(code, line);
            _identifierLines.Add(identifier, line);
            foreach (string key in ParseKeys(name, identifier, aliases))
            {
                _parseKeyLines[key] = line;
            }

            _causes.Add(new CauseDraft(code, name, identifier, aliases, category, row, sources));
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
                    Value(c.Row, TableColumn.Description),
                    Value(c.Row, TableColumn.NextSteps),
                    Value(c.Row, TableColumn.Details),
                    c.Sources.ToEquatableArray(),
                    Value(c.Row, TableColumn.Sources),
                    Value(c.Row, TableColumn.CallTypes),
                    Value(c.Row, TableColumn.CallStates)))
                .ToEquatableArray();
            return new HangupTableSpec(categorySpecs, causeSpecs);
        }

        private bool HasRequiredValues(CsvRecord row)
        {
            bool complete = true;
            foreach (TableColumn column in TableColumns.Required)
            {
                if (Value(row, column).Length == 0)
                {
                    _problems.Add(DiagnosticIds.EmptyRequiredField, Field(row, column)!, TableColumns.DisplayName(column));
                    complete = false;
                }
            }

            return complete;
        }

        private bool TryReadCode(CsvRecord row, out int code)
        {
            string text = Value(row, TableColumn.Code);
            if (CodeRange.TryParseCode(text, out code))
            {
                return true;
            }

            _problems.Add(DiagnosticIds.InvalidCode, Field(row, TableColumn.Code)!, text);
            return false;
        }

        /// <summary>Finds the row's category, or drafts a new one; a new one is kept only if the row is valid.</summary>
        private bool TryResolveCategory(CsvRecord row, int line, out CategoryDraft? category)
        {
            category = null;
            string name = Value(row, TableColumn.Category);
            string rangeText = Value(row, TableColumn.Range);
            CsvField rangeField = Field(row, TableColumn.Range)!;
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

            CsvField categoryField = Field(row, TableColumn.Category)!;
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

        private bool IsInCategoryRange(CsvRecord row, int code, CategoryDraft category)
        {
            if (code >= category.FirstCode && code <= category.LastCode)
            {
                return true;
            }

            _problems.Add(DiagnosticIds.CodeOutsideCategoryRange, Field(row, TableColumn.Code)!, Num(code),
                CodeRangeText.Format(category.FirstCode, category.LastCode), category.Name);
            return false;
        }

        private bool IsNewCode(CsvRecord row, int code)
        {
            if (!_codeLines.TryGetValue(code, out int firstLine))
            {
                return true;
            }

            _problems.Add(DiagnosticIds.DuplicateCode, Field(row, TableColumn.Code)!, Num(code), Num(firstLine));
            return false;
        }

        private bool TryReadIdentifier(CsvRecord row, out string identifier)
        {
            string explicitIdentifier = Value(row, TableColumn.Identifier);
            bool isExplicit = explicitIdentifier.Length > 0;
            CsvField field = isExplicit ? Field(row, TableColumn.Identifier)! : Field(row, TableColumn.Name)!;
            string? candidate = isExplicit
                ? (IdentifierRules.IsValid(explicitIdentifier) ? explicitIdentifier : null)
                : IdentifierRules.Derive(Value(row, TableColumn.Name));
            identifier = candidate ?? string.Empty;

            if (candidate is null)
            {
                _problems.Add(DiagnosticIds.InvalidIdentifier, field, isExplicit ? explicitIdentifier : Value(row, TableColumn.Name),
                    isExplicit
                        ? "it is not a valid C# identifier or it is a keyword; use letters, digits and underscores, starting with a letter"
                        : "no C# identifier can be derived from this name; set one in the row's 'identifier' column");
                return false;
            }

            if (ReservedIdentifiers.Causes.Contains(candidate))
            {
                _problems.Add(DiagnosticIds.InvalidIdentifier, field, candidate,
                    "it is the name of a generated type or member; set another one in the row's 'identifier' column");
                return false;
            }

            if (_identifierLines.TryGetValue(candidate, out int otherLine))
            {
                _problems.Add(DiagnosticIds.DuplicateIdentifier, field, candidate, Num(otherLine));
                return false;
            }

            return true;
        }

        /// <summary>Checks that the row's name, identifier and aliases parse to no other row.</summary>
        private bool TryReadParseKeys(CsvRecord row, string identifier, out List<string> aliases)
        {
            aliases = SplitList(Value(row, TableColumn.Aliases)).ToList();
            string name = Value(row, TableColumn.Name);
            foreach (string key in ParseKeys(name, identifier, aliases))
            {
                if (_parseKeyLines.TryGetValue(key, out int otherLine))
                {
                    // A derived identifier is located at the name it is derived from, like HG1010 and HG1011.
                    TableColumn column = string.Equals(key, name, StringComparison.OrdinalIgnoreCase) ? TableColumn.Name
                        : aliases.Contains(key, StringComparer.OrdinalIgnoreCase) ? TableColumn.Aliases
                        : Value(row, TableColumn.Identifier).Length > 0 ? TableColumn.Identifier
                        : TableColumn.Name;
                    _problems.Add(DiagnosticIds.DuplicateName, Field(row, column)!, key, Num(otherLine));
                    return false;
                }
            }

            return true;
        }

        private bool TryReadSources(CsvRecord row, out List<string> sources)
        {
            sources = new List<string>();
            foreach (string item in SplitList(Value(row, TableColumn.Sources)))
            {
                // An item is a documented source name, optionally followed by ", <condition>".
                int comma = item.IndexOf(',');
                string sourceName = (comma < 0 ? item : item.Substring(0, comma)).Trim();
                HangupSourceInfo? source = HangupSourceCatalog.Find(sourceName);
                if (source is null)
                {
                    _problems.Add(DiagnosticIds.UnknownHangupSource, Field(row, TableColumn.Sources)!, sourceName);
                    return false;
                }

                if (!sources.Contains(source.Identifier))
                {
                    sources.Add(source.Identifier);
                }
            }

            return true;
        }

        private static IEnumerable<string> ParseKeys(string name, string identifier, IEnumerable<string> aliases)
            => new[] { name, identifier }.Concat(aliases).Distinct(StringComparer.OrdinalIgnoreCase);

        private static IEnumerable<string> SplitList(string text)
            => text.Split(';').Select(part => part.Trim()).Where(part => part.Length > 0);

        private CsvField? Field(CsvRecord row, TableColumn column)
            => _columns.TryGetValue(column, out int index) ? row.Fields[index] : null;

        private string Value(CsvRecord row, TableColumn column) => Field(row, column)?.Value.Trim() ?? string.Empty;

        private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

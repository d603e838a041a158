using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// What makes a row one member of its table and no other: a well-formed, unused code; a valid,
    /// unused identifier; a name, identifier and aliases that parse to no other row. The same rules
    /// and the same located diagnostics for every table.
    /// </summary>
    internal sealed class MemberIdentityRules
    {
        private readonly ProblemCollector _problems;
        private readonly ISet<string> _reserved;
        private readonly Dictionary<int, int> _codeLines = new Dictionary<int, int>();
        private readonly Dictionary<string, int> _identifierLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _parseKeyLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // The parse keys of the row being read, reused from row to row.
        private readonly List<string> _keys = new List<string>();

        /// <param name="problems">Where problems are reported.</param>
        /// <param name="reserved">Identifiers a generated type or member already has.</param>
        public MemberIdentityRules(ProblemCollector problems, ISet<string> reserved)
        {
            _problems = problems;
            _reserved = reserved;
        }

        /// <summary>Reads the row's code: HG1008 when it is not a non-negative whole number.</summary>
        public bool TryReadCode(TableRow row, out int code)
        {
            string text = row.Value(TableColumn.Code);
            if (CodeRange.TryParseCode(text, out code))
            {
                return true;
            }

            _problems.Add(DiagnosticIds.InvalidCode, row.Field(TableColumn.Code)!, text);
            return false;
        }

        /// <summary>HG1009 when an earlier row has <paramref name="code"/>.</summary>
        public bool IsNewCode(TableRow row, int code)
        {
            if (!_codeLines.TryGetValue(code, out int firstLine))
            {
                return true;
            }

            _problems.Add(DiagnosticIds.DuplicateCode, row.Field(TableColumn.Code)!, Num(code), Num(firstLine));
            return false;
        }

        /// <summary>The row's identifier, explicit or derived from its name: HG1010 when invalid or reserved, HG1011 when taken.</summary>
        public bool TryReadIdentifier(TableRow row, out string identifier)
        {
            string explicitIdentifier = row.Value(TableColumn.Identifier);
            bool isExplicit = explicitIdentifier.Length > 0;
            string name = row.Value(TableColumn.Name);
            CsvField field = row.Field(isExplicit ? TableColumn.Identifier : TableColumn.Name)!;
            string? candidate = isExplicit
                ? (IdentifierRules.IsValid(explicitIdentifier) ? explicitIdentifier : null)
                : IdentifierRules.Derive(name);
            identifier = candidate ?? string.Empty;

            if (candidate is null)
            {
                _problems.Add(DiagnosticIds.InvalidIdentifier, field, isExplicit ? explicitIdentifier : name,
                    isExplicit
                        ? "it is not a valid C# identifier or it is a keyword; use letters, digits and underscores, starting with a letter"
                        : "no C# identifier can be derived from this name; set one in the row's 'identifier' column");
                return false;
            }

            if (_reserved.Contains(candidate))
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

        /// <summary>HG1012 when the row's name, identifier or an alias is already another row's.</summary>
        public bool TryReadParseKeys(TableRow row, string identifier, out List<string> aliases)
        {
            aliases = row.List(TableColumn.Aliases);
            string name = row.Value(TableColumn.Name);
            MemberParseKeys.Fill(_keys, name, identifier, aliases);
            foreach (string key in _keys)
            {
                if (_parseKeyLines.TryGetValue(key, out int otherLine))
                {
                    // A derived identifier is located at the name it is derived from, like HG1010 and HG1011.
                    TableColumn column = string.Equals(key, name, StringComparison.OrdinalIgnoreCase) ? TableColumn.Name
                        : aliases.Contains(key, StringComparer.OrdinalIgnoreCase) ? TableColumn.Aliases
                        : row.Value(TableColumn.Identifier).Length > 0 ? TableColumn.Identifier
                        : TableColumn.Name;
                    _problems.Add(DiagnosticIds.DuplicateName, row.Field(column)!, key, Num(otherLine));
                    return false;
                }
            }

            return true;
        }

        /// <summary>Takes a valid row's code, identifier and parse keys, so later rows cannot reuse them.</summary>
        public void Take(int code, string name, string identifier, List<string> aliases, int line)
        {
            _codeLines[code] = line;
            _identifierLines.Add(identifier, line);
            MemberParseKeys.Fill(_keys, name, identifier, aliases);
            foreach (string key in _keys)
            {
                _parseKeyLines[key] = line;
            }
        }

        private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

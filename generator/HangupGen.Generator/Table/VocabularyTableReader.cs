using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// Turns the text of one vocabulary table (hangup sources, call statuses, Dial statuses, telephony
    /// causes, hangup reasons) into
    /// its valid rows and a list of located problems, by the same rules and with the same
    /// diagnostics as the hangup table: a row with a problem is reported and left out, every other
    /// row is generated.
    /// </summary>
    internal static class VocabularyTableReader
    {
        public static VocabularyParseResult Read(Vocabulary vocabulary, string path, string text, CancellationToken cancellationToken)
        {
            var problems = new ProblemCollector(path, text);
            var identity = new MemberIdentityRules(problems, ReservedIdentifiers.MembersOf(vocabulary));
            var members = new List<VocabularyMemberSpec>();
            bool hasHeader = TableRows.Read(path, text, TableLayout.For(vocabulary), problems, row =>
            {
                // Without codes, members are numbered in row order from the vocabulary's first value
                // (1, so that default(T) is no member, unless the first row is the default).
                int value = members.Count + vocabulary.FirstValue;
                if ((vocabulary.HasCodes && !(identity.TryReadCode(row, out value) && identity.IsNewCode(row, value)))
                    || !identity.TryReadIdentifier(row, out string identifier)
                    || !identity.TryReadParseKeys(row, identifier, out List<string> aliases)
                    || !TryReadSipStatus(row, problems, out int sipStatus)
                    || !TryReadSide(row, problems, out ReportingSide side)
                    || !TryReadCodes(row, TableColumn.BolnaCodes, problems, out List<int> bolnaCodes))
                {
                    return;
                }

                string name = row.Value(TableColumn.Name);
                identity.Take(value, name, identifier, aliases, problems.DisplayLine(row.Record.Start));
                members.Add(new VocabularyMemberSpec(value, name, identifier, aliases.ToEquatableArray(), row.Value(TableColumn.Description), sipStatus)
                {
                    Side = side,
                    BolnaDescription = row.Value(TableColumn.BolnaDescription),
                    BolnaCodes = bolnaCodes.ToEquatableArray(),
                });
            }, cancellationToken);

            VocabularyTableSpec? table = !hasHeader || members.Count == 0 ? null : new VocabularyTableSpec(vocabulary.Key, members.OrderBy(m => m.Value).ToEquatableArray());
            return new VocabularyParseResult(table, problems.Problems.ToEquatableArray());
        }

        /// <summary>A SIP final response status (300 to 699), or nothing: HG1021 otherwise.</summary>
        private static bool TryReadSipStatus(TableRow row, ProblemCollector problems, out int status)
        {
            status = 0;
            string text = row.Value(TableColumn.SipStatus);
            if (text.Length == 0 || (CodeRange.TryParseCode(text, out status) && status >= 300 && status <= 699))
            {
                return true;
            }

            problems.Add(DiagnosticIds.InvalidSipStatus, row.Field(TableColumn.SipStatus)!, text);
            return false;
        }

        /// <summary>
        /// The side that reports the member, as seed 004 heads its two lists ("Bolna-Side",
        /// "Telephony Provider"): <c>Bolna</c> or <c>Telephony provider</c> in any case (<c>provider</c>
        /// for short); HG1022 otherwise. Nothing where the table has no <c>side</c> column.
        /// </summary>
        private static bool TryReadSide(TableRow row, ProblemCollector problems, out ReportingSide side)
        {
            string text = row.Value(TableColumn.Side);
            side = text.Length == 0 ? ReportingSide.None
                : string.Equals(text, "Bolna", StringComparison.OrdinalIgnoreCase) ? ReportingSide.Bolna
                : string.Equals(text, "Telephony provider", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "provider", StringComparison.OrdinalIgnoreCase) ? ReportingSide.TelephonyProvider
                : ReportingSide.None;
            if (text.Length == 0 || side != ReportingSide.None)
            {
                return true;
            }

            problems.Add(DiagnosticIds.InvalidSide, row.Field(TableColumn.Side)!, text);
            return false;
        }

        /// <summary>A list of hangup codes (<c>4000, 4020</c>; commas or semicolons), each a non-negative whole number: HG1008 otherwise.</summary>
        private static bool TryReadCodes(TableRow row, TableColumn column, ProblemCollector problems, out List<int> codes)
        {
            codes = new List<int>();
            foreach (string item in row.Value(column).Split(',', ';'))
            {
                string text = item.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (!CodeRange.TryParseCode(text, out int code))
                {
                    problems.Add(DiagnosticIds.InvalidCode, row.Field(column)!, text);
                    return false;
                }

                codes.Add(code);
            }

            return true;
        }
    }
}

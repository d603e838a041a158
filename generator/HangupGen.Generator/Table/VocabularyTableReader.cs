using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Table
{
    /// <summary>
    /// Turns the text of one vocabulary table (call statuses, Dial statuses, telephony causes) into
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
                // Without codes, members are numbered from 1 in row order, so default(T) is no member.
                int value = members.Count + 1;
                if ((vocabulary.HasCodes && !(identity.TryReadCode(row, out value) && identity.IsNewCode(row, value)))
                    || !identity.TryReadIdentifier(row, out string identifier)
                    || !identity.TryReadParseKeys(row, identifier, out List<string> aliases)
                    || !TryReadSipStatus(row, problems, out int sipStatus))
                {
                    return;
                }

                string name = row.Value(TableColumn.Name);
                identity.Take(value, name, identifier, aliases, problems.DisplayLine(row.Record.Start));
                members.Add(new VocabularyMemberSpec(value, name, identifier, aliases.ToEquatableArray(), row.Value(TableColumn.Description), sipStatus));
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
    }
}

using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HangupGen.CodeFixes
{
    /// <summary>
    /// HG0006: replaces a magic status value with the generated constant
    /// (<c>CallStatusNames.NoAnswer</c>, <c>DialStatusNames.Failed</c>,
    /// <c>TelephonyCauseNames.NormalClearing</c>), or a Q.850 number with the enum member, converted
    /// to the number's type (<c>(int)TelephonyCause.NormalClearing</c>). The actions and the spelling
    /// rules are <see cref="GeneratedConstantFix"/>'s, as for HG0005.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseStatusValueConstantFix))]
    [Shared]
    public sealed class UseStatusValueConstantFix : GeneratedConstantFix
    {
        /// <summary>The constant replaces a literal that means the same: exact spelling, a comparison that ignores case, or a number.</summary>
        public const string UseConstantKey = "HG0006.UseGeneratedConstant";

        /// <summary>The constant replaces a literal spelled in another case in an ordinal comparison: what matches changes.</summary>
        public const string UseDocumentedSpellingKey = "HG0006.UseDocumentedSpelling";

        /// <summary><c>x == "No-Answer"</c> becomes <c>string.Equals(x, CallStatusNames.NoAnswer, StringComparison.OrdinalIgnoreCase)</c>.</summary>
        public const string CompareIgnoringCaseKey = "HG0006.CompareIgnoringCase";

        /// <summary>Creates the fix.</summary>
        public UseStatusValueConstantFix()
            : base(DiagnosticIds.MagicStatusValue, UseConstantKey, UseDocumentedSpellingKey, CompareIgnoringCaseKey)
        {
        }

        private protected override string? Title(Request request)
        {
            string? type = request.IsNumber ? request.Names : request.Names switch
            {
                GeneratedTypeNames.CallStatus => GeneratedTypeNames.CallStatusNames,
                GeneratedTypeNames.DialStatus => GeneratedTypeNames.DialStatusNames,
                GeneratedTypeNames.TelephonyCause => GeneratedTypeNames.TelephonyCauseNames,
                _ => null,
            };
            return type is null ? null : type + "." + request.Member;
        }

        private protected override ExpressionSyntax? Constant(Request request, HangupTable table, SemanticModel model, CancellationToken cancellationToken)
        {
            StatusVocabulary? vocabulary = table.StatusVocabularies.FirstOrDefault(v => v.EnumType.Name == request.Names);
            if (vocabulary is null)
            {
                return null;
            }

            if (!request.IsNumber)
            {
                return HoldsConstant(vocabulary.NamesType, request) ? HangupSyntax.Member(vocabulary.NamesType, request.Member) : null;
            }

            if (!long.TryParse(request.Text, NumberStyles.None, CultureInfo.InvariantCulture, out long code)
                || !vocabulary.TryGetMember(code, out IFieldSymbol member)
                || member.Name != request.Member)
            {
                return null;
            }

            ExpressionSyntax enumMember = HangupSyntax.Member(vocabulary.EnumType, member.Name);
            TypeInfo type = model.GetTypeInfo(request.Literal, cancellationToken);
            return SymbolEqualityComparer.Default.Equals(type.ConvertedType, vocabulary.EnumType) || type.Type is null
                ? enumMember
                : HangupSyntax.Cast(type.Type, enumMember);
        }
    }
}

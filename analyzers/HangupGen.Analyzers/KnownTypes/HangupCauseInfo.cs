using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>One member of the generated <c>HangupCause</c>, as the analyzers see it.</summary>
    internal sealed class HangupCauseInfo
    {
        private readonly GeneratedField _member;

        public HangupCauseInfo(GeneratedField member, int code, string? name)
        {
            _member = member;
            Code = code;
            Name = name;
        }

        /// <summary>The enum member (its symbol is made on first use).</summary>
        public IFieldSymbol Field => _member.Symbol;

        /// <summary>The member name, e.g. <c>BusyLine</c>.</summary>
        public string Identifier => _member.Name;

        /// <summary>The hangup code, the member's value.</summary>
        public int Code { get; }

        /// <summary>The documented name (from <c>HangupCauseNames</c>), e.g. <c>Busy Line</c>; null when the type is missing.</summary>
        public string? Name { get; }

        /// <summary>The documented next steps (from <c>HangupCauseNextSteps</c>); null when there are none or the type is missing.</summary>
        public string? NextSteps { get; internal set; }

        /// <summary>The category whose range holds the code; null only for a table without categories.</summary>
        public HangupCategoryInfo? Category { get; internal set; }

        public override string ToString() => Identifier + " (" + Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}

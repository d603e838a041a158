using System.Collections.Generic;
using HangupGen.Contract;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>One member of the generated <c>HangupCategory</c> with its documented range.</summary>
    internal sealed class HangupCategoryInfo
    {
        private readonly List<HangupCauseInfo> _members = new List<HangupCauseInfo>();
        private readonly GeneratedField _member;

        public HangupCategoryInfo(GeneratedField member, int firstCode, int lastCode)
        {
            _member = member;
            FirstCode = firstCode;
            LastCode = lastCode;
        }

        /// <summary>The enum member (its symbol is made on first use).</summary>
        public IFieldSymbol Field => _member.Symbol;

        /// <summary>The member name, e.g. <c>CallRejections</c>.</summary>
        public string Identifier => _member.Name;

        /// <summary>The first code of the documented range.</summary>
        public int FirstCode { get; }

        /// <summary>The last code of the documented range (inclusive).</summary>
        public int LastCode { get; }

        /// <summary>The causes of the category, in code order.</summary>
        public IReadOnlyList<HangupCauseInfo> Members => _members;

        /// <summary>"3000-3050", or "0" for a one-code range.</summary>
        public string RangeText => CodeRangeText.Format(FirstCode, LastCode);

        public bool Contains(long code) => code >= FirstCode && code <= LastCode;

        internal void Add(HangupCauseInfo cause) => _members.Add(cause);

        public override string ToString() => Identifier + " (" + RangeText + ")";
    }
}

using System.Collections.Generic;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>What the emitters of one vocabulary share: its definition, its rows and the names of its types.</summary>
    internal sealed class VocabularyEmitContext : FileContext
    {
        public VocabularyEmitContext(VocabularyGenerationSpec spec)
            : this(spec, Vocabulary.Find(spec.Table.Key)!)
        {
        }

        private VocabularyEmitContext(VocabularyGenerationSpec spec, Vocabulary vocabulary)
            : base(spec.Settings, "the " + vocabulary.Description + " table (" + vocabulary.FileName + ")")
        {
            Vocabulary = vocabulary;
            Members = spec.Table.Members;
            Type = Prefix + Vocabulary.TypeName;
            Parser = Prefix + Vocabulary.ParserName;
        }

        public Vocabulary Vocabulary { get; }

        /// <summary>The rows, in value order.</summary>
        public IReadOnlyList<VocabularyMemberSpec> Members { get; }

        /// <summary><c>global::Ns.CallStatus</c>.</summary>
        public string Type { get; }

        /// <summary><c>global::Ns.CallStatuses</c>.</summary>
        public string Parser { get; }

        /// <summary>The vocabulary's own enum has a converter; a side enum (<c>HangupReasonSide</c>) is not wire data and has none.</summary>
        protected override bool HasJsonConverter(string typeName) => typeName == Vocabulary.TypeName;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// A constant of a generated type, known by name when the table is read; its symbol is made the
    /// first time a rule asks for it, which in a document without hangup handling is never
    /// (<see cref="GeneratedConstant.Read"/>).
    /// </summary>
    internal sealed class GeneratedField
    {
        private readonly INamedTypeSymbol _type;
        private IFieldSymbol? _symbol;

        public GeneratedField(INamedTypeSymbol type, string name)
        {
            _type = type;
            Name = name;
        }

        /// <summary>The member name, e.g. <c>BusyLine</c>.</summary>
        public string Name { get; }

        /// <summary>The member's symbol. Threads that ask at once find the same symbol, so the race is harmless.</summary>
        // Never null: the name was read from this type's own constants.
        public IFieldSymbol Symbol => _symbol ??= GeneratedConstant.FieldOf(_type, Name)!;

        /// <summary>The symbol of the field <paramref name="key"/> finds in <paramref name="fields"/>, made only on a hit.</summary>
        public static bool TryFind<TKey>(Dictionary<TKey, GeneratedField> fields, TKey key, out IFieldSymbol symbol)
        {
            if (fields.TryGetValue(key, out GeneratedField? field))
            {
                symbol = field.Symbol;
                return true;
            }

            symbol = null!;
            return false;
        }

        public override string ToString() => _type.Name + "." + Name;
    }
}

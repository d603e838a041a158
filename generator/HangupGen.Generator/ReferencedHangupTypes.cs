using HangupGen.Contract;
using Microsoft.CodeAnalysis;

namespace HangupGen.Generator
{
    /// <summary>
    /// Detects a referenced project or package that already exposes the generated types in the same
    /// namespace, so that the generator does not emit a second, conflicting copy (CS0433/CS0436).
    /// </summary>
    internal static class ReferencedHangupTypes
    {
        /// <summary>
        /// Whether a referenced assembly holds a HangupGen-generated <c>HangupCause</c> in
        /// <paramref name="ns"/> that this compilation can see (public, or internal with
        /// <c>InternalsVisibleTo</c>).
        /// </summary>
        public static bool Exist(Compilation compilation, string ns)
        {
            foreach (INamedTypeSymbol type in MetadataTypeLookup.All(compilation, ns + "." + GeneratedTypeNames.HangupCause))
            {
                if (type.TypeKind == TypeKind.Enum
                    && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)
                    && GeneratedCodeMarker.IsGenerated(type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

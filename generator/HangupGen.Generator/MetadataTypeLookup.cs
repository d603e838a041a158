using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HangupGen.Generator
{
    /// <summary>
    /// Finds every type of a metadata name that a compilation can see, as
    /// <see cref="Compilation.GetTypesByMetadataName"/> does, without its walk of every reference on
    /// the two cases met on almost every edit: no reference declares the type, or one does.
    /// </summary>
    /// <remarks>
    /// The generator asks on each new compilation, which the IDE makes on every keystroke, and
    /// <see cref="Compilation.GetTypesByMetadataName"/> asks each of the 160-odd references of a .NET
    /// project in turn: about 20–40 µs each time, most of a cached re-run (docs/analyzer-profile.md,
    /// finding 15). A referenced assembly's type names are a set it keeps for as long as the
    /// reference lives, shared by every compilation made from the same references.
    /// </remarks>
    internal static class MetadataTypeLookup
    {
        /// <summary>
        /// The types named <paramref name="metadataName"/> (a top-level type: <c>Namespace.Name</c> or
        /// <c>Namespace.Name`1</c>) in the compilation's own assembly and in its references.
        /// </summary>
        public static ImmutableArray<INamedTypeSymbol> All(Compilation compilation, string metadataName)
        {
            if (!AnyReferenceDeclares(compilation, SimpleName(metadataName)))
            {
                // Only the compilation's own assembly can hold it; that lookup walks no reference.
                INamedTypeSymbol? own = compilation.Assembly.GetTypeByMetadataName(metadataName);
                return own is null ? ImmutableArray<INamedTypeSymbol>.Empty : ImmutableArray.Create(own);
            }

            // The unique type, when there is one and it is a reference's: GetTypeByMetadataName prefers
            // the compilation's own type and answers null when two references hold one.
            INamedTypeSymbol? unique = compilation.GetTypeByMetadataName(metadataName);
            if (unique is not null && !SymbolEqualityComparer.Default.Equals(unique.ContainingAssembly, compilation.Assembly))
            {
                return ImmutableArray.Create(unique);
            }

            return compilation.GetTypesByMetadataName(metadataName);
        }

        /// <summary>Whether a referenced assembly declares a top-level type called <paramref name="simpleName"/> (any namespace, any arity).</summary>
        private static bool AnyReferenceDeclares(Compilation compilation, string simpleName)
        {
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.TypeNames.Contains(simpleName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The name a type is listed under in <see cref="IAssemblySymbol.TypeNames"/>: no namespace, no arity.</summary>
        private static string SimpleName(string metadataName)
        {
            int start = metadataName.LastIndexOf('.') + 1;
            int arity = metadataName.IndexOf('`', start);
            return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
        }
    }
}

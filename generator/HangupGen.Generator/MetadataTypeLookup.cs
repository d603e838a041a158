using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HangupGen.Generator
{
    /// <summary>
    /// Finds every type of a metadata name that a compilation can see, as
    /// <see cref="Compilation.GetTypesByMetadataName"/> does and in its order (the compilation's own
    /// assembly, the core library, then each reference), asking only the assemblies that declare a
    /// type of that simple name.
    /// </summary>
    /// <remarks>
    /// The generator asks on each new compilation, which the IDE makes on every keystroke, and
    /// <see cref="Compilation.GetTypesByMetadataName"/> asks each of the 160-odd references of a .NET
    /// project in turn, parsing the name each time: about 20–40 µs, most of a cached re-run
    /// (docs/analyzer-profile.md, finding 15). A referenced assembly's type names are a set it keeps
    /// for as long as the reference lives, shared by every compilation made from the same references.
    /// </remarks>
    internal static class MetadataTypeLookup
    {
        /// <summary>The types named <paramref name="metadataName"/> (<c>Namespace.Name</c> or <c>Namespace.Name`1</c>) in the compilation's own assembly and in its references.</summary>
        public static ImmutableArray<INamedTypeSymbol> All(Compilation compilation, string metadataName)
        {
            if (metadataName.IndexOf('+') >= 0)
            {
                // A nested type is listed under its outermost type's name: no shortcut for it.
                return compilation.GetTypesByMetadataName(metadataName);
            }

            string simpleName = SimpleName(metadataName);
            ImmutableArray<INamedTypeSymbol>.Builder? found = null;
            Add(ref found, compilation.Assembly.GetTypeByMetadataName(metadataName));

            IAssemblySymbol coreLibrary = compilation.ObjectType.ContainingAssembly;
            if (!SymbolEqualityComparer.Default.Equals(coreLibrary, compilation.Assembly))
            {
                AddDeclared(ref found, coreLibrary, metadataName, simpleName);
            }

            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, coreLibrary))
                {
                    AddDeclared(ref found, assembly, metadataName, simpleName);
                }
            }

            return found?.ToImmutable() ?? ImmutableArray<INamedTypeSymbol>.Empty;
        }

        /// <summary>Adds the assembly's type when the assembly lists a type of its simple name (any namespace, any arity).</summary>
        private static void AddDeclared(ref ImmutableArray<INamedTypeSymbol>.Builder? found, IAssemblySymbol assembly, string metadataName, string simpleName)
        {
            if (assembly.TypeNames.Contains(simpleName))
            {
                Add(ref found, assembly.GetTypeByMetadataName(metadataName));
            }
        }

        private static void Add(ref ImmutableArray<INamedTypeSymbol>.Builder? found, INamedTypeSymbol? type)
        {
            if (type is not null)
            {
                (found ??= ImmutableArray.CreateBuilder<INamedTypeSymbol>()).Add(type);
            }
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

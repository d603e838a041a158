using System.Linq;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace HangupGen.Generator
{
    /// <summary>
    /// Tells whether the compilation references System.Text.Json, and which version of its converter
    /// API, so that the converters are generated only for projects that can compile them.
    /// </summary>
    internal static class ReferencedJsonSupport
    {
        private const string ConverterMetadataName = "System.Text.Json.Serialization.JsonConverter`1";

        /// <summary>What <paramref name="compilation"/>'s System.Text.Json offers; <see cref="JsonSupport.None"/> when it has none it can see.</summary>
        public static JsonSupport Of(Compilation compilation)
        {
            // Several assemblies may define the type (a polyfill next to the real one); any one the
            // compilation can use will do, the richest first.
            JsonSupport support = JsonSupport.None;
            foreach (INamedTypeSymbol converter in MetadataTypeLookup.All(compilation, ConverterMetadataName))
            {
                if (converter.IsGenericType && compilation.IsSymbolAccessibleWithin(converter, compilation.Assembly))
                {
                    JsonSupport found = HasPropertyNameMembers(converter) ? JsonSupport.ConvertersWithPropertyNames : JsonSupport.Converters;
                    support = found > support ? found : support;
                }
            }

            return support;
        }

        /// <summary>Whether the dictionary-key members can be overridden: public virtual since System.Text.Json 6.0.</summary>
        private static bool HasPropertyNameMembers(INamedTypeSymbol converter)
            => converter.GetMembers("ReadAsPropertyName").Concat(converter.GetMembers("WriteAsPropertyName"))
                .Count(member => member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public, IsVirtual: true, IsSealed: false }) == 2;
    }
}

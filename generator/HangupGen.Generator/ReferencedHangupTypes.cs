using System.Linq;
using HangupGen.Generator.Model;
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
            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(ns + "." + GeneratedNames.HangupCause))
            {
                if (type.TypeKind == TypeKind.Enum
                    && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)
                    && IsGenerated(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsGenerated(INamedTypeSymbol type)
            => type.GetAttributes().Any(attribute =>
                attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value as string == GeneratorInfo.ToolName);
    }
}

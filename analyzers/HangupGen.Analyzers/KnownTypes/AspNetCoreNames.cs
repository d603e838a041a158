using Microsoft.CodeAnalysis;

namespace HangupGen.Analyzers.KnownTypes
{
    /// <summary>
    /// The ASP.NET Core types that decide whether a parameter is model-bound from the request's text
    /// (HG0007): minimal-API handlers passed to <c>MapGet</c>/<c>MapPost</c>/… and the public methods of
    /// controllers. Known by name, so the analyzers need no ASP.NET Core reference.
    /// </summary>
    internal static class AspNetCoreNames
    {
        public const string ControllerBase = "Microsoft.AspNetCore.Mvc.ControllerBase";
        public const string ApiControllerAttribute = "Microsoft.AspNetCore.Mvc.ApiControllerAttribute";
        public const string NonActionAttribute = "NonActionAttribute";

        /// <summary><c>Map</c>, <c>MapGet</c>, <c>MapPost</c>… of <c>EndpointRouteBuilderExtensions</c> (the receiver is an <c>IEndpointRouteBuilder</c>).</summary>
        public static bool IsEndpointMapping(IMethodSymbol method)
            => method.ContainingType is { Name: "EndpointRouteBuilderExtensions" } type
                && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Builder";

        /// <summary>
        /// A class whose public methods are actions: public, concrete, not generic (what MVC discovers),
        /// derived from <c>ControllerBase</c> or marked <c>[ApiController]</c>/<c>[Controller]</c> (on it or a base).
        /// </summary>
        public static bool IsController(INamedTypeSymbol? type, INamedTypeSymbol? controllerBase, INamedTypeSymbol? apiController)
        {
            if (type is not { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false, DeclaredAccessibility: Accessibility.Public } || type.IsGenericType)
            {
                return false;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, controllerBase))
                {
                    return true;
                }

                foreach (AttributeData attribute in current.GetAttributes())
                {
                    if (attribute.AttributeClass is { } attributeClass
                        && (SymbolEqualityComparer.Default.Equals(attributeClass, apiController) || attributeClass.Name == "ControllerAttribute")
                        && attributeClass.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="symbol"/> carries an attribute of class <paramref name="name"/>.</summary>
        public static bool HasAttribute(ISymbol symbol, string name)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A parameter read from the body (JSON) or from services, not parsed from route, query, header or form text.</summary>
        public static bool IsNotBoundFromText(IParameterSymbol parameter)
        {
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is "FromBodyAttribute" or "FromServicesAttribute" or "FromKeyedServicesAttribute" or "AsParametersAttribute")
                {
                    return true;
                }
            }

            return false;
        }
    }
}

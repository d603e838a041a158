namespace HangupGen.Tests.CodeFixes;

/// <summary>
/// The ASP.NET Core types a Plivo callback handler compares form values through, declared in test
/// sources (the test references have no ASP.NET Core): <c>StringValues</c> in its own namespace, with
/// the constructors, conversions, operators, <c>Count</c> and indexer of the real one and the same
/// behaviour, including the one that matters to the HG0001 fix — <c>==</c> with a string is true only
/// for exactly one equal value, while the conversion to string joins several values with commas and
/// skips the null and empty ones; and for HG0007 the shapes that model-bind a parameter: the
/// <c>MapGet</c>/<c>MapPost</c> extensions of <c>IEndpointRouteBuilder</c>, <c>ControllerBase</c>,
/// <c>[ApiController]</c> and the binding-source attributes. Written in C# 7.3 so a test can lower the
/// language version.
/// </summary>
internal static class AspNetCoreStubs
{
    public const string Path = "/0/AspNetCore.cs";

    public const string Source = """
        using System;

        namespace Microsoft.Extensions.Primitives
        {
            public readonly struct StringValues : IEquatable<StringValues>, IEquatable<string>
            {
                private readonly object _values;

                public StringValues(string value) { _values = value; }

                public StringValues(string[] values) { _values = values; }

                public int Count => _values is string ? 1 : _values is string[] values ? values.Length : 0;

                public string this[int index]
                {
                    get
                    {
                        if (_values is string value)
                        {
                            return index == 0 ? value : throw new IndexOutOfRangeException();
                        }

                        return _values is string[] values ? values[index] : throw new IndexOutOfRangeException();
                    }
                }

                public static implicit operator StringValues(string value) => new StringValues(value);

                public static implicit operator StringValues(string[] values) => new StringValues(values);

                public static implicit operator string(StringValues values)
                {
                    if (values._values is string value)
                    {
                        return value;
                    }

                    string[] array = values._values as string[];
                    if (array == null || array.Length == 0)
                    {
                        return null;
                    }

                    return array.Length == 1 ? array[0] : string.Join(",", Array.FindAll(array, v => !string.IsNullOrEmpty(v)));
                }

                public static implicit operator string[](StringValues value)
                    => value._values is string single ? new[] { single } : value._values as string[] ?? new string[0];

                public static bool Equals(StringValues left, StringValues right)
                {
                    int count = left.Count;
                    if (count != right.Count)
                    {
                        return false;
                    }

                    for (int i = 0; i < count; i++)
                    {
                        if (!string.Equals(left[i], right[i], StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                public static bool operator ==(StringValues left, StringValues right) => Equals(left, right);

                public static bool operator !=(StringValues left, StringValues right) => !Equals(left, right);

                public static bool operator ==(StringValues left, string right) => Equals(left, new StringValues(right));

                public static bool operator !=(StringValues left, string right) => !Equals(left, new StringValues(right));

                public static bool operator ==(string left, StringValues right) => Equals(new StringValues(left), right);

                public static bool operator !=(string left, StringValues right) => !Equals(new StringValues(left), right);

                public static bool operator ==(StringValues left, string[] right) => Equals(left, new StringValues(right));

                public static bool operator !=(StringValues left, string[] right) => !Equals(left, new StringValues(right));

                public static bool operator ==(string[] left, StringValues right) => Equals(new StringValues(left), right);

                public static bool operator !=(string[] left, StringValues right) => !Equals(new StringValues(left), right);

                public static bool operator ==(StringValues left, object right) => left.Equals(right);

                public static bool operator !=(StringValues left, object right) => !left.Equals(right);

                public static bool operator ==(object left, StringValues right) => right.Equals(left);

                public static bool operator !=(object left, StringValues right) => !right.Equals(left);

                public bool Equals(StringValues other) => Equals(this, other);

                public bool Equals(string other) => Equals(this, new StringValues(other));

                public override bool Equals(object obj)
                    => obj is null ? Equals(this, default(StringValues))
                        : obj is string text ? Equals(this, new StringValues(text))
                        : obj is StringValues values && Equals(this, values);

                public override int GetHashCode() => Count;
            }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public interface IFormCollection
            {
                Microsoft.Extensions.Primitives.StringValues this[string key] { get; }
            }

            public interface IQueryCollection
            {
                Microsoft.Extensions.Primitives.StringValues this[string key] { get; }
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder
            {
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class RouteHandlerBuilder
            {
            }

            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder Map(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new RouteHandlerBuilder();

                public static RouteHandlerBuilder MapGet(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new RouteHandlerBuilder();

                public static RouteHandlerBuilder MapPost(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new RouteHandlerBuilder();
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase
            {
            }

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
            public sealed class ApiControllerAttribute : Attribute
            {
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class NonActionAttribute : Attribute
            {
            }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromBodyAttribute : Attribute
            {
            }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromQueryAttribute : Attribute
            {
            }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromServicesAttribute : Attribute
            {
            }
        }

        """;
}

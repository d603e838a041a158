using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HangupGen.Tests.Json;

/// <summary>
/// The two ways an application serializes: reflection-based <see cref="JsonSerializer"/> with default
/// options, and a source-generated <see cref="HangupCallbackJsonContext"/>. Every JSON test runs both.
/// </summary>
public static class JsonRoundTrip
{
    public const string Reflection = "reflection";
    public const string SourceGenerated = "source-generated";

    public static TheoryData<string> Modes => new() { Reflection, SourceGenerated };

    private static readonly JsonSerializerOptions s_reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static T Read<T>(string mode, string json)
        => mode == Reflection
            ? JsonSerializer.Deserialize<T>(json, s_reflection)!
            : JsonSerializer.Deserialize(json, TypeInfo<T>())!;

    public static string Write<T>(string mode, T value)
        => mode == Reflection
            ? JsonSerializer.Serialize(value, s_reflection)
            : JsonSerializer.Serialize(value, TypeInfo<T>());

    private static JsonTypeInfo<T> TypeInfo<T>()
        => (JsonTypeInfo<T>)HangupCallbackJsonContext.Default.GetTypeInfo(typeof(T))!;
}

using System;
using System.Collections.Generic;
using HangupGen.Generator;
using Microsoft.CodeAnalysis.Testing;

namespace HangupGen.Tests.Infrastructure;

/// <summary>
/// Reference assemblies for the testing framework without a download at test time: the
/// framework's own <c>ReferenceAssemblies.Net.Net80</c> asks for a pack the feed does not serve.
/// </summary>
internal static class TestReferences
{
    /// <summary>A net8.0 target whose references come from Basic.Reference.Assemblies.</summary>
    public static ReferenceAssemblies Net80 { get; } = new("net8.0");

    /// <summary>The net8.0 reference assemblies themselves.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.MetadataReference> Net80Assemblies => Basic.Reference.Assemblies.Net80.References.All;

    /// <summary>The generator, run in analyzer and code-fix tests as the compiler runs it in a build.</summary>
    public static IEnumerable<Type> Generators { get; } = [typeof(HangupCodeGenerator)];
}

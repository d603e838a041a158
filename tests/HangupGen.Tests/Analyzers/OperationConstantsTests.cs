using System.Collections.Generic;
using System.Linq;
using HangupGen.Analyzers.Context;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// <see cref="OperationConstants"/> reads integer literals from their tokens to avoid boxing: on every
/// spelling C# has, and on the operations around literals, it must answer exactly what
/// <c>IOperation.ConstantValue</c> answers.
/// </summary>
public sealed class OperationConstantsTests
{
    private const string Source = """"
        using System;
        public sealed class Shelf : System.Collections.IEnumerable
        {
            // A collection initializer calls these with literals the compiler makes up, given the element's syntax.
            public void Add(int item, int cause = 16) { }
            public void Add(string item, [System.Runtime.CompilerServices.CallerMemberName] string member = "") { }
            public void Add(long item, params int[] more) { }
            public System.Collections.IEnumerator GetEnumerator() => null!;
        }
        public static class Spellings
        {
            public const int Named = 3010;
            public static void Literals(int code, long longCode, int? maybe, byte small, char c, string s)
            {
                object[] values =
                {
                    0, 1, 7, 3010, 03010, 0000, 2147483647, 2147483648, 4294967295, 4294967296,
                    999999999999999999, 1000000000000000000, 9223372036854775807, 9223372036854775808, 18446744073709551615,
                    3010L, 3010l, 3010u, 3010U, 3010ul, 3010UL, 3010LU, 0xBC2, 0XBC2, 0x0, 0b101111000010, 3_010, 0x_0B_C2,
                    3010.0, 3010d, 3010f, 3010m, 1e3, 3010.5, .5,
                    'A', '3', '\n', '\'', '\\', '\u0041', 'é', "3010", @"3010", "", @"", "a\"b", "tab\there", @"quote""d", """raw 3010""", null!, true, false,
                    default(int), Named, (long)3010, (byte)7, -3010, +3010, ~5, checked(3010), unchecked((int)4294967295),
                };
                _ = code == 3010 || code > 3000 && code <= 3050 || 3000 < code || longCode >= 3000 || maybe >= 3000 || maybe == 0;
                _ = small > 7 || c > 'A' || c == '3' || s == "3010" || s.Length > 03 || code > Named || code / 1000 == 3;
                _ = new Shelf { 3010, "busy", 3010L, 0x0BC2 };
                _ = longCode > 'a' && c >= 'a' && c <= 'z' || c > '\n' || 3010 < 3010.5 || (ulong)longCode > 3000 || small < 'b' || longCode > 0x10;
                ulong big = 3000; short narrow = 7; double wide = 3010; char letter = 'q'; int? lifted = 'r';
                _ = big + (ulong)narrow + wide + letter + lifted;
                _ = code is >= 3000 and <= 3050 or 0x10 or 0b11;
                _ = code switch { 3010 => 1, > 4000 and < 4050 => 2, _ => 0 };
                switch (longCode) { case 3010: break; case 0xFFF: break; }
                Span<int> span = stackalloc int[16];
                _ = new int[] { 1, 2, 3 }[2] + span[1] + $"{code,10:D5}".Length;
            }
        }
        """";

    [Fact]
    public void Reads_every_operation_as_its_constant_value()
    {
        List<string> differences = [];
        foreach (IOperation operation in Operations())
        {
            Optional<object?> constant = operation.ConstantValue;
            long expected = 0;
            bool expectedInteger = constant.HasValue && Integers.TryGetInt64(constant.Value, out expected);
            string? expectedString = operation is ILiteralOperation ? constant.Value as string : null;

            bool hasValue = OperationConstants.HasValue(operation);
            bool integer = OperationConstants.TryGetInteger(operation, out long value);
            string? text = operation is ILiteralOperation literal ? OperationConstants.AsString(literal) : null;
            if (hasValue != constant.HasValue || integer != expectedInteger || value != expected || text != expectedString)
            {
                differences.Add($"{operation.Kind} `{operation.Syntax}`: HasValue {hasValue}, integer {integer} {value}, string {text}; the constant: {constant.HasValue} {constant.Value}");
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void The_source_has_literals_of_each_way_of_reading()
    {
        List<ILiteralOperation> literals = [.. Operations().OfType<ILiteralOperation>()];

        // Read from the token: digits only. Read from the constant: everything else the source spells,
        // and the literals the compiler makes up with a written literal's syntax (Shelf's defaults).
        Assert.Contains(literals, l => l.IsImplicit && l.Syntax.ToString() == "3010" && l.ConstantValue.Value is 16);
        Assert.Contains(literals, l => l.IsImplicit && l.Syntax.ToString() == "\"busy\"" && l.ConstantValue.Value is "Literals");
        Assert.Contains(literals, l => l.Syntax.ToString() == "3010" && l.Type?.SpecialType == SpecialType.System_Int32);
        Assert.Contains(literals, l => l.Syntax.ToString() == "999999999999999999");
        Assert.Contains(literals, l => l.Syntax.ToString() == "9223372036854775808" && l.Type?.SpecialType == SpecialType.System_UInt64);
        Assert.Contains(literals, l => l.Syntax.ToString() == "0x_0B_C2");
        Assert.Contains(literals, l => l.Syntax.ToString() == "\"\"\"raw 3010\"\"\"" && l.ConstantValue.Value is "raw 3010");
        Assert.True(literals.Count > 60, literals.Count + " literals");
    }

    /// <summary>Every operation of <see cref="Source"/>, each once.</summary>
    private static List<IOperation> Operations()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Spellings",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.Net80Assemblies,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SemanticModel model = compilation.GetSemanticModel(tree);
        return [.. tree.GetRoot().DescendantNodes()
            .Select(node => model.GetOperation(node))
            .OfType<IOperation>()
            .SelectMany(operation => operation.DescendantsAndSelf())
            .Distinct()];
    }
}

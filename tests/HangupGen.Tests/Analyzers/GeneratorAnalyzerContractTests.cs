using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HangupGen.Analyzers.KnownTypes;
using HangupGen.Generator.Emit;
using HangupGen.Generator.Model;
using HangupGen.Generator.Table;
using HangupGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HangupGen.Tests.Analyzers;

/// <summary>
/// The contract between the generator and the analyzers: for every table the tests use and every
/// namespace setting (default, custom, invalid), what the analyzers read back from the generated
/// types (<see cref="HangupTable"/>) is exactly what the generator was given: each cause's code,
/// identifier and documented name, each category's identifier, range and members, and the source
/// names.
/// </summary>
public sealed class GeneratorAnalyzerContractTests
{
    public static TheoryData<string, string?> Cases()
    {
        var data = new TheoryData<string, string?>();
        foreach (string table in new[] { "small", "real", "carrier-timeout" })
        {
            foreach (string? ns in new[] { null, "Contoso.Telephony.Hangups", "Contoso-Telephony", " " })
            {
                data.Add(table, ns);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_analyzers_read_back_what_the_generator_emitted(string tableName, string? ns)
    {
        string table = tableName switch
        {
            "small" => TestTables.Small,
            "real" => TestTables.Real,
            _ => CustomTables.CarrierTimeout,
        };
        Dictionary<string, string> properties = ns is null ? [] : new() { ["HangupGenNamespace"] = ns };
        HangupTableSpec spec = HangupTableReader.Read("/project/HangupCodes.csv", table, CancellationToken.None).Table!;
        (Compilation output, _) = GeneratorHarness.RunOn(GeneratorHarness.CreateCompilation(), table, properties);
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new TestAnalyzerConfigOptionsProvider(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value)));

        HangupTable read = Assert.IsType<HangupTable>(HangupTable.Get(output, options));

        Assert.Equal(
            spec.Causes.Select(c => (c.Code, c.Identifier, (string?)c.Name, (string?)c.CategoryIdentifier)),
            read.Causes.Select(c => (c.Code, c.Identifier, c.Name, c.Category?.Identifier)));
        Assert.Equal(
            spec.Categories.Select(c => (c.Identifier, c.FirstCode, c.LastCode, EmitContext.Range(c))),
            read.Categories.Select(c => (c.Identifier, c.FirstCode, c.LastCode, c.RangeText)));
        Assert.All(read.Categories, category => Assert.Equal(
            spec.Causes.Where(c => c.CategoryIdentifier == category.Identifier).Select(c => c.Code),
            category.Members.Select(c => c.Code)));
        Assert.All(HangupTableReader.DefaultSources, source =>
        {
            Assert.True(read.TryGetSourceName(source.Name, out IFieldSymbol constant));
            Assert.Equal(source.Identifier, constant.Name);
        });
    }
}

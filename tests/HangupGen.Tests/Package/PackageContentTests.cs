using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using HangupGen.Tests.Infrastructure;

namespace HangupGen.Tests.Package;

/// <summary>What <c>dotnet pack</c> puts in HangupGen.nupkg: what users receive.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentTests(PackageFeed feed)
{
    private static readonly string[] s_assemblies = ["HangupGen.Generator.dll", "HangupGen.Analyzers.dll", "HangupGen.CodeFixes.dll"];

    [Fact]
    public void The_three_assemblies_are_analyzers_and_nothing_is_a_library()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Equal(s_assemblies.Select(a => "analyzers/dotnet/cs/" + a).Order(), entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("build/HangupGen.props", entries);
        Assert.Contains("buildTransitive/HangupGen.props", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
    }

    [Fact]
    public void The_license_file_is_the_MIT_text_the_license_expression_promises()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        string license = System.Text.Encoding.UTF8.GetString(ReadEntry(package, "LICENSE"));

        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "LICENSE")), license);
        Assert.StartsWith("MIT License", license, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_is_complete_and_declares_no_dependency()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        using Stream nuspecStream = package.GetEntry("HangupGen.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

        Assert.Equal("HangupGen", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("hangup", Value("description"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/hangupgen/hangupgen.git", repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Every_assembly_is_deterministic_and_carries_its_symbols()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        foreach (string assembly in s_assemblies)
        {
            using var reader = new PEReader(new MemoryStream(ReadEntry(package, "analyzers/dotnet/cs/" + assembly)));
            DebugDirectoryEntry[] debug = [.. reader.ReadDebugDirectory()];
            Assert.Contains(debug, entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            Assert.Contains(debug, entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        }
    }

    [Fact]
    public void The_analyzers_assembly_does_not_reference_workspaces()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        foreach (string assembly in new[] { "HangupGen.Generator.dll", "HangupGen.Analyzers.dll" })
        {
            using var reader = new PEReader(new MemoryStream(ReadEntry(package, "analyzers/dotnet/cs/" + assembly)));
            MetadataReader metadata = reader.GetMetadataReader();
            string[] references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToArray();
            Assert.DoesNotContain(references, r => r.Contains("Workspaces", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_generator_embeds_the_repository_table_as_its_default()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        using var reader = new PEReader(new MemoryStream(ReadEntry(package, "analyzers/dotnet/cs/HangupGen.Generator.dll")));
        MetadataReader metadata = reader.GetMetadataReader();
        ManifestResource resource = metadata.ManifestResources
            .Select(metadata.GetManifestResource)
            .Single(r => metadata.GetString(r.Name) == "HangupGen.HangupCodes.csv");
        PEMemoryBlock resources = reader.GetSectionData(reader.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        BlobReader blob = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
        byte[] embedded = blob.ReadBytes(blob.ReadInt32());

        Assert.Equal(File.ReadAllBytes(TestPaths.RealTablePath), embedded);
    }

    [Fact]
    public void Packing_the_solution_succeeds_and_yields_only_the_HangupGen_package_with_the_same_assemblies()
    {
        string output = feed.NewWorkspace("solution-pack");

        // What a release pipeline runs, on what the test build has built.
        DotnetResult pack = DotnetCli.Run(TestPaths.RepositoryRoot, packagesFolder: null,
            "pack", "HangupGen.sln", "-c", feed.Configuration, "-o", output, "-p:PackageVersion=" + feed.Version, "--no-build", "--disable-build-servers", "-nologo");

        Assert.True(pack.Succeeded, pack.Output);
        string packed = Assert.Single(Directory.GetFiles(output));
        Assert.Equal("HangupGen." + feed.Version + ".nupkg", Path.GetFileName(packed));
        using ZipArchive solutionPackage = ZipFile.OpenRead(packed);
        using ZipArchive projectPackage = ZipFile.OpenRead(feed.PackagePath);
        Assert.Equal(projectPackage.Entries.Select(e => e.FullName).Order(), solutionPackage.Entries.Select(e => e.FullName).Order());
        foreach (string assembly in s_assemblies)
        {
            Assert.Equal(ReadEntry(projectPackage, "analyzers/dotnet/cs/" + assembly), ReadEntry(solutionPackage, "analyzers/dotnet/cs/" + assembly));
        }
    }

    private static byte[] ReadEntry(ZipArchive package, string name)
    {
        using Stream stream = package.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

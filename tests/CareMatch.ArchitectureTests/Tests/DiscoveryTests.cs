using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

/// <summary>
/// The other tests loop over what is found here; if discovery found nothing they would all pass.
/// These make sure every module the design names is really there to be checked.
/// </summary>
public sealed class DiscoveryTests
{
    [Fact]
    public void Finds_every_module_the_design_names_with_contracts_and_implementation()
    {
        var found = ProductAssemblies.Modules.Select(m => m.Name).ToList();

        Assert.Superset(ProductAssemblies.ExpectedModuleNames.ToHashSet(), found.ToHashSet());
        foreach (var module in ProductAssemblies.Modules)
        {
            Assert.Equal($"CareMatch.{module.Name}.Contracts", module.Contracts.GetName().Name);
            Assert.Equal($"CareMatch.{module.Name}", module.Implementation.GetName().Name);
        }
    }

    [Fact]
    public void Counts_the_matching_engine_as_part_of_matchings_implementation()
    {
        var matching = ProductAssemblies.Module("Matching");

        Assert.Contains(matching.MoreImplementation, a => a.GetName().Name == "CareMatch.Matching.Engine");
        Assert.Equal("Matching", ProductAssemblies.ModuleMap.ImplementationOwnerOf("CareMatch.Matching.Engine"));
        Assert.Null(ProductAssemblies.ModuleMap.ImplementationOwnerOf("CareMatch.Matching.Contracts"));
    }

    [Fact]
    public void Finds_a_source_folder_for_every_module_the_design_names() =>
        Assert.Superset(ProductAssemblies.ExpectedModuleNames.ToHashSet(), SourceModules.Names().ToHashSet());

    [Fact]
    public void Finds_every_module_project_file_under_src()
    {
        var names = ProjectFile.AllUnderSrc().Select(p => p.Name).ToHashSet();

        Assert.Contains("CareMatch.Web", names);
        Assert.Contains("CareMatch.SharedKernel", names);
        Assert.Contains("CareMatch.Matching.Engine", names);
        foreach (var module in ProductAssemblies.ExpectedModuleNames)
        {
            Assert.Contains($"CareMatch.{module}", names);
            Assert.Contains($"CareMatch.{module}.Contracts", names);
        }
    }

    [Fact]
    public void Finds_a_DbContext_in_every_module()
    {
        foreach (var module in ProductAssemblies.Modules)
        {
            Assert.True(ModuleDbContexts.TypesIn(module.ImplementationAssemblies).Any(), $"No DbContext found in module {module.Name}.");
        }
    }
}

using CareMatch.ArchitectureTests.BadExamples.Persistence;
using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

/// <summary>The persistence rules, read from each module context's EF model (no database needed).</summary>
public sealed class DbContextModelTests : IDisposable
{
    private readonly List<DbContext> _created = [];

    public static TheoryData<string> ModuleContextNames() =>
        new(ModuleDbContexts.TypesIn(ProductAssemblies.Modules.SelectMany(m => m.ImplementationAssemblies)).Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(ModuleContextNames))]
    public void Module_context_stores_money_as_integer_pence(string contextType) =>
        Violations.AssertNone(new MoneyIsStoredAsIntegerPenceRule().Check(Create(ModuleContextType(contextType))));

    [Fact]
    public void Table_names_are_unique_across_module_contexts() =>
        Violations.AssertNone(new TableNamesAreUniqueAcrossContextsRule().Check(ModuleContexts()));

    [Fact]
    public void Each_module_context_has_its_own_schema() =>
        Violations.AssertNone(new EachContextHasItsOwnSchemaRule().Check(ModuleContexts()));

    [Fact]
    public void Reports_decimal_double_and_float_money_but_not_pence_or_coordinates()
    {
        var violations = new MoneyIsStoredAsIntegerPenceRule().Check(Create(typeof(InvoicesDbContext)));

        Violations.AssertReported(violations,
            "InvoicesDbContext: Invoice.Amount is Decimal",
            "InvoicesDbContext: Invoice.Discount is Double",
            "InvoicesDbContext: Invoice.Tip is Nullable`1");
        Violations.AssertNotReported(violations, "AmountPence", "Latitude");
    }

    [Fact]
    public void Reports_a_table_name_another_module_already_uses()
    {
        var violations = new TableNamesAreUniqueAcrossContextsRule().Check([.. ModuleContexts(), Create(typeof(SquattingDbContext))]);

        Violations.AssertReported(violations, "The table CarerProfiles is mapped by ProvidersDbContext and SquattingDbContext");
    }

    [Fact]
    public void Reports_a_context_without_a_schema_and_one_sharing_another_modules_schema()
    {
        var violations = new EachContextHasItsOwnSchemaRule()
            .Check([.. ModuleContexts(), Create(typeof(InvoicesDbContext)), Create(typeof(SquattingDbContext))]);

        Violations.AssertReported(violations,
            "InvoicesDbContext sets no default schema",
            "ProvidersDbContext and SquattingDbContext share the schema providers");
    }

    public void Dispose()
    {
        foreach (var context in _created) context.Dispose();
    }

    private List<DbContext> ModuleContexts() =>
        ModuleDbContexts.TypesIn(ProductAssemblies.Modules.SelectMany(m => m.ImplementationAssemblies)).Select(Create).ToList();

    private static Type ModuleContextType(string fullName) =>
        ModuleDbContexts.TypesIn(ProductAssemblies.Modules.SelectMany(m => m.ImplementationAssemblies)).Single(t => t.FullName == fullName);

    private DbContext Create(Type contextType)
    {
        var context = ModuleDbContexts.Create(contextType);
        _created.Add(context);
        return context;
    }
}

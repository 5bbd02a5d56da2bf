using CareMatch.IntegrationTests.Migrations;
using CareMatch.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.IntegrationTests.PersonalData;

/// <summary>
/// Every table of every module context is in the personal-data catalogue, saying how it is
/// exported and erased or why it holds nothing personal. A table added later without an entry
/// fails here, before it can hold data nobody can take away or delete.
/// </summary>
public sealed class PersonalDataCoverageTests
{
    public static IReadOnlyList<string> AllTables()
    {
        var tables = new List<string>();
        foreach (var contextType in ModuleContexts.All)
        {
            using var context = ModuleContexts.Create(contextType, DatabaseProvider.Sqlite, "Data Source=:memory:");
            tables.AddRange(context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>());
        }
        return tables.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Every_table_of_every_module_is_in_the_catalogue()
    {
        var catalogued = PersonalDataCatalogue.Tables.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
        var missing = AllTables().Where(t => !catalogued.Contains(t)).ToList();
        Assert.True(missing.Count == 0,
            "These tables are not in PersonalDataCatalogue; say whether they hold personal data, how it is exported and how it is erased: "
            + string.Join(", ", missing));
    }

    [Fact]
    public void The_catalogue_names_only_tables_that_exist_once_each()
    {
        var tables = AllTables().ToHashSet(StringComparer.Ordinal);
        Assert.Empty(PersonalDataCatalogue.Tables.Where(t => !tables.Contains(t.Table)).Select(t => t.Table));
        Assert.Empty(PersonalDataCatalogue.Tables.GroupBy(t => t.Table).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_personal_table_says_how_it_is_exported_and_erased()
    {
        foreach (var entry in PersonalDataCatalogue.Tables.Where(t => t.Coverage != Coverage.NotPersonal))
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.ExportedBy), entry.Table);
            Assert.False(string.IsNullOrWhiteSpace(entry.ErasedBy), entry.Table);
        }
    }
}

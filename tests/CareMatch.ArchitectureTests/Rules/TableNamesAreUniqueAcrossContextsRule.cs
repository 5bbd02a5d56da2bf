using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// No two module contexts map the same table name. SQLite has no schemas, so on SQLite two
/// modules' "Invoices" would be one table. Compared ignoring case, as SQLite compares names.
/// (Two entities of one context sharing a table is table splitting, and is fine.)
/// </summary>
internal sealed class TableNamesAreUniqueAcrossContextsRule
{
    public IReadOnlyList<string> Check(IEnumerable<DbContext> contexts) =>
        contexts
            .SelectMany(context => context.Model.GetEntityTypes()
                .Select(entity => entity.GetTableName())
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(table => (Table: table, Context: context.GetType().Name)))
            .GroupBy(mapping => mapping.Table, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"The table {group.Key} is mapped by {string.Join(" and ", group.Select(m => m.Context))}; "
                + "table names must be unique across modules because SQLite has no schemas.")
            .ToList();
}

using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Each module context sets a default schema, no other context uses the same one, and every
/// table it maps lives in it. On SQL Server and PostgreSQL the schema is the module's fence.
/// </summary>
internal sealed class EachContextHasItsOwnSchemaRule
{
    public IReadOnlyList<string> Check(IReadOnlyCollection<DbContext> contexts)
    {
        var violations = new List<string>();
        foreach (var context in contexts)
        {
            var name = context.GetType().Name;
            var schema = context.Model.GetDefaultSchema();
            if (string.IsNullOrWhiteSpace(schema))
            {
                violations.Add($"{name} sets no default schema. Call modelBuilder.HasDefaultSchema(\"<module>\").");
                continue;
            }
            violations.AddRange(context.Model.GetEntityTypes()
                .Where(entity => entity.GetTableName() is not null && entity.GetSchema() != schema)
                .Select(entity => $"{name} maps {entity.DisplayName()} to schema {entity.GetSchema() ?? "(none)"}, not its own schema {schema}."));
        }
        violations.AddRange(contexts
            .Select(context => (Schema: context.Model.GetDefaultSchema(), Context: context.GetType().Name))
            .Where(entry => !string.IsNullOrWhiteSpace(entry.Schema))
            .GroupBy(entry => entry.Schema, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"{string.Join(" and ", group.Select(e => e.Context))} share the schema {group.Key}; each module needs its own."));
        return violations;
    }
}

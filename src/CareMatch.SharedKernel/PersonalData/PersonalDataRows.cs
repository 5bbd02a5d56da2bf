using System.Collections;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareMatch.SharedKernel.PersonalData;

/// <summary>
/// Turns a module's own entities into export rows by reading the context's EF model, so every
/// mapped column is exported unless a module names it as left out (a secret, or another
/// person's detail). Owned collections stored in a table of their own become that table's
/// rows; owned values stored in the row (JSON) become one JSON cell.
/// </summary>
public static class PersonalDataRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<PersonalDataTable> Of<T>(DbContext context, IEnumerable<T> entities, params string[] leftOut)
        where T : class
    {
        var entityType = context.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped by {context.GetType().Name}.");
        var tables = new Dictionary<string, List<IReadOnlyDictionary<string, string?>>>(StringComparer.Ordinal)
        {
            [entityType.GetTableName()!] = [],
        };
        foreach (var entity in entities) AddRow(entityType, entity, tables, new HashSet<string>(leftOut, StringComparer.Ordinal));
        return tables.Select(t => new PersonalDataTable(t.Key, t.Value)).ToList();
    }

    private static void AddRow(IEntityType entityType, object entity, Dictionary<string, List<IReadOnlyDictionary<string, string?>>> tables, HashSet<string> leftOut)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in entityType.GetProperties().Where(p => !p.IsShadowProperty() && !leftOut.Contains(p.Name)))
        {
            row[property.GetColumnName()] = Text(property.GetGetter().GetClrValue(entity));
        }
        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !leftOut.Contains(n.Name)))
        {
            var value = navigation.GetGetter().GetClrValue(entity);
            var target = navigation.TargetEntityType;
            var ownTable = target.GetTableName();
            if (ownTable is not null && !target.IsMappedToJson() && ownTable != entityType.GetTableName())
            {
                if (!tables.TryGetValue(ownTable, out var rows)) tables[ownTable] = rows = [];
                foreach (var owned in value is IEnumerable many ? many.Cast<object>() : value is null ? [] : [value])
                {
                    var ownedRow = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var property in target.GetProperties().Where(p => !p.IsShadowProperty()))
                        ownedRow[property.GetColumnName()] = Text(property.GetGetter().GetClrValue(owned));
                    rows.Add(ownedRow);
                }
            }
            else
            {
                row[navigation.Name] = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);
            }
        }
        tables[entityType.GetTableName()!].Add(row);
    }

    /// <summary>Invariant text: ISO 8601 times, plain numbers, lists joined with ", ".</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable many => string.Join(", ", many.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };
}

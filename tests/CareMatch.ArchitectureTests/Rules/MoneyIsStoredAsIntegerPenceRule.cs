using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Money is stored as integer pence, so no mapped property of a module's model is (or is stored
/// as) decimal, double or float: those round, and decimal is not even ordered on SQLite.
/// Coordinates (properties named ...Latitude or ...Longitude) are not money and are allowed to be
/// floating point; the design geocodes postcodes to WGS84 positions.
/// </summary>
internal sealed class MoneyIsStoredAsIntegerPenceRule
{
    private static readonly HashSet<Type> NonIntegerNumbers = [typeof(decimal), typeof(double), typeof(float)];

    public IReadOnlyList<string> Check(DbContext context)
    {
        var contextName = context.GetType().Name;
        var violations = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes())
        {
            foreach (var property in PropertiesOf(entity).Where(p => !IsCoordinate(p.Name)))
            {
                var stored = property.GetValueConverter()?.ProviderClrType ?? property.ClrType;
                if (!IsNonInteger(property.ClrType) && !IsNonInteger(stored)) continue;
                violations.Add($"{contextName}: {entity.DisplayName()}.{property.Name} is {Describe(property.ClrType, stored)}. "
                    + "Store money as integer pence (long, or SharedKernel Money's Pence).");
            }
        }
        return violations;
    }

    /// <summary>Declared properties, including those of complex types, so nothing hides inside a value object.</summary>
    private static IEnumerable<IReadOnlyProperty> PropertiesOf(ITypeBase type) =>
        type.GetDeclaredProperties()
            .Concat(type.GetDeclaredComplexProperties().SelectMany(c => PropertiesOf(c.ComplexType)));

    private static bool IsNonInteger(Type type) => NonIntegerNumbers.Contains(Nullable.GetUnderlyingType(type) ?? type);

    private static bool IsCoordinate(string propertyName) =>
        propertyName.EndsWith("Latitude", StringComparison.Ordinal) || propertyName.EndsWith("Longitude", StringComparison.Ordinal);

    private static string Describe(Type clrType, Type stored) =>
        clrType == stored ? clrType.Name : $"{clrType.Name} stored as {stored.Name}";
}

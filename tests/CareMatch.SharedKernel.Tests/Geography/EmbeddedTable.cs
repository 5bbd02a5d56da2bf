using System.Globalization;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Geography;

/// <summary>
/// Reads a centroid table straight from the SharedKernel assembly, by the resource name every
/// host relies on, so the tests compare the geocoder with the data it ships rather than a copy.
/// </summary>
internal static class EmbeddedTable
{
    public static Dictionary<string, GeoPoint> Read(string fileName, string keyColumn)
    {
        var resource = $"CareMatch.SharedKernel.Geography.Data.{fileName}";
        using var stream = typeof(Postcode).Assembly.GetManifestResourceStream(resource);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal($"{keyColumn},latitude,longitude,postcodes", reader.ReadLine());

        var rows = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var columns = line.Split(',');
            rows.Add(columns[0], new GeoPoint(
                double.Parse(columns[1], CultureInfo.InvariantCulture),
                double.Parse(columns[2], CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}

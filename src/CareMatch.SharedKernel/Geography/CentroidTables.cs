using System.Globalization;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// The two centroid tables, read from the assembly's embedded CSVs. Plain dictionaries, never
/// written after loading, so any number of threads may read them at once. (A FrozenDictionary
/// was measured: it roughly doubled the cold load for lookups that are already far below a
/// request's cost.)
/// </summary>
internal sealed class CentroidTables
{
    public const string SectorsResource = "CareMatch.SharedKernel.Geography.Data.uk-postcode-sectors.csv";

    public const string DistrictsResource = "CareMatch.SharedKernel.Geography.Data.uk-postcode-districts.csv";

    // Lazy's default mode runs the load exactly once even when the first requests arrive together.
    private static readonly Lazy<CentroidTables> EmbeddedTables = new(() => new CentroidTables(
        Load(SectorsResource, "sector"),
        Load(DistrictsResource, "district")));

    private CentroidTables(IReadOnlyDictionary<string, GeoPoint> sectors, IReadOnlyDictionary<string, GeoPoint> districts)
    {
        Sectors = sectors;
        Districts = districts;
    }

    public static CentroidTables Embedded => EmbeddedTables.Value;

    /// <summary>Keyed like "LS6 2", exactly as <see cref="Postcode.Sector"/> writes it.</summary>
    public IReadOnlyDictionary<string, GeoPoint> Sectors { get; }

    /// <summary>Keyed like "LS6", exactly as <see cref="Postcode.District"/> writes it.</summary>
    public IReadOnlyDictionary<string, GeoPoint> Districts { get; }

    private static Dictionary<string, GeoPoint> Load(string resource, string keyColumn)
    {
        using var stream = typeof(CentroidTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The postcode table {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);

        // Checking the header catches the two files being swapped or a column being reordered.
        var expectedHeader = $"{keyColumn},latitude,longitude,postcodes";
        var header = reader.ReadLine();
        if (header != expectedHeader)
            throw new InvalidDataException($"{resource} should start with \"{expectedHeader}\" but starts with \"{header}\".");

        var points = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var (key, point) = ParseRow(line) ?? throw new InvalidDataException($"{resource} line {lineNumber} is not key,latitude,longitude,postcodes: \"{line}\".");
            if (!points.TryAdd(key, point))
                throw new InvalidDataException($"{resource} line {lineNumber} repeats the key \"{key}\".");
        }
        points.TrimExcess();
        return points;
    }

    /// <summary>Key, latitude and longitude of one row; the postcode count is not needed, so it is not kept.</summary>
    private static (string Key, GeoPoint Point)? ParseRow(string line)
    {
        var row = line.AsSpan();
        Span<Range> columns = stackalloc Range[5];
        if (row.Split(columns, ',') != 4) return null;

        var key = row[columns[0]];
        if (key.IsEmpty
            || !double.TryParse(row[columns[1]], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(row[columns[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || latitude is < -90 or > 90
            || longitude is < -180 or > 180)
            return null;
        return (key.ToString(), new GeoPoint(latitude, longitude));
    }
}

using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// The offline geocoder: looks postcodes up in the sector and district centroid tables embedded
/// in this assembly (see Geography/Data/README.md for their source and licence). Stateless; the
/// tables are loaded once per process on first use and shared by every instance.
/// </summary>
public sealed class CentroidTableGeocoder : IPostcodeGeocoder
{
    public GeocodeResult Geocode(Postcode postcode)
    {
        ArgumentNullException.ThrowIfNull(postcode);
        var tables = CentroidTables.Embedded;
        if (tables.Sectors.TryGetValue(postcode.Sector, out var sector)) return GeocodeResult.AtSector(sector);
        if (tables.Districts.TryGetValue(postcode.District, out var district)) return GeocodeResult.AtDistrict(district);
        return GeocodeResult.NotFound;
    }

    public bool IsKnownDistrict(PostcodeDistrict district) => DistrictCentroid(district).HasValue;

    public GeoPoint? DistrictCentroid(PostcodeDistrict district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return CentroidTables.Embedded.Districts.TryGetValue(district.Value, out var point) ? point : null;
    }

    /// <summary>Every sector the table knows in one postcode area (e.g. "LS"), sorted; for demo data and benchmarks.</summary>
    public static IReadOnlyList<string> KnownSectorsInArea(string area) =>
        CentroidTables.Embedded.Sectors.Keys
            .Where(sector => PostcodeFormat.AreaOf(sector.Split(' ')[0]) == area)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every district the table knows in one postcode area, sorted.</summary>
    public static IReadOnlyList<string> KnownDistrictsInArea(string area) =>
        CentroidTables.Embedded.Districts.Keys
            .Where(district => PostcodeFormat.AreaOf(district) == area)
            .Order(StringComparer.Ordinal)
            .ToList();
}

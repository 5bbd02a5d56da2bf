using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// Turns postcodes into points. An interface so a council can plug in another source later;
/// the default is <see cref="CentroidTableGeocoder"/>, which works offline from embedded tables.
/// Implementations must be safe to share between threads (register as a singleton).
/// </summary>
public interface IPostcodeGeocoder
{
    /// <summary>The sector centroid, else the district centroid, else <see cref="GeocodeResult.NotFound"/>.</summary>
    GeocodeResult Geocode(Postcode postcode);

    /// <summary>Whether the district exists, for checking a council's area as it is set up.</summary>
    bool IsKnownDistrict(PostcodeDistrict district);

    /// <summary>The district's centroid, or null when the district is unknown.</summary>
    GeoPoint? DistrictCentroid(PostcodeDistrict district);
}

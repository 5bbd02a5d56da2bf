using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Geography;

namespace CareMatch.Needs.Input;

/// <summary>
/// Where care is needed: a postcode the geocoder knows, and the private first line of the address.
/// The validator asks <see cref="Problem"/>; the handler reads the place once it has passed.
/// </summary>
internal sealed class PlaceReader(IPostcodeGeocoder geocoder)
{
    public const int MaxAddressLineLength = 200;

    /// <summary>What is wrong with the postcode, or null when the geocoder places it.</summary>
    public string? Problem(string? typed)
    {
        if (!Postcode.TryParse(typed, out var postcode, out var error)) return error;
        return geocoder.Geocode(postcode).Point is null ? GeocodeResult.NotFoundMessage : null;
    }

    public PlaceSpec Read(CareRequestDetails input)
    {
        var postcode = Postcode.TryParse(input.Postcode, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"Read a postcode that was not validated: {error}");
        var centroid = geocoder.Geocode(postcode).Point
            ?? throw new InvalidOperationException($"Read a postcode that was not validated: {GeocodeResult.NotFoundMessage}");
        return new PlaceSpec(postcode.Value, postcode.Sector, postcode.District, centroid.Latitude, centroid.Longitude, input.AddressLine!.Trim());
    }
}

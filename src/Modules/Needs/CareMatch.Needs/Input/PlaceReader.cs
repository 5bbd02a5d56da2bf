using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Geography;

namespace CareMatch.Needs.Input;

/// <summary>Reads where care is needed: a postcode the geocoder knows, and the private first line of the address.</summary>
internal sealed class PlaceReader(IPostcodeGeocoder geocoder)
{
    private const int MaxAddressLineLength = 200;

    public PlaceSpec? Read(CareRequestDetails input, FieldErrors errors)
    {
        var address = input.AddressLine?.Trim();
        if (string.IsNullOrEmpty(address)) errors.Add(nameof(input.AddressLine), "Enter the first line of the address where care is needed");
        else if (address.Length > MaxAddressLineLength) errors.Add(nameof(input.AddressLine), $"The address line must be {MaxAddressLineLength} characters or fewer");

        if (!Postcode.TryParse(input.Postcode, out var postcode, out var error))
        {
            errors.Add(nameof(input.Postcode), error);
            return null;
        }
        if (geocoder.Geocode(postcode).Point is not { } centroid)
        {
            errors.Add(nameof(input.Postcode), GeocodeResult.NotFoundMessage);
            return null;
        }
        return string.IsNullOrEmpty(address) || address.Length > MaxAddressLineLength
            ? null
            : new PlaceSpec(postcode.Value, postcode.Sector, postcode.District, centroid.Latitude, centroid.Longitude, address);
    }
}

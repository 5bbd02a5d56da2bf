namespace CareMatch.Needs.Requests;

/// <summary>Where: the postcode, the sector strangers may see, its centroid, and the private address line.</summary>
internal sealed record PlaceSpec(string Postcode, string Sector, string District, double Latitude, double Longitude, string AddressLine);

using CareMatch.SharedKernel.Geography;

namespace CareMatch.Commissioning.Councils;

internal static class CouncilRules
{
    public const int MaxNameLength = 120;

    /// <summary>Splits what an admin typed (commas, spaces or new lines) into normalised districts, with a message for each bad one.</summary>
    public static (List<string> Districts, List<string> Problems) ParseDistricts(string? text, IPostcodeGeocoder geocoder)
    {
        var districts = new List<string>();
        var problems = new List<string>();
        var entries = (text ?? "").Split([',', ';', '\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var entry in entries)
        {
            if (!PostcodeDistrict.TryParse(entry, out var district, out var error))
                problems.Add($"{entry}: {error}");
            else if (!geocoder.IsKnownDistrict(district))
                problems.Add($"{district.Value} is not a postcode district we recognise");
            else if (!districts.Contains(district.Value))
                districts.Add(district.Value);
        }
        return (districts, problems);
    }
}

namespace CareMatch.Commissioning.Councils;

/// <summary>One postcode district of a council's area. A district belongs to one council at most.</summary>
internal sealed class CouncilDistrict(Guid councilId, string district)
{
    public Guid CouncilId { get; private set; } = councilId;

    public string District { get; private set; } = district;
}

namespace CareMatch.Commissioning.Councils;

/// <summary>A council that commissions care through CareMatch; its area is a set of postcode districts.</summary>
internal sealed class Council
{
    private readonly List<CouncilDistrict> _districts = [];

    private Council()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<CouncilDistrict> Districts => _districts;

    public static Council Create(string name, IEnumerable<string> districts, DateTimeOffset now)
    {
        var council = new Council { Id = Guid.NewGuid(), Name = name.Trim(), CreatedAt = now };
        council._districts.AddRange(districts.Select(d => new CouncilDistrict(council.Id, d)));
        return council;
    }
}

/// <summary>One postcode district of a council's area. A district belongs to one council at most.</summary>
internal sealed class CouncilDistrict(Guid councilId, string district)
{
    public Guid CouncilId { get; private set; } = councilId;

    public string District { get; private set; } = district;
}

/// <summary>A commissioner works for one council and sees only that council's figures.</summary>
internal sealed class CommissionerAssignment(string userId, Guid councilId, DateTimeOffset assignedAt)
{
    public string UserId { get; private set; } = userId;

    public Guid CouncilId { get; private set; } = councilId;

    public DateTimeOffset AssignedAt { get; private set; } = assignedAt;
}

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

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

    /// <summary>The hourly rate the council's care framework pays, which carers' rates are shown against; null until a commissioner sets it.</summary>
    public long? FrameworkHourlyRatePence { get; private set; }

    public void SetFrameworkRate(long pence) => FrameworkHourlyRatePence = pence;

    public static Council Create(string name, IEnumerable<string> districts, DateTimeOffset now)
    {
        var council = new Council { Id = Guid.NewGuid(), Name = name.Trim(), CreatedAt = now };
        council._districts.AddRange(districts.Select(d => new CouncilDistrict(council.Id, d)));
        return council;
    }
}

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand, for behaviour that depends on time passing.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

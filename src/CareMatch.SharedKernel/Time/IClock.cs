namespace CareMatch.SharedKernel.Time;

/// <summary>The only source of "now" in module code, so tests can control time.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

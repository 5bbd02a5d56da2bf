namespace CareMatch.Needs.Contracts;

/// <summary>The recipient's age as a band: enough for carers and commissioners, never a date of birth.</summary>
public enum AgeBand
{
    Under18 = 1,
    From18To64,
    From65To74,
    From75To84,
    From85,
}

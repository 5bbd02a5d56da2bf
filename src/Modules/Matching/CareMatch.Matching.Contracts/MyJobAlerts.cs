namespace CareMatch.Matching.Contracts;

public sealed record MyJobAlerts(IReadOnlyList<JobAlert> Alerts)
{
    public int Unseen => Alerts.Count(a => !a.Seen);
}

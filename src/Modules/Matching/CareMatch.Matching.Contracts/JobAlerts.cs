using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// The signed-in carer's in-app job alerts: open requests on which they ranked among the best
/// carers when the request opened, changed or was re-matched. Closed requests drop out.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetMyJobAlerts : IQuery<MyJobAlerts>;

public sealed record MyJobAlerts(IReadOnlyList<JobAlert> Alerts)
{
    public int Unseen => Alerts.Count(a => !a.Seen);
}

/// <summary>One alert: the request's public facts only, when it was sent and whether the carer has marked it seen.</summary>
public sealed record JobAlert(
    Guid RequestId,
    IReadOnlyList<string> CareTypes,
    string Sector,
    string When,
    long MaxHourlyRatePence,
    DateTimeOffset SentAt,
    bool Seen);

/// <summary>The carer has read their alerts.</summary>
[SentBy(Roles.Carer)]
public sealed record MarkMyJobAlertsSeen : ICommand;
